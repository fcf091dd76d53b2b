// Jest through next/jest (SWC transforms). The unified/remark/rehype family ships ESM only, so those
// packages are transformed too instead of being ignored like the rest of node_modules.
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: './' });

const esmPackages = [
  'unified', 'bail', 'is-plain-obj', 'trough', 'devlop', 'vfile[^/]*', 'unist-[^/]*', 'mdast-[^/]*', 'micromark[^/]*',
  'remark-[^/]*', 'rehype-[^/]*', 'hast-[^/]*', 'hastscript', 'property-information', 'space-separated-tokens',
  'comma-separated-tokens', 'web-namespaces', 'zwitch', 'html-void-elements', 'html-url-attributes', 'ccount',
  'character-entities[^/]*', 'character-reference-invalid', 'decode-named-character-reference', 'is-alphanumerical',
  'is-alphabetical', 'is-decimal', 'is-hexadecimal', 'stringify-entities', 'trim-lines', 'markdown-table',
  'longest-streak', 'escape-string-regexp', 'github-slugger', 'parse5', 'entities', 'is-absolute-url',
  'estree-util-[^/]*', 'periscopic', 'zod',
];

const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/', '/tests/fixtures/'],
  globalSetup: '<rootDir>/tests/global-setup.js',
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  // Hooks stop servers too (tests/helpers/server.ts waits up to 10 s for one to exit before killing it).
  testTimeout: 20_000,
};

module.exports = async () => {
  const resolved = await createJestConfig(config)();
  resolved.transformIgnorePatterns[0] = `/node_modules/(?!(${esmPackages.join('|')})/)`;
  return resolved;
};
