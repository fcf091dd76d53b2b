import type { Author } from './catalog';
import { FrontMatterError, splitFrontMatter } from './front-matter';
import type { Problem } from './problems';
import { authorSchema } from './schema';
import { slugify } from './slug';

/** Validates `authors/<id>.md` (front-matter name, role, image; the body is the bio) without touching the disk. */
export function readAuthorFile(file: string, raw: string): { value?: Author; problems: Problem[] } {
  const id = slugify(file.replace(/^.*\//, '').replace(/\.(md|markdown)$/i, ''));
  try {
    const split = splitFrontMatter(raw);
    const result = authorSchema.safeParse(split.data);
    if (result.success) return { value: { id, ...result.data, profileFile: file }, problems: [] };
    return {
      problems: result.error.issues.map((issue) => {
        const field = String(issue.path[0]);
        return { file, line: split.lineOf(field), field, message: issue.message, severity: 'error' as const };
      }),
    };
  } catch (err) {
    const line = err instanceof FrontMatterError ? err.line : 1;
    return { problems: [{ file, line, message: (err as Error).message, severity: 'error' }] };
  }
}
