import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { CheckReport } from '@/lib/content/check-report';

const root = path.join(__dirname, '../..');

/** Runs `scripts/content-check.ts` with tsx from the project root, the way `npm run content:check` does. */
function check(...args: string[]) {
  const env = { ...process.env };
  delete env.CONTENT_DIR;
  const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/content-check.ts', ...args], {
    cwd: root, env, encoding: 'utf8', timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

jest.setTimeout(60_000);

describe('npm run content:check', () => {
  it('passes the sample newsroom in content/ (warnings allowed)', () => {
    const run = check();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+ articles checked in content: 0 errors, \d+ warnings?$/m);
  });

  it('fails the fixture newsroom, naming each broken file by path, line and field', () => {
    const run = check('tests/fixtures/newsroom');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('tests/fixtures/newsroom/articles/news/2025-01-08-broken-date.md:4 date: expected an ISO date, got "tomorrow"');
    expect(run.stdout).toMatch(/^tests\/fixtures\/newsroom\/articles\/news\/2025-01-09-dupe-a\.md:1 slug: "same-slug" is also the slug/m);
    expect(run.stdout).toMatch(/^tests\/fixtures\/newsroom\/articles\/sport\/2025-01-09-dupe-b\.md:1 slug: "same-slug" is also the slug/m);
    expect(run.stdout.indexOf('3 errors:')).toBeLessThan(run.stdout.indexOf('warning'));
    expect(run.stdout).toMatch(/33 articles checked in tests\/fixtures\/newsroom: 3 errors, \d+ warnings\n$/);
  });

  it('prints one JSON object with --json and keeps the exit code', () => {
    const run = check('tests/fixtures/newsroom', '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as CheckReport;
    expect(report).toMatchObject({ contentDir: 'tests/fixtures/newsroom', articles: 33, errors: 3 });
    expect(report.problems[0]).toEqual({
      file: 'articles/news/2025-01-08-broken-date.md',
      path: 'tests/fixtures/newsroom/articles/news/2025-01-08-broken-date.md',
      line: 4,
      field: 'date',
      severity: 'error',
      message: 'expected an ISO date, got "tomorrow" (write 2025-03-01 or 2025-03-01T09:30:00+01:00)',
    });
    expect(report.warnings).toBe(report.problems.filter((p) => p.severity === 'warning').length);
  });

  it('reports each lint warning of the lint fixture once, with no errors', () => {
    const run = check('tests/fixtures/lint-newsroom', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as CheckReport;
    const found = report.problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message.split(':')[0]}`);
    expect(report).toMatchObject({ articles: 9, errors: 0, warnings: 8 });
    expect(found).toEqual([
      'articles/news/2025-03-02-missing-image.md:8 image: "/images/ferry.svg" is not in the content folder\'s images/',
      'articles/news/2025-03-03-unknown-author.md:6 authors: unknown author id "jane-doe"',
      'articles/news/2025-03-04-tag-spelling.md:7 tags: tag "ukraine" is spelled "Ukraine" elsewhere',
      'articles/news/2025-03-05-budget-vote.md:2 title: the same headline as articles/news/2025-03-06-budget-vote-evening.md',
      'articles/news/2025-03-06-budget-vote-evening.md:2 title: the same headline as articles/news/2025-03-05-budget-vote.md',
      'articles/news/2025-03-07-long-headline.md:2 title: headline is 121 characters; Google truncates after about 110',
      'articles/news/2025-03-08-no-summary.md:1 summary: missing',
      'articles/news/2025-03-09-no-alt.md:1 imageAlt: missing',
    ]);
  });

  it('honours CONTENT_DIR when no folder is given, and refuses a folder that does not exist', () => {
    const env = { ...process.env, CONTENT_DIR: 'tests/fixtures/lint-newsroom' };
    const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/content-check.ts'], { cwd: root, env, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('9 articles checked in tests/fixtures/lint-newsroom: 0 errors, 8 warnings');
    const missing = check('tests/fixtures/no-such-newsroom');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no content folder at tests/fixtures/no-such-newsroom');
  });
});
