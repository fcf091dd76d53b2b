// Vocabulary of the synthetic archive. Plain data: the generator in archive-text.ts decides how often each appears.

/** Frequent words of news English, most frequent first (they make up about half of running text). */
export const FUNCTION_WORDS: readonly string[] = (
  'the of and to a in that is was for on said with as it by at from he his they have has had but not be ' +
  'are were this which their an or would will been more who its after than about over into also last year ' +
  'new could two first one when some other there up out can people she her we our all what if no most so ' +
  'before between since under while during against because many three may only now those these such them ' +
  'where then just how very much still any each told says per cent'
).split(' ');

/** Content words, roughly from common to rare. */
export const CONTENT_WORDS: readonly string[] = (
  'council government minister plan report city police school budget housing rail election workers ' +
  'week month company money public business river bridge party vote homes prices market data service ' +
  'hospital court region decision support project local national staff funding students teachers ' +
  'research water energy power transport road station harbour ferry farmers weather summer winter ' +
  'spring autumn morning evening festival museum theatre library bank jobs rates trade border law ' +
  'rules safety health doctors nurses patients families children parents residents visitors drivers ' +
  'passengers traffic tickets fares services routes buildings streets district centre village town ' +
  'assembly committee inquiry review figures survey study scientists engineers researchers university ' +
  'campus laboratory climate storm flood drought wind solar grid battery network broadband phone app ' +
  'software privacy security system platform records files emails statement spokesperson officials ' +
  'leader opposition coalition campaign debate policy reform bill proposal agreement deal contract ' +
  'investment costs spending taxes income wages pensions savings loans debt growth inflation exports ' +
  'factory steel port shipping freight lorries cargo warehouse retail shops shoppers owners tenants ' +
  'landlords rents planning permission developers site land field farm forest coast beach island ' +
  'valley hills mountain lake canal track line signals trains buses cycling walking parking lanes ' +
  'schools pupils exams results teachers classrooms nursery college graduates apprentices skills ' +
  'players match season team coach goal league final stadium fans tickets cup title record injury ' +
  'album concert orchestra novel prize exhibition gallery film director actors stage audience critics ' +
  'history archive memorial anniversary century tradition community volunteers charity donations ' +
  'appeal protest march petition strike union members ballot talks offer pay dispute settlement ' +
  'investigation evidence witnesses trial judge jury verdict sentence appeal prison officers ' +
  'emergency fire crews ambulance rescue accident damage repairs closure delays detours diversion ' +
  'increase decrease rise fall drop surge shortage demand supply capacity target estimate forecast ' +
  'announced confirmed warned argued insisted admitted expected promised approved rejected delayed ' +
  'opened closed launched expanded reduced raised cut backed criticised welcomed questioned ' +
  'important difficult recent major former current local regional national independent private ' +
  'senior younger older rural urban coastal northern southern eastern western central historic ' +
  'modern digital green cheaper faster slower higher lower larger smaller early late annual monthly ' +
  'quietly finally largely widely clearly publicly sharply slightly nearly roughly mostly partly ' +
  'glacier telescope observatory lagoon marsh wetland reservoir pipeline turbine substation reactor ' +
  'vaccine virus wastewater sensors satellites microchips algorithm encryption outage cyberattack ' +
  'sculpture choir ballet manuscript poetry translation symphony rehearsal premiere soundtrack ' +
  'regatta marathon velodrome rowing sprint relegation promotion transfer captain referee'
).split(/\s+/);

/** Place names of the fictional region, for headlines and body text. */
export const PLACES: readonly string[] = [
  'Northgate', 'Eastmoor', 'Stavely', 'Lowfield', 'Carrow Bay', 'Velorn', 'Kestria', 'Greymere', 'Veldmark',
  'Harlen', 'Sorvany', 'Marrick', 'Ennis Ford', 'Tane', 'Westholm', 'Brackwater', 'Orrin', 'Holloway', 'Fenwick',
  'Duncastle', 'Ashby', 'Redgate', 'Millbrook', 'Saltcote',
];

