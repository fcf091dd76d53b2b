import fs from 'node:fs';
import path from 'node:path';
import { buildCatalog } from '@/lib/content/catalog';
import { parseSiteFile } from '@/lib/content/config-files';
import { composeFrontPage } from '@/lib/content/front-page';
import { languageArticles, languageFeedPath, languageFrontPath, languageOfFrontSegment, translationsOf } from '@/lib/content/languages';
import { lintCatalog } from '@/lib/content/lint';
import { parseArticle } from '@/lib/content/parse-article';
import { formatProblem } from '@/lib/content/problems';
import { buildPublishedView, patchPublishedView } from '@/lib/content/published-view';
import { relatedArticles } from '@/lib/content/related';
import { languageName, messagesFor } from '@/lib/messages';
import { buildAtom, buildJsonFeed, buildRss, languageFeedInput, siteFeedInput } from '@/lib/seo/feeds';
import { newsArticleJsonLd } from '@/lib/seo/json-ld';
import { articleMetadata, frontMetadata } from '@/lib/seo/metadata';
import { articleEntries, newsSitemap, urlSet } from '@/lib/seo/sitemaps';
import type { Site } from '@/lib/site';
import { record } from '../helpers/records';

const site: Site = { name: 'Courier', language: 'en-GB', languages: ['en-GB', 'fr'], timezone: 'Europe/London', url: 'https://news.example.com' };
const ctx = { timeZone: 'Europe/London', language: 'en-GB', languages: ['en-GB', 'fr'] };
const file = (fields: string) => `---\ntitle: Storm\ndate: 2025-03-01\nsection: News\nsummary: A storm.\n${fields}\n---\nBody text.\n`;
const NOW = new Date('2030-01-01T00:00:00Z');
const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000);

function viewOf(records: ReturnType<typeof record>[]) {
  const catalog = buildCatalog({ records, authors: [], sections: [{ slug: 'news', name: 'News' }], problems: [] });
  return { catalog, view: buildPublishedView(catalog, NOW) };
}

const story = () => viewOf([
  record({ slug: 'storm', title: 'Storm hits coast', date: day(10), tags: ['Weather'] }),
  record({ slug: 'tempete', title: 'La tempête frappe la côte', language: 'fr', translationOf: 'storm', date: day(11), tags: ['Weather'] }),
  record({ slug: 'sturm', title: 'Sturm', language: 'de', translationOf: 'storm', date: day(12), tags: ['Weather'] }),
  record({ slug: 'floods', title: 'Floods', date: day(9), tags: ['Weather'] }),
  record({ slug: 'inondations', title: 'Inondations', language: 'fr', date: day(8), tags: ['Weather'] }),
]);

describe('message tables', () => {
  it('gives each language its interface strings, by base language, and English for a language without a table', () => {
    expect(messagesFor('fr').advertisement).toBe('Publicité');
    expect(messagesFor('fr-CA').by).toBe('Par');
    expect(messagesFor('de').minRead(4)).toBe('4 Min. Lesezeit');
    expect(messagesFor('en-GB').youMightLike).toBe('You might like');
    expect(messagesFor('sw').youMightLike).toBe('You might like');
  });

  it('names a language in itself, for links to editions and translations', () => {
    expect(languageName('fr')).toBe('Français');
    expect(languageName('en-GB')).toBe('English');
  });
});

