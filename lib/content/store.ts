import type { Author, Catalog, Section } from './catalog';
import { contentVersion, sumStamps, updateSum } from './content-version';
import { ChangeLog } from './change-log';
import { breakingKey, viewBreakingStory } from './breaking';
import { changedSlugs, fullCatalog, patchIndex, stampsOf } from './index-update';
import { articleTag, catalogChangeTags, navigationKey, publicationChangeTags, SITE_TAG } from './page-tags';
import { parseSectionsFile, parseSiteFile } from './config-files';
import { readContentText, stampOf } from './load';
import { reconcile, SETTLE_MS, type FileEntry } from './reconcile';
import { parseArticle, type ArticleRecord, type ParseContext } from './parse-article';
import { parseContextOf } from './parse-context';
import { formatProblem, type Problem } from './problems';
import { buildPublishedView, patchPublishedView, type PublishedView } from './published-view';
import { isLiveNow, nextPublishChange } from './publish';
import { detectMoves, loadJournal, recordMoves, saveJournal, savedJournalPath, type RedirectJournal } from './redirect-journal-files';
import { readAuthorFile } from './author-file';
import { importProgress, parseInWorkers } from './parse-pool';
import { listScopeInWorker } from './list-in-worker';
import type { SiteConfig } from './schema';
import { loadFileIndex } from './file-index';
import { scheduleIndexWrite, stopIndexWrites } from './file-index-writer';
import { watchContent, type ChangeFeed } from './watch';

/** How often (at most) requests look for content changes. */
const CHECK_INTERVAL_MS = 1000;
/** How often the whole folder is re-scanned even with a watcher, as a safety net for missed events. */
const FULL_SCAN_MS = 60_000;
/** How far back the change log can date a change: longer than any page render takes. */
const CHANGE_WINDOW_MS = 60_000;
interface State {
  configStamp: string;
  site: SiteConfig;
  configProblems: Problem[];
  sections: ReturnType<typeof parseSectionsFile>['sections'];
  articleFiles: Map<string, FileEntry<ArticleRecord>>;
  authorFiles: Map<string, FileEntry<Author>>;
  journal: RedirectJournal;
  catalog: Catalog;
  checkedAt: number;
  fullScanAt: number;
  /** Changes whenever the index is rebuilt, so watchers can tell the content changed. */
  version: string;
  /** The content files' share of `version`, updated file by file (see content-version.ts). */
  stampSum: bigint;
  view?: { view: PublishedView; until: number };
}

const globalKey = Symbol.for('newsroom.content.store');
type Holder = {
  state?: State;
  refreshing?: Promise<State>;
  feed?: ChangeFeed;
  timer?: NodeJS.Timeout;
  /** What changed, by page tag, for the page cache (lib/content/page-freshness.ts). */
  changes?: ChangeLog;
  /** The last published view built in full, to find the articles a rebuild made public or hid. */
  lastView?: { view: PublishedView; sections: Section[]; breaking: string; live: Set<string> };
};
const holder: Holder = ((globalThis as Record<symbol, Holder>)[globalKey] ??= {});

const articleParser = (ctx: ParseContext) => (file: string, raw: string) => {
  const { record, problems } = parseArticle(file, raw, ctx);
  return { value: record, problems };
};

/** Logs errors that were not there before, so a broken save shows once in the server log. */
function logNewErrors(before: Problem[], after: Problem[]) {
  const known = new Set(before.map(formatProblem));
  for (const problem of after) {
    const line = formatProblem(problem);
    if (problem.severity === 'error' && !known.has(line)) console.error(`content error: ${line}`);
  }
}

/**
 * True inside `next build`. The build renders only the static 404 shell; articles are not read then, so
 * build time does not grow with the archive and no copy of the content is baked into the build.
 */
const isBuilding = () => process.env.NEXT_PHASE === 'phase-production-build';

/** The build watches nothing: its one render reads no articles. */
const NO_FEED: ChangeFeed = { live: false, size: 0, take: () => new Set<string>(), putBack: () => {}, close: () => {} };

