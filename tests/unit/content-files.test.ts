import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The store reads CONTENT_DIR when it first loads: a folder of hostile and unusual files made here.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-files-'));
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'content-outside-'));
process.env.CONTENT_DIR = dir;
process.env.CONTENT_CACHE_DIR = path.join(outside, 'cache');

import { formatProblem, getArticle, getArticles, getProblems } from '@/lib/content';
import { MAX_ARTICLE_BYTES } from '@/lib/content/load';
import { SETTLE_MS } from '@/lib/content/reconcile';
import { stopWatching } from '@/lib/content/store';

const article = (title: string, body = 'Body.') => `---\ntitle: "${title}"\ndate: 2025-01-01\nsection: News\nsummary: S.\n---\n${body}\n`;
const write = (rel: string, text: string | Buffer) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
const BULK = 10_000;

beforeAll(async () => {
  write('articles/news/2025-01-01-plain.md', article('Plain story'));
  // A link inside the folder to a file outside it: a way to publish (or leak) any file the server can read.
  fs.writeFileSync(path.join(outside, 'secret.md'), article('Secret from outside'));
  fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'articles/news/2025-01-01-linked.md'));
  fs.symlinkSync(outside, path.join(dir, 'articles/linked-folder'));
  write('articles/news/2025-01-01-huge.md', article('Huge story', 'x'.repeat(MAX_ARTICLE_BYTES)));
  write('articles/news/notes.txt', 'not an article');
  write('articles/news/photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  fs.mkdirSync(path.join(dir, 'articles/news/folder.md'));
  for (let i = 0; i < BULK; i++) write(`articles/bulk/2024-01-01-bulk-${i}.md`, article(`Bulk ${i}`));
  jest.spyOn(console, 'error').mockImplementation(() => {});
  // Files modified in the last moment count as still being written and wait for the next check: let them settle.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS * 2));
}, 120_000);

afterAll(() => {
  stopWatching();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('files in the content folder', () => {
  it('serves ordinary articles, 10,000 of them in one folder included', async () => {
    expect((await getArticle('plain'))?.title).toBe('Plain story');
    expect((await getArticles({ perPage: 20_000 }))?.total).toBe(BULK + 1);
    expect((await getArticle(`bulk-${BULK - 1}`))?.title).toBe(`Bulk ${BULK - 1}`);
  }, 120_000);

  it('never follows a symbolic link out of the folder, to a file or to a folder', async () => {
    expect(await getArticle('linked')).toBeUndefined();
    expect(await getArticle('secret')).toBeUndefined();
    const all = (await getArticles({ perPage: 20_000 }))!.items;
    expect(all.some((a) => a.title.includes('Secret'))).toBe(false);
  });

  it('refuses a file over the size limit with a message that says what to do', async () => {
    expect(await getArticle('huge')).toBeUndefined();
    const problems = (await getProblems()).map(formatProblem);
    expect(problems).toContainEqual(expect.stringMatching(/^articles\/news\/2025-01-01-huge\.md:1 .*over the 2 MB limit: split it/));
  });

  it('ignores files that are not Markdown, and folders named like one, without reporting them', async () => {
    const problems = (await getProblems()).map(formatProblem).join('\n');
    expect(problems).not.toMatch(/notes\.txt|photo\.png|folder\.md/);
  });
});