describe('an article’s language', () => {
  const parsed = (fields: string, context = ctx) => parseArticle('articles/storm.md', file(fields), context);

  it('defaults to the site’s main language and matches a listed language by base or case', () => {
    expect(parsed('').record!.language).toBe('en-GB');
    expect(parsed('language: fr').record!.language).toBe('fr');
    expect(parsed('language: en').record!.language).toBe('en-GB');
    expect(parsed('lang: FR').record!.language).toBe('fr');
    expect(parsed('language: fr-FR').record!.language).toBe('fr');
  });

  it('keeps a language the site does not list, with a located warning naming the fix', () => {
    const { record: r, problems } = parsed('language: de');
    expect(r!.language).toBe('de');
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^articles\/storm\.md:6 language: "de" is not one of the site's languages \(en-GB, fr\).*add it to `languages:` in site\.yml/),
    ]);
  });

  it('refuses a value that is not a language tag, with its line', () => {
    const raw = fs.readFileSync(path.join(__dirname, '../fixtures/broken/bad-language.md'), 'utf8');
    const { record: r, problems } = parseArticle('articles/bad-language.md', raw, ctx);
    expect(r).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([expect.stringContaining('articles/bad-language.md:5 language: expected a BCP 47 language tag')]);
  });

  it('links a translation to its original, and warns when it names itself', () => {
    expect(parsed('language: fr\ntranslationOf: storm-hits').record!.translationOf).toBe('storm-hits');
    const self = parsed('slug: storm\ntranslationOf: storm');
    expect(self.record!.translationOf).toBeUndefined();
    expect(self.problems.map(formatProblem)).toEqual([expect.stringContaining(':7 translationOf: names this article itself')]);
    expect(parsed('translationOf: Not A Slug').problems.map(formatProblem)).toEqual([expect.stringContaining(':6 translationOf: expected the slug of the original')]);
  });

  it('is checked against the catalog: an unknown original or one in the same language is reported', () => {
    const { catalog } = viewOf([
      record({ slug: 'a', language: 'fr', translationOf: 'missing', lines: { title: 2, image: 1, authors: 1, tags: 1, translationOf: 7 } }),
      record({ slug: 'b', translationOf: 'c' }),
      record({ slug: 'c' }),
    ]);
    const messages = lintCatalog(catalog, () => true).map(formatProblem);
    expect(messages).toContain('articles/a.md:7 translationOf: no article has the slug "missing": check the original\'s slug (the translation is shown without the link)');
    expect(messages).toContainEqual(expect.stringContaining('articles/b.md:2 translationOf: "c" is in en-GB too'));
  });
});

describe('site languages', () => {
  it('lists the main language first, each once, and defaults to the main language alone', () => {
    expect(parseSiteFile('site.yml', 'language: en-GB\nlanguages: [fr, en-GB, FR]\n').config.languages).toEqual(['en-GB', 'fr']);
    expect(parseSiteFile('site.yml', 'language: de\n').config.languages).toEqual(['de']);
    expect(parseSiteFile('site.yml', undefined).config.languages).toEqual(['en']);
  });

  it('reports a bad tag in `languages:` with its line', () => {
    const { problems } = parseSiteFile('site.yml', 'name: X\nlanguages: [en, "not a tag"]\n');
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^site\.yml:2 languages.*BCP 47/)]);
  });

  it('puts the main language’s front at / and the others at /<tag>', () => {
    const languages = ['en-GB', 'fr', 'pt-BR'];
    expect(languages.map((l) => languageFrontPath(l, languages))).toEqual(['/', '/fr', '/pt-br']);
    expect(languages.map((l) => languageFeedPath(l, languages))).toEqual(['/feed.xml', '/fr/feed.xml', '/pt-br/feed.xml']);
    expect(languageOfFrontSegment('pt-br', languages)).toBe('pt-BR');
    expect(languageOfFrontSegment('en-gb', languages)).toBeUndefined();
    expect(languageOfFrontSegment('world', languages)).toBeUndefined();
  });
});

describe('translations and editions', () => {
  it('finds the story in its other languages, original first, never the article itself', () => {
    const { view } = story();
    const slugs = (slug: string) => translationsOf(view.bySlug.get(slug)!, view).map((a) => a.slug);
    expect(slugs('storm')).toEqual(['sturm', 'tempete']);
    expect(slugs('tempete')).toEqual(['storm', 'sturm']);
    expect(slugs('floods')).toEqual([]);
  });

  it('keeps the lists by language and original equal when the view is patched', () => {
    const { catalog, view } = story();
    const gone = catalog.bySlug.get('tempete')!;
    const patched = patchPublishedView(view, [gone], [], NOW);
    expect(patched.byOriginal.get('storm')!.map((a) => a.slug)).toEqual(['sturm']);
    expect(patched.byLanguage.get('fr')!.map((a) => a.slug)).toEqual(['inondations']);
    expect(view.byLanguage.get('fr')!.map((a) => a.slug)).toEqual(['tempete', 'inondations']);
  });

  it('gives each edition its own articles: the main one also takes languages without an edition', () => {
    const { view } = story();
    const languages = ['en-GB', 'fr'];
    expect(languageArticles(view, 'fr', languages).map((a) => a.slug)).toEqual(['tempete', 'inondations']);
    expect(languageArticles(view, 'en-GB', languages).map((a) => a.slug)).toEqual(['sturm', 'storm', 'floods']);
    const front = composeFrontPage(view, [{ slug: 'news', name: 'News' }], { top: 4, perSection: 3, latest: 8 }, languageArticles(view, 'fr', languages), (a) => a.language === 'fr');
    expect([front.lead!.slug, ...front.top.map((a) => a.slug)]).toEqual(['tempete', 'inondations']);
  });

  it('never offers the same story in another language as related reading', () => {
    const { view } = story();
    const related = relatedArticles(view.bySlug.get('storm')!, view).map((a) => a.slug);
    expect(related).not.toContain('tempete');
    expect(related).not.toContain('sturm');
    expect(related).toContain('floods');
  });
});

