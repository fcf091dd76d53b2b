import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { startServer, TEST_DIST_DIR, type TestServer } from '../helpers/server';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
const IMAGE_CACHE = path.join(process.cwd(), TEST_DIST_DIR, 'cache', 'images');
let server: TestServer;
let dir: string;
let started: number;

const optimized = (url: string, width = 640) => `/_next/image?url=${encodeURIComponent(url)}&w=${width}&q=75`;

beforeAll(async () => {
  started = Date.now();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'image-optimizer-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a6ea5' } }).png().toBuffer();
  fs.writeFileSync(path.join(dir, 'images', 'photo.png'), photo);
  fs.writeFileSync(path.join(dir, 'elsewhere.png'), photo);
  server = await startServer(dir);
}, 60_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('/_next/image: bounded work and a bounded cache', () => {
  it('optimizes a content picture once and answers the same request from memory', async () => {
    const headers = { accept: 'image/webp,image/*' };
    const first = await fetch(`${server.url}${optimized('/images/photo.png')}`, { headers });
    expect({ status: first.status, type: first.headers.get('content-type'), cache: first.headers.get('x-nextjs-cache') })
      .toEqual({ status: 200, type: 'image/webp', cache: 'MISS' });
    const bytes = Buffer.from(await first.arrayBuffer());
    expect((await sharp(bytes).metadata()).width).toBe(640);
    const again = await fetch(`${server.url}${optimized('/images/photo.png')}`, { headers });
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('refuses what would multiply the variants: a query string, a path outside /images/, a width or quality not offered', async () => {
    for (const pathname of [optimized('/images/photo.png?v=2'), optimized('/elsewhere.png'), optimized('/images/photo.png', 641),
      '/_next/image?url=%2Fimages%2Fphoto.png&w=640&q=42']) {
      const res = await fetch(`${server.url}${pathname}`);
      expect({ pathname, status: res.status }).toEqual({ pathname, status: 400 });
    }
  });

  it('writes nothing to the disk cache folder Next would otherwise grow without a size', () => {
    const written = fs.existsSync(IMAGE_CACHE)
      ? fs.readdirSync(IMAGE_CACHE, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && fs.statSync(path.join(e.parentPath, e.name)).mtimeMs >= started)
      : [];
    expect(written.map((e) => e.name)).toEqual([]);
  });
});