/** Topic nouns; tags are these alone or with a qualifier. */
export const TOPICS: readonly string[] = (
  'Housing Transport Infrastructure Trade Elections Budget Climate Energy Health Education Policing Courts ' +
  'Immigration Farming Fishing Tourism Jobs Wages Pensions Taxes Inflation Banking Markets Shipping Steel ' +
  'Technology Privacy Cybersecurity Broadband Startups Universities Research Space Astronomy Biology Medicine ' +
  'Vaccines Water Rivers Flooding Drought Wildlife Forests Coastline Weather Planning Heritage Libraries ' +
  'Museums Theatre Film Music Books Art Festivals Football Rowing Athletics Cycling Sailing Tennis Rugby ' +
  'Local government Assembly Council Diplomacy Defence Borders Refugees Ports Rail Buses Roads Aviation ' +
  'Ferries Cycling lanes Parking Childcare Schools Exams Nursing Hospitals Mental health Social care Charities ' +
  'Volunteering Religion Crime Prisons Fire service Emergency services Elderly care Youth Retail Hospitality ' +
  'Manufacturing Construction Property Rents Mortgages Consumer rights Food Restaurants Wine Fashion Design ' +
  'Architecture Media Newspapers Broadcasting Social media Artificial intelligence Data Science policy'
).split(/ (?=[A-Z])/);

/** Words that turn a topic into a narrower tag ("Housing prices", "Rail strikes"). */
export const QUALIFIERS: readonly string[] = [
  'policy', 'prices', 'strikes', 'funding', 'reform', 'safety', 'investment', 'jobs', 'costs', 'protests',
  'inquiry', 'awards', 'data', 'shortages', 'targets', 'subsidies', 'regulation', 'history', 'research', 'workers',
];

/** Given names and surnames of the synthetic newsroom's staff. */
export const GIVEN_NAMES: readonly string[] = (
  'Amara Tomas Daniel Priya Ingrid Noor Lars Sofia Mateo Hana Elif Jonas Maya Oskar Leila Felix Aisha Henrik ' +
  'Clara Ravi Marta Emil Yara Pavel Nina Samuel Ines Kofi Lena Arjun Freya Omar Greta Viktor Chloe Ruben Astrid Malik Irene Theo'
).split(' ');
/** Surnames; see GIVEN_NAMES. */
export const SURNAMES: readonly string[] = (
  'Osei Kell Reyes Natarajan Halvorsen Haddad Berg Moreno Larsen Tanaka Demir Vogel Okafor Lindqvist Rahman Costa Novak ' +
  'Brennan Sato Fischer Mensah Kowalski Duarte Holm Petrov Ahmed Silva Jensen Marsh Quinn Alvarez Nakamura Eriksen Byrne Hale Santos Weber Patel Lund Moss'
).split(' ');

/** Job titles for author profiles. */
export const ROLES: readonly string[] = [
  'Political Editor', 'Political Correspondent', 'World Affairs Editor', 'Business Editor', 'Economics Correspondent',
  'Science Editor', 'Technology Reporter', 'Culture Editor', 'Arts Critic', 'Sports Editor', 'Sports Reporter',
  'Transport Correspondent', 'Health Correspondent', 'Education Reporter', 'Courts Reporter', 'Environment Correspondent',
  'Data Journalist', 'Senior Reporter', 'Reporter', 'Columnist', 'Features Writer', 'Investigations Editor',
];

/** The newsroom's sections in masthead order, with the share of articles each gets (skewed, like a real paper). */
export const SECTIONS: readonly { name: string; weight: number; description: string }[] = [
  { name: 'Politics', weight: 30, description: 'The Assembly, the councils and the campaigns.' },
  { name: 'World', weight: 22, description: 'News from our neighbours and the wider region.' },
  { name: 'Business', weight: 16, description: 'Jobs, money, markets and companies.' },
  { name: 'Sport', weight: 9, description: 'Results, transfers and the people behind them.' },
  { name: 'Culture', weight: 8, description: 'Books, film, music, theatre and the arts.' },
  { name: 'Technology', weight: 7, description: 'How technology changes work, privacy and daily life.' },
  { name: 'Science', weight: 5, description: 'Research from the region and beyond.' },
  { name: 'Opinion', weight: 3, description: 'Editorials, columns and letters.' },
];

/** Headline verbs (present tense, as headlines use them). */
export const HEADLINE_VERBS: readonly string[] = (
  'approves rejects delays backs opens closes cuts raises launches expands pauses scraps defends questions ' +
  'warns promises unveils doubles halves reviews blocks wins loses signs extends suspends restores targets'
).split(' ');

/** Actors of headlines. */
export const HEADLINE_SUBJECTS: readonly string[] = (
  'council|ministers|assembly|regulator|union|court|university|police|port authority|rail operator|hospital trust|' +
  'planners|farmers|teachers|residents|investors|central bank|builders|festival|museum|club|scientists|inquiry|mayor'
).split('|');
