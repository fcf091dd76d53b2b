import path from 'node:path';
import { buildCheckReport, displayPath, formatCheckReport } from '@/lib/content/check-report';
import type { Problem } from '@/lib/content/problems';

const cwd = path.resolve('/srv/site');
const problems: Problem[] = [
  { file: 'articles/b.md', line: 3, field: 'summary', message: 'missing: add a summary', severity: 'warning' },
  { file: 'articles/a.md', line: 4, field: 'date', message: 'expected an ISO date, got "tomorrow"', severity: 'error' },
  { file: 'site.yml', line: 2, message: 'invalid YAML: bad indentation', severity: 'error' },
];

describe('content:check report', () => {
  const report = buildCheckReport({ problems, articles: 12, contentDir: path.join(cwd, 'content'), cwd });

  it('counts errors and warnings and locates files relative to the working directory', () => {
    expect(report).toMatchObject({ contentDir: 'content', articles: 12, errors: 2, warnings: 1 });
    expect(report.problems.map((p) => p.path)).toEqual(['content/articles/a.md', 'content/site.yml', 'content/articles/b.md']);
    expect(report.problems[1].field).toBeNull();
    expect(report.problems[0]).toEqual({
      file: 'articles/a.md', path: 'content/articles/a.md', line: 4, field: 'date', severity: 'error', message: 'expected an ISO date, got "tomorrow"',
    });
  });

  it('prints errors, then warnings, under headers, then the summary line', () => {
    expect(formatCheckReport(report)).toBe(
      [
        '2 errors:',
        'content/articles/a.md:4 date: expected an ISO date, got "tomorrow"',
        'content/site.yml:2 invalid YAML: bad indentation',
        '',
        '1 warning:',
        'content/articles/b.md:3 summary: missing: add a summary',
        '',
        '12 articles checked in content: 2 errors, 1 warning',
        '',
      ].join('\n'),
    );
  });

  it('prints only the summary for a clean folder', () => {
    const clean = buildCheckReport({ problems: [], articles: 1, contentDir: path.join(cwd, 'content'), cwd });
    expect(formatCheckReport(clean)).toBe('1 article checked in content: 0 errors, 0 warnings\n');
  });

  it('shows paths outside the working directory as absolute', () => {
    expect(displayPath(path.resolve('/tmp/news/articles/a.md'), cwd)).toBe(path.resolve('/tmp/news/articles/a.md'));
    expect(displayPath(cwd, cwd)).toBe('.');
  });
});
