import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PARSER_VERSION } from '@/lib/content/parser-version';

/**
 * The parsing code as of PARSER_VERSION: when this digest changes, records kept from an older run may not be
 * what the new code would make, so the version must go up (and the digest recorded here with it).
 */
const RECORDED = { version: 12, digest: '2b8223cbad4430abb2c145a94339ceabf9f128be' };

const CONTENT = path.join(__dirname, '..', '..', 'lib', 'content');

/** parse-article.ts and every module of lib/content it imports, directly or not, in a stable order. */
function parserSources(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/^import[^'"]*['"](\.\/[^'"]+)['"]/gm)) visit(path.join(CONTENT, `${spec.slice(2)}.ts`));
  };
  visit(path.join(CONTENT, 'parse-article.ts'));
  return [...seen].sort();
}

const versionOf = (name: string) => JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;

describe('the parser version', () => {
  it('is bumped whenever the parsing code or its libraries change', () => {
    const hash = createHash('sha1');
    for (const file of parserSources()) hash.update(`${path.basename(file)}\n${fs.readFileSync(file, 'utf8')}\n`);
    for (const name of ['yaml', 'zod']) hash.update(`${name}@${versionOf(name)}\n`);
    const now = { version: PARSER_VERSION, digest: hash.digest('hex') };
    const hint = 'parsing changed: bump PARSER_VERSION in lib/content/parser-version.ts and record the new digest in this test';
    expect({ ...now, hint }).toEqual({ ...RECORDED, hint });
  });

  it('reads the whole import chain of the parser', () => {
    const names = parserSources().map((f) => path.basename(f));
    expect(names).toEqual(expect.arrayContaining(['parse-article.ts', 'schema.ts', 'front-matter.ts', 'dates.ts', 'terms.ts']));
  });
});
