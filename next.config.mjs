/** Next.js settings: content is read at run time from CONTENT_DIR, so pages render on the server. */
const nextConfig = {
  // Tests build into their own folder so they never disturb a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // The content folder is data read at run time, not source: keep it out of the build's file tracing.
  outputFileTracingExcludes: { '*': ['./content/**/*', './tests/**/*'] },
};

export default nextConfig;
