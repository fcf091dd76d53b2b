import path from 'node:path';
import { startServer, type TestServer } from '../helpers/server';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
let server: TestServer;

beforeAll(async () => {
  server = await startServer(FIXTURE);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('social cards', () => {
  it('are PNGs rendered once, sent with an ETag, and a matching If-None-Match gets 304 with no body', async () => {
    for (const pathname of ['/og/full-anatomy', '/og']) {
      const first = await fetch(`${server.url}${pathname}`);
      const bytes = Buffer.from(await first.arrayBuffer());
      expect({ pathname, status: first.status, type: first.headers.get('content-type') }).toEqual({ pathname, status: 200, type: 'image/png' });
      expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[\w-]{10,}"$/);
      const again = await fetch(`${server.url}${pathname}`);
      expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);
      expect(again.headers.get('etag')).toBe(etag);
      const unchanged = await fetch(`${server.url}${pathname}`, { headers: { 'if-none-match': etag! } });
      expect(unchanged.status).toBe(304);
      expect((await unchanged.arrayBuffer()).byteLength).toBe(0);
    }
    expect((await fetch(`${server.url}/og/no-such-story`)).status).toBe(404);
  });
});
