import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArticle } from '@/lib/content/parse-article';

const root = path.join(__dirname, '../..');
let contentDir: string;

/** Runs `scripts/new-article.ts` with tsx on the temporary newsroom, the way `npm run new` does. */
function runNew(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir };
  delete env.SITE_URL;
  delete env.PORT;
  const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/new-article.ts', ...args], {
    cwd: root, env, encoding: 'utf8', timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

jest.setTimeout(60_000);

beforeAll(() => {
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-new-'));
  fs.cpSync(path.join(root, 'tests/fixtures/newsroom'), contentDir, { recursive: true });
});
afterAll(() => fs.rmSync(contentDir, { recursive: true, force: true }));

describe('npm run new', () => {
  const file = () => path.join(contentDir, 'articles/sport/2025-02-01-river-cup-final-goes-to-extra-time.md');

  it('writes a draft in the section folder and prints its path and future URL', () => {
    const run = runNew('River cup final goes to extra time', '--section', 'sport', '--author', 'jo-bloggs', '--date', '2025-02-01T10:00:00Z');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(fs.existsSync(file())).toBe(true);
    expect(run.stdout).toContain(`created ${file()}`);
    expect(run.stdout).toContain('URL once published: http://localhost:3000/sport/river-cup-final-goes-to-extra-time');
    expect(run.stdout).toContain('`draft: false`');
    const parsed = parseArticle('articles/sport/x.md', fs.readFileSync(file(), 'utf8'), { timeZone: 'Europe/London' });
    expect(parsed.record).toMatchObject({ draft: true, sectionName: 'Sport', authorRefs: ['jo-bloggs'], date: new Date('2025-02-01T10:00:00Z') });
    expect(fs.readFileSync(file(), 'utf8')).toContain('date: 2025-02-01T10:00:00+00:00\n');
  });

  it('refuses a headline whose slug is taken, even by a broken or duplicate file, and leaves files alone', () => {
    const before = fs.readFileSync(file(), 'utf8');
    const again = runNew('River cup final goes to extra time', '--section', 'sport');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('the slug "river-cup-final-goes-to-extra-time" is already used by articles/sport/2025-02-01-river-cup-final-goes-to-extra-time.md');
    expect(fs.readFileSync(file(), 'utf8')).toBe(before);
    expect(runNew('Broken date', '--section', 'news').stderr).toContain('"broken-date" is already used by articles/news/2025-01-08-broken-date.md');
    expect(runNew('Same slug', '--section', 'news').stderr).toContain('"same-slug" is already used');
  });

  it('refuses an empty headline and a reserved section; notes an unknown section and author', () => {
    expect(runNew('', '--section', 'news')).toMatchObject({ code: 1, stderr: expect.stringContaining('the headline is empty') });
    expect(runNew('Hello', '--section', 'Search')).toMatchObject({ code: 1, stderr: expect.stringContaining('/search, which the site uses itself') });
    expect(fs.existsSync(path.join(contentDir, 'articles/search'))).toBe(false);
    const run = runNew('Weekend weather', '--section', 'Weather', '--author', 'jane-doe');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('note: section "Weather" is not in sections.yml');
    expect(run.stdout).toContain('note: no author profile authors/jane-doe.md');
    expect(run.stdout).toMatch(/URL once published: http:\/\/localhost:3000\/weather\/weekend-weather\n/);
  });
});
