import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { watchContent } from '@/lib/content/watch';

const settle = () => new Promise((r) => setTimeout(r, 300));

async function until(check: () => boolean, ms = 3000) {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  return check();
}

describe('watchContent', () => {
  let dir: string;
  const saved = process.env.CONTENT_DIR;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'watch-'));
    fs.mkdirSync(path.join(dir, 'articles', 'news'), { recursive: true });
    process.env.CONTENT_DIR = dir;
  });
  afterEach(() => {
    process.env.CONTENT_DIR = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports files saved in existing folders, in folders made later, and in a folder made again after removal', async () => {
    const seen = new Set<string>();
    const feed = watchContent(() => undefined);
    const collect = () => {
      for (const p of feed.take()) seen.add(p);
      return true;
    };
    expect(feed.live).toBe(true);

    fs.writeFileSync(path.join(dir, 'articles', 'news', 'a.md'), 'x');
    expect(await until(() => collect() && seen.has('articles/news/a.md'))).toBe(true);

    fs.mkdirSync(path.join(dir, 'articles', 'sport', '2025'), { recursive: true });
    await settle();
    fs.writeFileSync(path.join(dir, 'articles', 'sport', '2025', 'b.md'), 'x');
    expect(await until(() => collect() && seen.has('articles/sport/2025/b.md'))).toBe(true);

    fs.rmSync(path.join(dir, 'articles', 'sport'), { recursive: true });
    await settle();
    fs.mkdirSync(path.join(dir, 'articles', 'sport'));
    await settle();
    fs.writeFileSync(path.join(dir, 'articles', 'sport', 'c.md'), 'x');
    expect(await until(() => collect() && seen.has('articles/sport/c.md'))).toBe(true);
  });

  it('is not live when the content folder does not exist, so the store scans instead', () => {
    process.env.CONTENT_DIR = path.join(dir, 'missing');
    expect(watchContent(() => undefined).live).toBe(false);
  });
});
