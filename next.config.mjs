import { fileURLToPath } from 'node:url';
import { BASE_POLICY, DESK_POLICY, IMAGE_POLICY } from './lib/security-policy.mjs';

// Sent with every response.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // Pages add a stricter policy of their own (lib/security-policy.mjs).
  { key: 'Content-Security-Policy', value: BASE_POLICY },
  // No other site's window keeps a handle on ours, and no other site embeds our pages' resources...
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

// ...except pictures and cards, which feed readers and social sites show from their own pages. For a header
// that two rules set, Next sends the later rule's value; a route's own value for it would be dropped.
const mediaHeaders = [{ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' }];
const imageHeaders = [...mediaHeaders, { key: 'Content-Security-Policy', value: IMAGE_POLICY }];

// Sent when the request reached the proxy in front over https (a browser ignores it over plain http anyway).
const overHttps = [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }];
const hstsHeaders = [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }];

/** Next.js settings: content is read at run time from CONTENT_DIR, so pages render on the server. */
const nextConfig = {
  // Tests build into their own folder so they never disturb a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `next start` warns about standalone output, so it is opt-in: `npm run build:standalone` sets NEXT_OUTPUT=standalone.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // proxy.ts sees the address the server was asked for (its own host and port, http or https), not one Next makes up
  // with "localhost": with a host name set (HOSTNAME=127.0.0.1 in deploy/nginx.conf), Next took rewrites to the made-up
  // address for another site's and fetched them over the network from itself, a 500 behind TLS (vercel/next.js#94745).
  skipProxyUrlNormalize: true,
  reactStrictMode: true,
  // The content folder is data read at run time, not source: keep it out of the build's file tracing.
  outputFileTracingExcludes: { '*': ['./content/**/*', './tests/**/*'] },
  // Self-hosted ISR: cached pages tell shared caches how long they may serve a stale copy while refetching.
  expireTime: 300,
  // Cached pages live in memory only: a copy written to disk would outlive the process and be served after a
  // restart, though the content folder may have changed meanwhile. Each instance keeps its own.
  cacheMaxMemorySize: 64 * 1024 * 1024,
  // Next's cache, storing each page with a policy that names its inline scripts by hash (README, Security).
  cacheHandler: fileURLToPath(new URL('./lib/script-hash-cache.mjs', import.meta.url)),
  experimental: { isrFlushToDisk: false },
  images: {
    // Optimized pictures are kept by the cache handler in memory, 32 MB at most (lib/image-memory-cache.mjs), never
    // on disk: Next's own image cache is a disk folder that, without a size, may grow to half the free disk.
    customCacheHandler: true,
    maximumDiskCacheSize: 0,
    // Only the content folder's pictures, without query strings, so the variants are images × widths × formats.
    localPatterns: [{ pathname: '/images/**', search: '' }],
  },
  async rewrites() {
    // Must match lib/front-page-route.ts (FRONT_PAGE_PATH, INDEX_PAGES).
    return {
      beforeFiles: [
        { source: '/', destination: '/front-page/latest' },
        { source: '/tags', destination: '/index-pages/tags' },
        { source: '/archive', destination: '/index-pages/archive' },
      ],
    };
  },
  async redirects() {
    return [
      { source: '/front-page/:edition*', destination: '/', permanent: true },
      { source: '/index-pages/:page(tags|archive)', destination: '/:page', permanent: true },
      { source: '/index-pages/:rest*', destination: '/', permanent: true },
    ];
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/:path*', has: overHttps, headers: hstsHeaders },
      { source: '/images/:path*', headers: imageHeaders },
      { source: '/og/:path*', headers: mediaHeaders },
      { source: '/desk/:path*', headers: [{ key: 'Content-Security-Policy', value: DESK_POLICY }] },
    ];
  },
};

export default nextConfig;