/** Reads what changed since `previous` (everything the first time) and rebuilds the index when needed. */
async function refresh(previous: State | undefined): Promise<State> {
  const feed = (holder.feed ??= isBuilding() ? NO_FEED : watchContent(scheduleRefresh));
  const now = Date.now();
  const full = !previous || !feed.live || now - previous.fullScanAt >= FULL_SCAN_MS;
  const changed = full ? new Set<string>() : feed.take();
  if (previous && !full && changed.size === 0) {
    previous.checkedAt = now;
    return previous;
  }
  const configStamp = `${await stampOf('site.yml')}:${await stampOf('sections.yml')}`;
  const configChanged = !previous || previous.configStamp !== configStamp;
  let { site, sections, configProblems } = previous ?? { site: undefined, sections: [], configProblems: [] };
  if (configChanged || !site) {
    const siteFile = parseSiteFile('site.yml', await readContentText('site.yml'));
    const sectionsFile = parseSectionsFile('sections.yml', await readContentText('sections.yml'));
    ({ config: site } = siteFile);
    ({ sections } = sectionsFile);
    configProblems = [...siteFile.problems, ...sectionsFile.problems];
  }
  const ctx = parseContextOf(site, sections);
  const scopes = isBuilding() ? [] : full || configChanged ? ['articles', 'authors'] : [...changed].filter((p) => /^(articles|authors)(\/|$)/.test(p));
  // On start, files unchanged since the last run parsed them are not read or parsed again.
  // The listing runs on a worker thread meanwhile: both are long at 100,000 files, and one does not need the other.
  const earlyListing = !previous && scopes.includes('articles') ? listScopeInWorker('articles') : undefined;
  const saved = previous || isBuilding() ? undefined : loadFileIndex(ctx);
  const articleFiles = new Map(saved?.articleFiles ?? previous?.articleFiles);
  const authorFiles = new Map(saved?.authorFiles ?? previous?.authorFiles);
  const reparse = configChanged && !saved;
  const unsettled: string[] = [];
  const touchedArticles: string[] = [];
  const touchedAuthors: string[] = [];
  let reread = false;
  for (const scope of scopes) {
    const files = scope.startsWith('articles')
      ? reconcile(
        articleFiles, scope, reparse, articleParser(ctx), unsettled, (stamps) => parseInWorkers(stamps, ctx, importProgress(stamps.length)),
        touchedArticles, scope === 'articles' ? earlyListing : undefined,
      )
      : reconcile(authorFiles, scope, false, readAuthorFile, unsettled, undefined, touchedAuthors);
    if (await files) reread = true;
  }
  const dirty = configChanged || reread;
  // Only the files re-read or gone are written, off the request path; every row when the parse settings changed.
  const rewriteAll = previous ? reparse : !saved;
  if ((reread || rewriteAll) && !isBuilding()) {
    scheduleIndexWrite(ctx, [...touchedArticles, ...touchedAuthors], rewriteAll, () => holder.state);
  }
  feed.putBack(unsettled);
  if (previous && !dirty) return { ...previous, checkedAt: now, fullScanAt: full ? now : previous.fullScanAt };

  const changedArticles = [...new Set(touchedArticles)];
  const changedAuthors = [...new Set(touchedAuthors)];
  const journal = await updateJournal(previous, articleFiles, changedArticles);
  const problems: Problem[] = [...configProblems];
  for (const entry of articleFiles.values()) if (entry.parsed.problems.length) problems.push(...entry.parsed.problems);
  for (const entry of authorFiles.values()) if (entry.parsed.problems.length) problems.push(...entry.parsed.problems);
  const incremental = previous && !configChanged && changedAuthors.length === 0 ? patchIndex(previous, articleFiles, changedArticles, problems) : undefined;
  const catalog = incremental?.catalog ?? fullCatalog(articleFiles, authorFiles, sections, problems);
  logNewErrors(previous?.catalog.problems ?? [], catalog.problems);
  if (previous) {
    const slugs = changedSlugs(previous.articleFiles, articleFiles, changedArticles);
    changeLog().record(configChanged || changedAuthors.length ? [SITE_TAG] : catalogChangeTags(previous.catalog.bySlug, catalog.bySlug, slugs));
    // The patch's changes are the slugs' own, recorded above: only the navigation is left to compare.
    if (incremental?.view) adoptView(incremental.view.view, catalog.sections, false);
  }
  const stampSum = previous
    ? updateSum(
        previous.stampSum,
        [...stampsOf(previous.articleFiles, changedArticles), ...stampsOf(previous.authorFiles, changedAuthors)],
        [...stampsOf(articleFiles, changedArticles), ...stampsOf(authorFiles, changedAuthors)],
      )
    : sumStamps([...articleFiles.values(), ...authorFiles.values()].map((e) => e.stamp));
  return {
    configStamp, site, configProblems, sections, articleFiles, authorFiles, journal, catalog,
    version: contentVersion(stampSum, configStamp), stampSum, view: incremental?.view,
    // After a long first import, the next full scan is a minute after it ended, not at once.
    checkedAt: now, fullScanAt: full ? Date.now() : previous!.fullScanAt,
  };
}