describe('languages in the head, JSON-LD, feeds and sitemaps', () => {
  const { view } = story();
  const storm = view.bySlug.get('storm')!;
  const tempete = view.bySlug.get('tempete')!;

  it('links every version with hreflang, x-default at the original, and sets the Open Graph locale', () => {
    const meta = articleMetadata(site, tempete, translationsOf(tempete, view));
    expect(meta.alternates!.languages).toEqual({ fr: '/news/tempete', 'en-GB': '/news/storm', de: '/news/sturm', 'x-default': '/news/storm' });
    expect(meta.openGraph).toMatchObject({ locale: 'fr', alternateLocale: ['en_GB', 'de'] });
    expect(articleMetadata(site, view.bySlug.get('floods')!, []).alternates!.languages).toBeUndefined();
  });

  it('gives the fronts of the editions hreflang alternates and their own feed', () => {
    const meta = frontMetadata(site, 'fr');
    expect(meta.alternates).toMatchObject({ canonical: '/fr', languages: { 'en-GB': '/', fr: '/fr', 'x-default': '/' } });
    expect(JSON.stringify(meta.alternates!.types)).toContain('https://news.example.com/fr/feed.xml');
  });

  it('says the article’s language in JSON-LD and names its original or its translations', () => {
    const translated = newsArticleJsonLd(site, tempete, translationsOf(tempete, view));
    expect(translated).toMatchObject({ inLanguage: 'fr', translationOfWork: { '@id': 'https://news.example.com/news/storm', inLanguage: 'en-GB' } });
    expect(translated.workTranslation).toBeUndefined();
    const original = newsArticleJsonLd(site, storm, translationsOf(storm, view));
    expect(original).toMatchObject({ inLanguage: 'en-GB', workTranslation: [{ inLanguage: 'de' }, { inLanguage: 'fr' }] });
  });

  it('writes a language feed in its language, and marks entries in another language in the site feed', () => {
    const fr = buildRss(languageFeedInput(site, 'fr', [tempete]));
    expect(fr).toContain('<language>fr</language>');
    expect(fr).toContain('<atom:link href="https://news.example.com/fr/feed.xml" rel="self"');
    expect(fr).toContain('<link>https://news.example.com/fr</link>');
    const atom = buildAtom(siteFeedInput(site, [storm, tempete], '/atom.xml'));
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">');
    expect(atom).toContain('<entry xml:lang="fr">');
    expect(atom.match(/<entry>/g)).toHaveLength(1);
    const json = JSON.parse(buildJsonFeed(siteFeedInput(site, [storm, tempete], '/feed.json')));
    expect(json.items.map((i: { language?: string }) => i.language)).toEqual([undefined, 'fr']);
  });

  it('lists every version of a translated article in the sitemap, and each article’s language in the news sitemap', () => {
    const xml = urlSet(articleEntries(site, [tempete, view.bySlug.get('floods')!], (a) => translationsOf(a, view)));
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const [tempeteEntry, floodsEntry] = xml.split('<url>').slice(1);
    expect(tempeteEntry).toContain('<xhtml:link rel="alternate" hreflang="fr" href="https://news.example.com/news/tempete"/>');
    expect(tempeteEntry).toContain('<xhtml:link rel="alternate" hreflang="en-GB" href="https://news.example.com/news/storm"/>');
    expect(tempeteEntry).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://news.example.com/news/storm"/>');
    expect(floodsEntry).not.toContain('xhtml:link');
    const news = newsSitemap({ site, articles: [tempete, storm], now: new Date(day(11).getTime() + 3_600_000) });
    expect(news).toMatch(/tempete<\/loc>.*<news:language>fr<\/news:language>/);
    expect(news).toMatch(/storm<\/loc>.*<news:language>en<\/news:language>/);
  });
});
