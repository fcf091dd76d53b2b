import { IMAGE_CACHE_BYTES, ImageMemoryCache } from '@/lib/image-memory-cache.mjs';

const picture = (bytes: number) => ({ kind: 'IMAGE', buffer: Buffer.alloc(bytes), extension: 'webp' });

describe('the optimized-picture memory cache', () => {
  it('keeps pictures within its byte budget, dropping the least recently used first', () => {
    const cache = new ImageMemoryCache(1000);
    cache.set('a', picture(400));
    cache.set('b', picture(400));
    expect(cache.get('a')?.value.buffer.byteLength).toBe(400); // a is now the most recent
    cache.set('c', picture(400));
    expect([cache.get('a') !== null, cache.get('b') !== null, cache.get('c') !== null]).toEqual([true, false, true]);
    expect(cache.bytes).toBe(800);
  });

  it('replaces an entry without counting it twice, and does not keep one over the whole budget', () => {
    const cache = new ImageMemoryCache(1000);
    cache.set('a', picture(300));
    cache.set('a', picture(500));
    expect(cache.bytes).toBe(500);
    cache.set('huge', picture(1001));
    expect([cache.get('huge'), cache.bytes]).toEqual([null, 500]);
  });

  it('has a budget of 32 MB per process', () => {
    expect(IMAGE_CACHE_BYTES).toBe(32 * 1024 * 1024);
  });
});
