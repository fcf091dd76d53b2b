import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type TestServer } from '../helpers/server';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
let server: TestServer;
let dir: string;
let outside: string;

// A PNG signature and a little more: the route judges the type by the file name, the size by the disk.
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(4000, 7)]);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'images-route-'));
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'images-outside-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  const images = path.join(dir, 'images');
  fs.writeFileSync(path.join(images, 'photo.png'), PNG);
  fs.mkdirSync(path.join(images, 'gallery'));
  // A link inside images/ to another picture there is an editor's shortcut and keeps working.
  fs.symlinkSync('../photo.png', path.join(images, 'gallery', 'same-photo.png'));
  // Links that lead out of images/: to a scheduled article, to the site settings, out of the content folder.
  fs.symlinkSync('../articles/news/2099-01-01-scheduled.md', path.join(images, 'embargoed.png'));
  fs.symlinkSync('../site.yml', path.join(images, 'settings.svg'));
  fs.writeFileSync(path.join(outside, 'secret.png'), 'not for readers');
  fs.symlinkSync(path.join(outside, 'secret.png'), path.join(images, 'secret.png'));
  fs.symlinkSync('../articles', path.join(images, 'articles'));
  // A sparse file far over the size cap: it costs no disk, and the route must refuse it without reading it.
  fs.closeSync(fs.openSync(path.join(images, 'huge.png'), 'w'));
  fs.truncateSync(path.join(images, 'huge.png'), 200 * 1024 * 1024);
  server = await startServer(dir);
}, 60_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('/images/ serves pictures from the content folder images/ and nothing else', () => {
  it.each(['/images/embargoed.png', '/images/settings.svg', '/images/secret.png', '/images/articles/news/2099-01-01-scheduled.md',
    '/images/articles/news/2025-02-01-full-anatomy.png'])('refuses %s, which leads out of images/', async (pathname) => {
    const res = await fetch(`${server.url}${pathname}`);
    const body = await res.text();
    expect({ pathname, status: res.status }).toEqual({ pathname, status: 404 });
    expect(body).not.toMatch(/scheduled|not for readers|name:/i);
  });

  it('serves a picture, and one linked from elsewhere inside images/, byte for byte', async () => {
    for (const pathname of ['/images/photo.png', '/images/gallery/same-photo.png']) {
      const res = await fetch(`${server.url}${pathname}`);
      expect({ pathname, status: res.status, type: res.headers.get('content-type') }).toEqual({ pathname, status: 200, type: 'image/png' });
      expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    }
  });

  it('refuses a file over the size cap without reading it', async () => {
    const started = performance.now();
    const res = await fetch(`${server.url}/images/huge.png`);
    await res.arrayBuffer();
    expect(res.status).toBe(404);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('sends an ETag and answers a matching If-None-Match with 304 and no body', async () => {
    const first = await fetch(`${server.url}/images/photo.png`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
    const again = await fetch(`${server.url}/images/photo.png`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    fs.writeFileSync(path.join(dir, 'images', 'photo.png'), Buffer.concat([PNG, Buffer.from('changed')]));
    const changed = await fetch(`${server.url}/images/photo.png`, { headers: { 'if-none-match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });
});
