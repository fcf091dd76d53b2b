import path from 'node:path';
import { formatProblem, type Problem } from './problems';
import { sortProblems } from './lint';

/** One problem as `content:check --json` prints it. */
export interface ReportedProblem {
  /** Relative to the content folder, like `articles/world/x.md`. */
  file: string;
  /** Relative to the working directory (absolute when outside it), like `content/articles/world/x.md`. */
  path: string;
  line: number;
  /** Null for problems of a whole file (like invalid YAML), so every JSON entry has the same keys. */
  field: string | null;
  severity: Problem['severity'];
  message: string;
}

/** The result of checking a content folder, as `content:check --json` prints it. */
export interface CheckReport {
  contentDir: string;
  articles: number;
  errors: number;
  warnings: number;
  problems: ReportedProblem[];
}

/** A path as an editor can click it: relative to `cwd`, or absolute when it lies outside. */
export function displayPath(full: string, cwd: string): string {
  const relative = path.relative(cwd, full);
  if (!relative) return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? full : relative.split(path.sep).join('/');
}

/** Sorts the problems (errors first) and locates each file relative to the working directory. */
export function buildCheckReport(input: { problems: Problem[]; articles: number; contentDir: string; cwd: string }): CheckReport {
  const problems = sortProblems(input.problems).map((p) => ({
    file: p.file,
    path: displayPath(path.join(input.contentDir, p.file), input.cwd),
    line: p.line,
    field: p.field ?? null,
    severity: p.severity,
    message: p.message,
  }));
  return {
    contentDir: displayPath(input.contentDir, input.cwd),
    articles: input.articles,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    problems,
  };
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The report as text: errors, then warnings, each under a header, then a one-line summary. */
export function formatCheckReport(report: CheckReport): string {
  const lines: string[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const group = report.problems.filter((p) => p.severity === severity);
    if (!group.length) continue;
    lines.push(`${count(group.length, severity)}:`);
    for (const p of group) lines.push(formatProblem({ ...p, file: p.path, field: p.field ?? undefined }));
    lines.push('');
  }
  lines.push(
    `${count(report.articles, 'article')} checked in ${report.contentDir}: ${count(report.errors, 'error')}, ${count(report.warnings, 'warning')}`,
  );
  return lines.join('\n') + '\n';
}
