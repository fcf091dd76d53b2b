// The browser stage: Chromium (Debian's /usr/bin/chromium) driven by playwright-core against a built
// `next start`, plus the HTML validator and Lighthouse. Run with `npm run test:e2e`.
const base = require('./jest.config.js');

module.exports = async () => {
  const config = await base();
  return {
    ...config,
    roots: ['<rootDir>/tests/e2e'],
    testPathIgnorePatterns: ['/node_modules/', '/__screenshots__/', '/reports/'],
    testTimeout: 180_000,
  };
};
