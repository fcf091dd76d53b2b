import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { startServer, type TestServer } from '../helpers/server';
import { within } from '../helpers/poll';

// A newsroom in English and French: pages, fronts, feeds and sitemaps over real HTTP, and a new translation live.
jest.setTimeout(60_000);
let dir: string;
let cache: string;
let server: TestServer;

const article = (fields: Record<string, string>, body = 'Body text of the story, long enough to read.') =>
  `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n\n${body}\n`;

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

async function get(pathname: string) {
  const res = await fetch(`${server.url}${pathname}`, { redirect: 'manual' });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-languages-'));
  cache = fs.mkdtempSync(path.join(os.tmpdir(), 'languages-cache-'));
  write('site.yml', 'name: Bilingual Post\nlanguage: en-GB\nlanguages: [en-GB, fr]\ntimezone: Europe/Paris\n');
  write('sections.yml', '- name: World\n');
  write('articles/2025-02-01-storm.md', article({ title: 'Storm hits the coast', section: 'World', summary: 'Winds of 140 km/h.', date: '2025-02-01T09:00:00+01:00' }));
  write('articles/2025-02-01-tempete.md', article({
    title: 'La tempête frappe la côte', section: 'World', summary: 'Des vents de 140 km/h.', date: '2025-02-01T10:00:00+01:00',
    language: 'fr', translationOf: 'storm', authors: 'Anne Lefèvre',
  }));
  write('articles/2025-01-20-harbour.md', article({ title: 'Harbour reopens', section: 'World', summary: 'Ships are back.', date: '2025-01-20T09:00:00+01:00' }));
  server = await startServer(dir, { CONTENT_CACHE_DIR: cache });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  for (const d of [dir, cache]) fs.rmSync(d, { recursive: true, force: true });
});

describe('a newsroom in two languages', () => {
  it('marks a translated article’s language and links its versions with hreflang', async () => {
    const { status, body } = await get('/world/tempete');
    expect(status).toBe(200);
    expect(body).toMatch(/<div class="with-sidebar article-layout" lang="fr">/);
    expect(body).toContain(`<link rel="alternate" hrefLang="en-GB" href="${server.url}/world/storm"/>`);
    expect(body).toContain(`<link rel="alternate" hrefLang="x-default" href="${server.url}/world/storm"/>`);
    expect(body).toContain('<meta property="og:locale" content="fr"/>');
    expect(body).toMatch(/Par <\/?[^>]*>?.*Anne Lefèvre/s);
    expect(body).toContain('Publié le');
    expect(body).not.toContain('>You might like<');
    const ld = [...body.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
    expect(ld.flat()).toContainEqual(expect.objectContaining({ '@type': 'NewsArticle', inLanguage: 'fr', translationOfWork: expect.objectContaining({ '@id': `${server.url}/world/storm` }) }));
  });

  it('links the original to its translation, in the site’s language', async () => {
    const { body } = await get('/world/storm');
    expect(body).toContain('<html lang="en-GB">');
    expect(body).toMatch(/Also in <span><a href="\/world\/tempete" hrefLang="fr" lang="fr" rel="alternate">Français<\/a>/);
    expect(body).toContain(`<link rel="alternate" hrefLang="fr" href="${server.url}/world/tempete"/>`);
    const related = body.slice(body.indexOf('id="related-heading"'), body.indexOf('</section>', body.indexOf('id="related-heading"')));
    expect(related).toContain('href="/world/harbour"');
    expect(related).not.toContain('href="/world/tempete"');
  });

  it('gives each language its front and feed, and the main front and feed keep to the main language', async () => {
    const fr = await get('/fr');
    expect(fr.status).toBe(200);
    expect(fr.body).toContain('<div class="front" lang="fr">');
    expect(fr.body).toContain('href="/world/tempete"');
    expect(fr.body).not.toContain('href="/world/harbour"');
    expect(fr.body).toContain(`<link rel="alternate" type="application/rss+xml" href="${server.url}/fr/feed.xml"`);
    const home = await get('/');
    expect(home.body).toContain('href="/world/harbour"');
    expect(home.body).not.toMatch(/class="card__title"><a href="\/world\/tempete"/);
    expect(home.body).toMatch(/<nav aria-label="Editions"[^>]*>.*href="\/fr" hrefLang="fr" lang="fr">Français</s);

    const feed = await get('/fr/feed.xml');
    expect(feed.status).toBe(200);
    expect(XMLValidator.validate(feed.body)).toBe(true);
    expect(feed.body).toContain('<language>fr</language>');
    expect(feed.body).toContain(`<link>${server.url}/world/tempete</link>`);
    expect(feed.body).not.toContain('/world/storm<');
    expect((await get('/feed.xml')).body).not.toContain('/world/tempete<');
    expect((await get('/de')).status).toBe(404);
    expect((await get('/de/feed.xml')).status).toBe(404);
  });

  it('lists the versions of a translated story and the edition fronts with hreflang in the sitemaps', async () => {
    const articles = await get('/sitemaps/articles-1.xml');
    expect(XMLValidator.validate(articles.body)).toBe(true);
    const entry = articles.body.split('<url>').find((u) => u.includes(`<loc>${server.url}/world/tempete</loc>`))!;
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en-GB" href="${server.url}/world/storm"/>`);
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${server.url}/world/storm"/>`);
    const fronts = await get('/sitemaps/fronts.xml');
    expect(fronts.body).toContain(`<loc>${server.url}/fr</loc>`);
  });

  it('shows a translation saved while the site runs on its front and feed, and links it from the original', async () => {
    write('articles/2025-02-02-port.md', article({
      title: 'Le port rouvre', section: 'World', summary: 'Les navires sont de retour.', date: '2025-02-02T08:00:00+01:00',
      language: 'fr', translationOf: 'harbour', slug: 'le-port-rouvre',
    }));
    await within(15_000, async () => (await get('/fr')).body.includes('href="/world/le-port-rouvre"') || 'not on /fr yet');
    await within(15_000, async () => (await get('/fr/feed.xml')).body.includes('/world/le-port-rouvre<') || 'not in /fr/feed.xml yet');
    await within(15_000, async () => (await get('/world/harbour')).body.includes('hrefLang="fr" lang="fr" rel="alternate">Français') || 'no link yet');
  });
});
