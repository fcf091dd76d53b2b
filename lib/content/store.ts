import { buildCatalog, type Author, type Catalog } from './catalog';
import { parseSectionsFile, parseSiteFile } from './config-files';
import { splitFrontMatter } from './front-matter';
import { listMarkdownFiles, readContentText, stampOf, type FileStamp } from './load';
import { digestOf, parseArticle, type ParsedArticle, type ArticleRecord } from './parse-article';
import { formatProblem, type Problem } from './problems';
import { authorSchema, type SiteConfig } from './schema';
import { buildPublishedView, type PublishedView } from './published-view';
import { nextPublishChange } from './publish';
import { slugify } from './slug';

/** How often (at most) the content folder is checked for changes. */
const CHECK_INTERVAL_MS = 1000;

interface FileEntry {
  stamp: FileStamp;
  parsed: ParsedArticle;
  /** The last valid version, served while the file on disk is broken (an editor mid-save). */
  lastGood?: ArticleRecord;
}

interface State {
  configStamp: string;
  site: SiteConfig;
  configProblems: Problem[];
  sections: ReturnType<typeof parseSectionsFile>['sections'];
  articleFiles: Map<string, FileEntry>;
  authorFiles: Map<string, { stamp: FileStamp; author?: Author; problems: Problem[] }>;
  catalog: Catalog;
  checkedAt: number;
  /** Changes whenever the index is rebuilt, so watchers can tell the content changed. */
  version: string;
  view?: { view: PublishedView; until: number };
}

const globalKey = Symbol.for('newsroom.content.store');
type Holder = { state?: State; refreshing?: Promise<State> };
const holder: Holder = ((globalThis as Record<symbol, Holder>)[globalKey] ??= {});

const changed = (a: FileStamp | undefined, b: FileStamp) => !a || a.mtimeMs !== b.mtimeMs || a.size !== b.size;

async function readParsed(stamp: FileStamp, parse: (raw: string) => ParsedArticle): Promise<ParsedArticle> {
  try {
    const raw = await readContentText(stamp.file);
    if (raw === undefined) return { problems: [] };
    return parse(raw);
  } catch (err) {
    return { problems: [{ file: stamp.file, line: 1, message: (err as Error).message, severity: 'error' }] };
  }
}

async function readAuthor(stamp: FileStamp): Promise<{ author?: Author; problems: Problem[] }> {
  const id = slugify(stamp.file.replace(/^authors\//, '').replace(/\.(md|markdown)$/i, ''));
  try {
    const split = splitFrontMatter((await readContentText(stamp.file)) ?? '');
    const result = authorSchema.safeParse(split.data);
    if (result.success) return { author: { id, ...result.data, profileFile: stamp.file }, problems: [] };
    return {
      problems: result.error.issues.map((i) => ({
        file: stamp.file, line: split.lineOf(String(i.path[0])), field: String(i.path[0]), message: i.message, severity: 'error' as const,
      })),
    };
  } catch (err) {
    return { problems: [{ file: stamp.file, line: (err as { line?: number }).line ?? 1, message: (err as Error).message, severity: 'error' }] };
  }
}

/** Logs errors that were not there before, so a broken save shows once in the server log, not on every check. */
function logNewErrors(before: Problem[], after: Problem[]) {
  const known = new Set(before.map(formatProblem));
  for (const problem of after) {
    const line = formatProblem(problem);
    if (problem.severity === 'error' && !known.has(line)) console.error(`content error: ${line}`);
  }
}

/** Reads what changed since `previous` (everything the first time) and rebuilds the index. */
async function refresh(previous: State | undefined): Promise<State> {
  const configStamp = `${await stampOf('site.yml')}:${await stampOf('sections.yml')}`;
  const configChanged = !previous || previous.configStamp !== configStamp;
  let { site, sections, configProblems } = previous ?? { site: undefined, sections: [], configProblems: [] };
  if (configChanged || !site) {
    const siteFile = parseSiteFile('site.yml', await readContentText('site.yml'));
    const sectionsFile = parseSectionsFile('sections.yml', await readContentText('sections.yml'));
    site = siteFile.config;
    sections = sectionsFile.sections;
    configProblems = [...siteFile.problems, ...sectionsFile.problems];
  }
  const ctx = { timeZone: site.timezone, defaultSection: site.defaultSection, sectionNames: new Map(sections.map((s) => [s.slug, s.name])) };

  let dirty = configChanged;
  const articleFiles = new Map<string, FileEntry>();
  for (const stamp of await listMarkdownFiles('articles')) {
    const before = previous?.articleFiles.get(stamp.file);
    if (before && !configChanged && !changed(before.stamp, stamp)) {
      articleFiles.set(stamp.file, before);
      continue;
    }
    dirty = true;
    const parsed = await readParsed(stamp, (raw) => parseArticle(stamp.file, raw, ctx));
    const lastGood = parsed.record ?? before?.lastGood;
    articleFiles.set(stamp.file, { stamp, parsed, lastGood });
  }
  if (previous && previous.articleFiles.size !== articleFiles.size) dirty = true;

  const authorFiles = new Map<string, { stamp: FileStamp; author?: Author; problems: Problem[] }>();
  for (const stamp of await listMarkdownFiles('authors')) {
    const before = previous?.authorFiles.get(stamp.file);
    if (before && !changed(before.stamp, stamp)) authorFiles.set(stamp.file, before);
    else {
      dirty = true;
      authorFiles.set(stamp.file, { stamp, ...(await readAuthor(stamp)) });
    }
  }
  if (previous && previous.authorFiles.size !== authorFiles.size) dirty = true;

  if (previous && !dirty) return { ...previous, checkedAt: Date.now() };
  const records: ArticleRecord[] = [];
  const problems: Problem[] = [...configProblems];
  for (const entry of articleFiles.values()) {
    problems.push(...entry.parsed.problems);
    const record = entry.parsed.record ?? entry.lastGood;
    if (record) records.push(record);
  }
  const authors: Author[] = [];
  for (const entry of authorFiles.values()) {
    problems.push(...entry.problems);
    if (entry.author) authors.push(entry.author);
  }
  const catalog = buildCatalog({ records, authors, sections, problems });
  logNewErrors(previous?.catalog.problems ?? [], catalog.problems);
  const version = digestOf([...articleFiles.values(), ...authorFiles.values()].map((e) => `${e.stamp.file}:${e.stamp.mtimeMs}:${e.stamp.size}`).join('|') + configStamp);
  return { configStamp, site, configProblems, sections, articleFiles, authorFiles, catalog, checkedAt: Date.now(), version };
}

/** The current content state, re-checked against the folder at most once a second. */
export async function currentState(): Promise<State> {
  const state = holder.state;
  if (state && Date.now() - state.checkedAt < CHECK_INTERVAL_MS) return state;
  holder.refreshing ??= refresh(state)
    .then((next) => (holder.state = next))
    .finally(() => (holder.refreshing = undefined));
  return holder.refreshing;
}

/** The articles public at `now`, reused until the next scheduled publication or expiry. */
export async function publishedView(now = new Date()): Promise<PublishedView> {
  const state = await currentState();
  if (state.view && now.getTime() < state.view.until) return state.view.view;
  const view = buildPublishedView(state.catalog, now);
  state.view = { view, until: nextPublishChange(state.catalog.articles, now) };
  return view;
}
