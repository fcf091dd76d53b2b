import path from 'node:path';

/** Paths relative to the content folder start with this folder. */
const ROOT = 'articles';
const BUNDLE_INDEX = /^index\.(md|markdown)$/i;

/**
 * The name an article file is known by: its own, or for a Hugo page bundle (`post/2013-05-30-my-slug/index.md`)
 * its folder's, which carries the slug and, often, the date.
 */
export function articleFileName(file: string): string {
  const base = path.posix.basename(file);
  const folder = path.posix.basename(path.posix.dirname(file));
  return BUNDLE_INDEX.test(base) && folder !== ROOT ? `${folder}.md` : base;
}

/** True for a Hugo list page (`_index.md`): the text of a section front, not an article. */
export function isHugoListPage(file: string): boolean {
  return /^_index\.(md|markdown)$/i.test(path.posix.basename(file));
}

/** The folders between `articles/` and the article (a bundle's own folder not counted). */
function folders(file: string): string[] {
  const parts = file.split('/').slice(1, -1);
  if (BUNDLE_INDEX.test(path.posix.basename(file))) parts.pop();
  return file.startsWith(`${ROOT}/`) ? parts : [];
}

/**
 * The section an imported article's folder names (`articles/post/x.md` → "Post", `articles/_posts/…` → "Posts"),
 * as Hugo takes the section from the folder; undefined for a file directly in `articles/`.
 */
export function folderSection(file: string): string | undefined {
  const name = folders(file)[0]?.replace(/^[_.]+/, '').replace(/[-_]+/g, ' ').trim();
  return name ? name[0].toUpperCase() + name.slice(1) : undefined;
}

/**
 * An alias as a site path, or why it cannot be one. A relative alias (`old-name`) is read as Hugo reads it:
 * under the article's folder (`articles/post/x.md` → `/post/old-name`).
 */
export function aliasPath(alias: string, file: string): { path: string } | { problem: string } {
  const text = alias.trim();
  if (/^[a-z][a-z\d+.-]*:/i.test(text) || text.startsWith('//')) {
    return { problem: `"${text}" is an address with a host: an alias is a path on this site, like /news/old-slug` };
  }
  const joined = text.startsWith('/') ? text : `/${[...folders(file), text].join('/')}`;
  if (!/^\/[^\s?#]*$/.test(joined)) return { problem: `"${text}" is not a path: each alias is a path starting with /, like /news/old-slug (no spaces, ? or #)` };
  return { path: joined.replace(/\/{2,}/g, '/') };
}
