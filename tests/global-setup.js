// Builds the app once per test run (into .next-test) for the integration tests, which start it
// with `next start`. `npm run test:unit` skips this with TEST_BUILD=skip.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalSetup() {
  if (process.env.TEST_BUILD === 'skip') return;
  const started = Date.now();
  execFileSync(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: path.join(__dirname, '..'),
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: process.env.TEST_DIST_DIR || '.next-test',
      CONTENT_DIR: path.join(__dirname, 'fixtures', 'newsroom') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.stdout.write(`\nnext build for the integration tests took ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
};
