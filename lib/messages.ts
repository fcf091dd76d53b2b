/**
 * The interface strings of pages, feeds and JSON-LD, one table per language: what a reader sees around the
 * newsroom's own words. A language without a table reads English; add a table here to translate the furniture.
 */
export interface Messages {
  skipToContent: string;
  home: string;
  sections: string;
  footer: string;
  browse: string;
  archive: string;
  allTopics: string;
  search: string;
  corrections: string;
  updates: string;
  correctionsAndUpdates: string;
  correction: string;
  update: string;
  breaking: string;
  breakingNews: string;
  by: string;
  and: string;
  published: string;
  updated: string;
  minRead: (minutes: number) => string;
  topics: string;
  tags: string;
  youMightLike: string;
  mostRead: string;
  latest: string;
  latestIn: (section: string) => string;
  thisSection: string;
  moreStories: string;
  topStories: string;
  frontHeading: (site: string) => string;
  noStories: string;
  noStoriesHere: string;
  advertisement: string;
  live: string;
  liveCoverage: string;
  liveRunning: string;
  liveEnded: string;
  newEntry: string;
  newEntries: string;
  alsoIn: string;
  editions: string;
  pages: string;
  pageOf: (page: number, total: number) => string;
  newer: string;
  older: string;
}

const en: Messages = {
  skipToContent: 'Skip to main content',
  home: 'Home',
  sections: 'Sections',
  footer: 'Footer',
  browse: 'Browse',
  archive: 'Archive',
  allTopics: 'All topics',
  search: 'Search',
  corrections: 'Corrections',
  updates: 'Updates',
  correctionsAndUpdates: 'Corrections and updates',
  correction: 'Correction',
  update: 'Update',
  breaking: 'Breaking',
  breakingNews: 'Breaking news',
  by: 'By',
  and: 'and',
  published: 'Published',
  updated: 'Updated',
  minRead: (n) => `${n} min read`,
  topics: 'Topics',
  tags: 'Tags',
  youMightLike: 'You might like',
  mostRead: 'Most read',
  latest: 'Latest',
  latestIn: (section) => `Latest in ${section}`,
  thisSection: 'this section',
  moreStories: 'More stories',
  topStories: 'Top stories',
  frontHeading: (site) => `${site}: latest news`,
  noStories: 'No stories have been published yet.',
  noStoriesHere: 'No stories here yet.',
  advertisement: 'Advertisement',
  live: 'Live',
  liveCoverage: 'Live coverage',
  liveRunning: 'Live coverage: new entries appear at the top as they are published.',
  liveEnded: 'Live coverage of this story has ended.',
  newEntry: 'new entry',
  newEntries: 'new entries',
  alsoIn: 'Also in',
  editions: 'Editions',
  pages: 'Pages',
  pageOf: (page, total) => `Page ${page} of ${total}`,
  newer: '← Newer',
  older: 'Older →',
};

const fr: Messages = {
  skipToContent: 'Aller au contenu principal',
  home: 'Accueil',
  sections: 'Rubriques',
  footer: 'Pied de page',
  browse: 'Parcourir',
  archive: 'Archives',
  allTopics: 'Tous les sujets',
  search: 'Rechercher',
  corrections: 'Rectificatifs',
  updates: 'Mises à jour',
  correctionsAndUpdates: 'Rectificatifs et mises à jour',
  correction: 'Rectificatif',
  update: 'Mise à jour',
  breaking: 'Dernière minute',
  breakingNews: 'Dernière minute',
  by: 'Par',
  and: 'et',
  published: 'Publié le',
  updated: 'Mis à jour le',
  minRead: (n) => `${n} min de lecture`,
  topics: 'Sujets',
  tags: 'Mots-clés',
  youMightLike: 'À lire aussi',
  mostRead: 'Les plus lus',
  latest: 'Dernières nouvelles',
  latestIn: (section) => `Dernières infos : ${section}`,
  thisSection: 'cette rubrique',
  moreStories: 'Autres articles',
  topStories: 'À la une',
  frontHeading: (site) => `${site} : l’actualité`,
  noStories: 'Aucun article n’a encore été publié.',
  noStoriesHere: 'Aucun article pour l’instant.',
  advertisement: 'Publicité',
  live: 'En direct',
  liveCoverage: 'Suivi en direct',
  liveRunning: 'En direct : les nouvelles entrées apparaissent en haut dès leur publication.',
  liveEnded: 'Le suivi en direct de cet événement est terminé.',
  newEntry: 'nouvelle entrée',
  newEntries: 'nouvelles entrées',
  alsoIn: 'Aussi en',
  editions: 'Éditions',
  pages: 'Pages',
  pageOf: (page, total) => `Page ${page} sur ${total}`,
  newer: '← Plus récents',
  older: 'Plus anciens →',
};