/** Records renamed articles' old paths, so they redirect to the new ones (and keeps that across restarts). */
async function updateJournal(
  previous: State | undefined, articleFiles: Map<string, FileEntry<ArticleRecord>>, changed: string[],
): Promise<RedirectJournal> {
  if (!previous) return loadJournal();
  // A file that did not change cannot have moved: only the changed ones are compared.
  const valid = (files: Map<string, FileEntry<ArticleRecord>>) =>
    new Map(changed.flatMap((file) => {
      const value = files.get(file)?.parsed.value;
      return value ? [[file, value] as const] : [];
    }));
  const moves = detectMoves(valid(previous.articleFiles), valid(articleFiles));
  if (!moves.length) return previous.journal;
  const journal = recordMoves(previous.journal, moves);
  for (const [from, to] of moves) console.info(`content: ${from} moved to slug "${to}"; the old path now redirects`);
  if (!(await saveJournal(journal))) {
    console.warn(`content: could not save the redirects journal at ${savedJournalPath()}; add the old paths to the articles' \`aliases\` to keep the redirects after a restart`);
  }
  return journal;
}

/** Re-indexes now (one refresh at a time); changes that arrive meanwhile schedule another. */
function refreshNow(): Promise<State> {
  holder.refreshing ??= refresh(holder.state)
    .then((next) => (holder.state = next))
    .finally(() => {
      holder.refreshing = undefined;
      if (holder.feed?.size) scheduleRefresh();
    });
  return holder.refreshing;
}

/** After a file event, re-index shortly even if no request comes, so errors reach the log at once. */
function scheduleRefresh() {
  if (holder.timer) return;
  holder.timer = setTimeout(() => {
    holder.timer = undefined;
    refreshNow().catch((err) => console.error('content: refresh failed', err));
  }, SETTLE_MS * 2);
  holder.timer.unref();
}

/** Stops watching the content folder and drops a scheduled re-index and file-index write (tests, before they remove their folder). */
export function stopWatching(): void {
  holder.feed?.close();
  clearTimeout(holder.timer);
  stopIndexWrites();
  holder.timer = undefined;
}

/**
 * Records what a new published view changed against the last one: articles made public or hidden, and what
 * every page shows (the navigation: a section gaining its first public article or losing its last; the
 * breaking-news banner).
 */
function adoptView(view: PublishedView, sections: Section[], compareArticles = true) {
  const last = holder.lastView;
  // The banner as pages showed it when the last view was adopted: by now its time may have run out.
  const now = new Date();
  const breaking = breakingKey(viewBreakingStory(view, now));
  const live = new Set(view.articles.flatMap((a) => (a.live && isLiveNow(a, now) ? [a.slug] : [])));
  holder.lastView = { view, sections, breaking, live };
  if (!last) return;
  const nav = navigationKey(last.sections, last.view.bySection) !== navigationKey(sections, view.bySection) || last.breaking !== breaking;
  if (nav) changeLog().record([SITE_TAG]);
  else if (compareArticles) changeLog().record(publicationChangeTags(last.view, view));
  // A live badge shows on the article and on every page linking to it, which all carry the article's tag.
  const badges = [...live, ...last.live].filter((slug) => live.has(slug) !== last.live.has(slug));
  if (badges.length) changeLog().record(badges.map(articleTag));
}

/** The numbered log of content changes by page tag, kept for the life of the process. */
export function changeLog(): ChangeLog {
  return (holder.changes ??= new ChangeLog(CHANGE_WINDOW_MS));
}

/** The current content state, re-checked for changes at most once a second. */
export async function currentState(): Promise<State> {
  const state = holder.state;
  if (state && Date.now() - state.checkedAt < CHECK_INTERVAL_MS) return state;
  if (!state) return refreshNow();
  // A re-check runs beside the requests, which get the state it replaces until it is done: on a busy server reading
  // a changed file takes several laps of the event loop, and the request that waited for it took over a second.
  refreshNow().catch((err) => console.error('content: refresh failed', err));
  return state;
}

/** The articles public at `now`, reused until the next scheduled publication or expiry. */
export async function publishedView(now = new Date()): Promise<PublishedView> {
  const state = await currentState();
  if (state.view && now.getTime() < state.view.until) return state.view.view;
  const view = buildPublishedView(state.catalog, now);
  state.view = { view, until: nextPublishChange(state.catalog.articles, now) };
  adoptView(view, state.catalog.sections);
  return view;
}
