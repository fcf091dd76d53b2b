/** Something wrong with a content file, located to the line, with how to fix it in the message. */
export interface Problem {
  /** Path relative to the content folder, like `articles/world/storm.md`. */
  file: string;
  line: number;
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Formats a problem as `articles/x.md:7 date: expected an ISO date, got "tomorrow" (…)`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line} ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}
