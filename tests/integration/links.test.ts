import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startServer, type TestServer } from '../helpers/server';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');
let server: TestServer;

type Link = { url: string; status: number; state: 'OK' | 'BROKEN' | 'SKIPPED'; parent?: string };

beforeAll(async () => {
  server = await startServer(path.join(ROOT, 'content'));
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

it('a link checker crawling the sample newsroom from / finds no broken internal link or image', async () => {
  const origin = server.url.replace(/[.]/g, '\\.');
  const { stdout } = await run(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'linkinator', 'build', 'src', 'cli.js'), `${server.url}/`, '--recurse', '--skip', `^(?!${origin})`, '--format', 'json'],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  ).catch((err) => err as { stdout: string });
  const report = JSON.parse(stdout) as { passed: boolean; links: Link[] };
  const broken = report.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (${l.status}) on ${l.parent}`);
  expect(broken).toEqual([]);
  const crawled = new Set(report.links.filter((l) => l.state === 'OK').map((l) => new URL(l.url).pathname));
  // Every published sample article, its images and the site's feeds were reached from the front page.
  expect([...crawled].filter((p) => /^\/(politics|world|business|science|technology|culture|opinion)\/[a-z0-9-]+$/.test(p)).length).toBeGreaterThanOrEqual(36);
  expect(crawled).toContain('/images/ballot.svg');
  expect(crawled).toContain('/feed.xml');
  expect(report.passed).toBe(true);
}, 120_000);
