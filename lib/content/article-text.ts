import { readContentTextSync } from './load';
import { articleBody } from './parse-article';
import { plainText } from './terms';

/**
 * The body of the article file at `file` (relative to the content folder) as one line of plain text: the search
 * index's copy. Read synchronously, for bulk reads of small files (see `readContentTextSync`); empty when the file
 * cannot be read. Kept apart from the content store so the search fill's worker thread loads only this.
 */
export function articleTextOf(file: string): string {
  try {
    const raw = readContentTextSync(file);
    return raw === undefined ? '' : plainText(articleBody(raw)).replace(/\s+/g, ' ').trim();
  } catch {
    return '';
  }
}
