// How long a saved file takes to show on the running site: a new article, then an edited headline.
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleMeta } from './archive-text';
import { get, pollUntil } from './http-probe';

/** Times (ms) until the change showed; undefined when it did not within the time limit. */
export interface PublishResult {
  newArticleMs?: number;
  sectionFrontMs?: number;
  editMs?: number;
  newUrl: string;
  editedUrl: string;
}

const LIMIT_MS = 30_000;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function newArticle(title: string, section: string, now: Date): string {
  // A minute in the past, so no clock difference makes it "scheduled".
  const date = new Date(now.getTime() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
  return `---\ntitle: "${title}"\ndate: ${date}\nsection: ${section}\nsummary: "A story written by the benchmark to time publishing."\ntags: [Benchmark]\n---\nThe benchmark wrote this article to time how soon a saved file shows on the site.\n\nIt polls the article's URL and the section front every 100 ms.\n`;
}

/**
 * Writes a new article into `contentDir` and polls its URL and the section front every 100 ms until the
 * article answers 200 and the front shows its headline; then changes `edited`'s headline and polls its page.
 */
export async function measurePublishing(baseUrl: string, contentDir: string, section: { name: string; slug: string }, edited: ArticleMeta): Promise<PublishResult> {
  const stamp = Date.now().toString(36);
  const slug = `bench-publish-${stamp}`;
  const title = `Benchmark publishing probe ${stamp}`;
  const newUrl = `${baseUrl}/${section.slug}/${slug}`;
  const file = path.join(contentDir, 'articles', section.slug, `${slug}.md`);
  const since = performance.now();
  fs.writeFileSync(file, newArticle(title, section.name, new Date()));
  const [newArticleMs, sectionFrontMs] = await Promise.all([
    pollUntil(async () => (await get(newUrl)).status === 200, LIMIT_MS, 100, since),
    pollUntil(async () => (await get(`${baseUrl}/${section.slug}`)).body.toString().includes(escapeHtml(title)), LIMIT_MS, 100, since),
  ]);

  const editedUrl = `${baseUrl}${edited.url}`;
  const editedFile = path.join(contentDir, edited.file);
  const newTitle = `${edited.title} (updated ${stamp})`;
  const text = fs.readFileSync(editedFile, 'utf8');
  const editSince = performance.now();
  fs.writeFileSync(editedFile, text.replace(/^title: .*$/m, `title: ${JSON.stringify(newTitle)}`));
  const marker = `(updated ${stamp})`;
  const editMs = await pollUntil(async () => (await get(editedUrl)).body.toString().includes(marker), LIMIT_MS, 100, editSince);
  return { newArticleMs, sectionFrontMs, editMs, newUrl, editedUrl };
}
