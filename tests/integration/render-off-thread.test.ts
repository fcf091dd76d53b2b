import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_BODY_BYTES } from '@/lib/content/markdown-limits';
import { startServer, type TestServer } from '../helpers/server';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
let server: TestServer;
let dir: string;

// Under every limit: prose with a paragraph of nested emphasis in every seven, the costliest shape per byte
// (bench/markdown-cost.ts). About a second to render.
const prose = 'A paragraph of news prose with [a link](https://example.org), *emphasis* and `code`, as reporting goes on.\n\n';
const paragraph = `${'*a **b *c **d** c* b** a* '.repeat(20)}\n\n${prose.repeat(6)}`;
const heavyBody = `The opening line of the long read.\n\n${paragraph.repeat(Math.floor((MAX_BODY_BYTES - 2048) / paragraph.length))}`;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'render-off-thread-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'articles', 'news', '2025-03-01-long-read.md'),
    `---\ntitle: "The long read"\ndate: 2025-03-01T09:00:00Z\nsection: News\nsummary: "A very long story."\n---\n${heavyBody}`,
  );
  server = await startServer(dir);
}, 60_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function timed(pathname: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${server.url}${pathname}`);
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
}

describe('a large body renders off the main thread', () => {
  it('keeps other requests answering while it renders, then shows the whole body', async () => {
    // A running site has loaded its article route already: the first request of a route compiles its code.
    for (const pathname of ['/news/river-story-01', '/news/river-story-02', '/api/content-version']) await timed(pathname);
    const started = performance.now();
    let done = false;
    const heavy = fetch(`${server.url}/news/long-read`).then(async (res) => ({ status: res.status, html: await res.text() }))
      .finally(() => (done = true));
    const probes: number[] = [];
    while (!done && performance.now() - started < 60_000) {
      const probe = await timed('/api/content-version');
      expect(probe.status).toBe(200);
      probes.push(probe.ms);
      await new Promise((r) => setTimeout(r, 20));
    }
    const page = await heavy;
    const renderMs = performance.now() - started;
    expect(page.status).toBe(200);
    expect(page.html).toContain('The opening line of the long read.');
    expect(page.html).toContain('<em>a <strong>b <em>c <strong>d</strong> c</em> b</strong> a</em>');
    // The render itself takes seconds; without the worker the probes waited for all of it.
    expect(renderMs).toBeGreaterThan(500);
    expect(probes.length).toBeGreaterThan(5);
    expect(Math.max(...probes)).toBeLessThan(400);
  }, 90_000);
});