const de: Messages = {
  skipToContent: 'Zum Inhalt springen',
  home: 'Startseite',
  sections: 'Ressorts',
  footer: 'Fußzeile',
  browse: 'Stöbern',
  archive: 'Archiv',
  allTopics: 'Alle Themen',
  search: 'Suche',
  corrections: 'Korrekturen',
  updates: 'Aktualisierungen',
  correctionsAndUpdates: 'Korrekturen und Aktualisierungen',
  correction: 'Korrektur',
  update: 'Aktualisierung',
  breaking: 'Eilmeldung',
  breakingNews: 'Eilmeldung',
  by: 'Von',
  and: 'und',
  published: 'Veröffentlicht',
  updated: 'Aktualisiert',
  minRead: (n) => `${n} Min. Lesezeit`,
  topics: 'Themen',
  tags: 'Schlagwörter',
  youMightLike: 'Das könnte Sie interessieren',
  mostRead: 'Meistgelesen',
  latest: 'Neueste',
  latestIn: (section) => `Neu in ${section}`,
  thisSection: 'diesem Ressort',
  moreStories: 'Weitere Artikel',
  topStories: 'Top-Themen',
  frontHeading: (site) => `${site}: Nachrichten`,
  noStories: 'Noch keine Artikel veröffentlicht.',
  noStoriesHere: 'Hier gibt es noch keine Artikel.',
  advertisement: 'Anzeige',
  live: 'Live',
  liveCoverage: 'Live-Berichterstattung',
  liveRunning: 'Live: Neue Einträge erscheinen oben, sobald sie veröffentlicht sind.',
  liveEnded: 'Die Live-Berichterstattung ist beendet.',
  newEntry: 'neuer Eintrag',
  newEntries: 'neue Einträge',
  alsoIn: 'Auch auf',
  editions: 'Ausgaben',
  pages: 'Seiten',
  pageOf: (page, total) => `Seite ${page} von ${total}`,
  newer: '← Neuere',
  older: 'Ältere →',
};

const TABLES: Record<string, Messages> = { en, fr, de };

/** The languages (base subtags) that have a message table. */
export const MESSAGE_LANGUAGES = Object.keys(TABLES);

/** The base language of a BCP 47 tag: `fr` for `fr-CA`. */
export function baseLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}

/** True when the language of `tag` has its own table (else pages fall back to English). */
export function hasMessages(tag: string): boolean {
  return baseLanguage(tag) in TABLES;
}

/** The interface strings for a language tag: its base language's table, or English. */
export function messagesFor(tag: string): Messages {
  return TABLES[baseLanguage(tag)] ?? en;
}

/** The English table: the default of components rendered without a language. */
export const ENGLISH: Messages = en;

/**
 * A language's own name for itself, capitalised as a link reads, e.g. "Français" for `fr`; the base language's
 * ("English" for `en-GB`), as readers pick a language rather than a region.
 */
export function languageName(tag: string): string {
  const name = languageNameIn(baseLanguage(tag), tag);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The name of language `tag` in language `inTag`, e.g. "French" for `fr` in `en`. */
export function languageNameIn(tag: string, inTag: string): string {
  try {
    return new Intl.DisplayNames([inTag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
