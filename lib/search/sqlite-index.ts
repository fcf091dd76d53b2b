import { discardCacheDatabase, openCacheDatabase, type CacheDatabase } from '../content/cache-database';
import { foldText, tokenize } from '../content/terms';
import { editDistance, trigrams } from './fuzzy';

/**
 * The layout of the search database. Change it whenever the tables or the folding change: a database of
 * another format is set aside and the archive indexed again, never read half-understood.
 */
export const SEARCH_FORMAT = 'search-5';

/** What the index holds for one article: searchable text, and the fields a result shows. */
export interface SearchDoc {
  id: string;
  title: string;
  tags: string;
  summary: string;
  authors: string;
  /** The whole body as plain text (every word is searchable, and excerpts come from here). */
  body: string;
  url: string;
  section: string;
  sectionName: string;
  /** Publication time in ms since the epoch. */
  date: number;
  /** What decided this document (see `searchFingerprint`): unchanged means no need to index it again. */
  fingerprint?: string;
}

/** One matching document with its score (higher is better) and the number of matches in all. */
export interface MatchRow extends Omit<SearchDoc, 'fingerprint' | 'tags' | 'authors' | 'body'> {
  score: number;
}

/** Which documents to match and in what order. */
export interface MatchQuery {
  /** An FTS5 query (no column filters of its own); undefined lists the documents the filters allow, newest first. */
  match?: string;
  section?: string;
  fromMs?: number;
  toMs?: number;
  newestFirst: boolean;
  nowMs: number;
  limit: number;
  /** How many to skip: (page - 1) × page size. */
  offset: number;
  /** At most this many matches are scored by body text (default SCORED_MATCHES; see `match`). */
  scoredMatches?: number;
  /** Of the older matches, at most this many (the newest) are scored on their headings (default SCORED_HEAD_MATCHES). */
  scoredHeadMatches?: number;
}

/** Words this long or shorter never get typo matching or suggestions, so the word list skips them. */
const MIN_VOCAB_WORD = 4;
const MAX_VOCAB_WORD = 40;
/** Field weights in column order: headline, tags, standfirst, bylines, body. */
const WEIGHTS = '5.0, 3.0, 2.0, 2.0, 1.0';
const HEAD_WEIGHTS = '5.0, 3.0, 2.0, 2.0';

function createTables(db: CacheDatabase) {
  db.exec(`
    CREATE TABLE docs (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, fingerprint TEXT NOT NULL, title TEXT NOT NULL,
      summary TEXT NOT NULL, url TEXT NOT NULL, section TEXT NOT NULL, section_name TEXT NOT NULL, date INTEGER NOT NULL);
    -- Bodies apart, so the rows a search scans and sorts stay a few hundred bytes each.
    CREATE TABLE texts (id INTEGER PRIMARY KEY, tags TEXT NOT NULL,
      authors TEXT NOT NULL, body TEXT NOT NULL);
    CREATE INDEX docs_by_date ON docs (date DESC);
    CREATE INDEX docs_by_section ON docs (section, date DESC);
    CREATE VIRTUAL TABLE fts USING fts5 (title, tags, summary, authors, body, content = '', contentless_delete = 1,
      tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'");
    -- The heading fields again, on their own: a few words an article, so even a common word's list here is short.
    CREATE VIRTUAL TABLE heads USING fts5 (title, tags, summary, authors, content = '', contentless_delete = 1,
      tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'");
    CREATE VIRTUAL TABLE fts_words USING fts5vocab (fts, 'row');
    CREATE TABLE words (word TEXT PRIMARY KEY) WITHOUT ROWID;
    CREATE VIRTUAL TABLE word_trigrams USING fts5 (word, tokenize = 'trigram', detail = 'none');
  `);
}

/** The recency boost: at most ×(1 + MAX) for a story published now, halving its extra every HALF_LIFE_DAYS. */
export const RECENCY = { MAX: 0.15, HALF_LIFE_DAYS: 90 };
/**
 * Row ids per second of publication time (see `idFor`): 2^20, so an archive imported with one date for every file
 * still fits (1,024 overflowed into a duplicate id and emptied the index), and ids stay exact integers for
 * dates from the year 1697 to 2242.
 */
const ID_SLOTS = 2 ** 20;
const idFloor = (ms: number) => Math.floor(ms / 1000) * ID_SLOTS;
const [MIN_ID, MAX_ID] = [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];

/** A relevance search scores at most this many matches by body text (see `match`). */
export const SCORED_MATCHES = 2_000;
/**
 * And at most this many older matches by their headings. A topic on a third of a 100,000-story archive put 30,000
 * older stories in the headings' lists, and scoring and sorting them took 75 ms a search.
 */
export const SCORED_HEAD_MATCHES = 2_000;

const recency = `(1 + ${RECENCY.MAX} * pow(0.5, max(0, @nowMs - d.date) / ${RECENCY.HALF_LIFE_DAYS * 86_400_000}.0))`;
const filters = '(@section IS NULL OR d.section = @section) AND (@fromMs IS NULL OR d.date >= @fromMs) AND (@toMs IS NULL OR d.date < @toMs)';
const columns = 'd.slug AS id, d.title, d.summary, d.url, d.section, d.section_name AS sectionName, d.date';

/** The site's full-text index: one SQLite database per content folder (FTS5, BM25), kept between runs. */
export class SearchIndex {
  private readonly statements;
  /** Words already in the word list, so a bulk import does not ask the database again for each. */
  private readonly seenWords = new Set<string>();

  constructor(private db: CacheDatabase) {
    const s = (sql: string) => db.prepare(sql);
    this.statements = {
      idOf: s('SELECT id FROM docs WHERE slug = ?').pluck(),
      insertDoc: s(`INSERT INTO docs (id, slug, fingerprint, title, summary, url, section, section_name, date)
        VALUES (@rowid, @id, @fingerprint, @title, @summary, @url, @section, @sectionName, @date)`),
      insertBody: s('INSERT INTO texts (id, tags, authors, body) VALUES (?, ?, ?, ?)'),
      insertText: s('INSERT INTO fts (rowid, title, tags, summary, authors, body) VALUES (?, ?, ?, ?, ?, ?)'),
      insertHead: s('INSERT INTO heads (rowid, title, tags, summary, authors) VALUES (?, ?, ?, ?, ?)'),
      deleteHead: s('DELETE FROM heads WHERE rowid = ?'),
      deleteDoc: s('DELETE FROM docs WHERE id = ?'),
      deleteBody: s('DELETE FROM texts WHERE id = ?'),
      deleteText: s('DELETE FROM fts WHERE rowid = ?'),
      addWord: s('INSERT OR IGNORE INTO words VALUES (?)'),
      addTrigrams: s('INSERT INTO word_trigrams (word) VALUES (?)'),
      docCount: s('SELECT doc FROM fts_words WHERE term = ?').pluck(),
      byTrigrams: s('SELECT word FROM word_trigrams WHERE word_trigrams MATCH ? AND length(word) BETWEEN ? AND ? ORDER BY rank LIMIT 400').pluck(),
      byInitial: s('SELECT word FROM words WHERE word >= ? AND word < ? AND length(word) BETWEEN ? AND ? LIMIT 4000').pluck(),
      fingerprints: s('SELECT slug, fingerprint FROM docs').raw(),
      doc: s('SELECT d.slug AS id, d.title, t.tags, d.summary, t.authors, t.body FROM docs d JOIN texts t USING (id) WHERE d.slug = ?'),
      // bm25() works only in a plain scan of the FTS table, so the scores are taken there and joined afterwards.
      // Row ids follow publication dates, so `rowid` ranges bound the scan and the newest come first (see idFor).
      ranked: s(`WITH hits AS MATERIALIZED (
          SELECT rowid, -bm25(fts, ${WEIGHTS}) AS relevance FROM fts WHERE fts MATCH @match AND rowid >= @boundary AND rowid < @hi
          UNION ALL
          SELECT rowid, -bm25(heads, ${HEAD_WEIGHTS}) FROM heads WHERE heads MATCH @match AND rowid >= @headsFrom AND rowid < @boundary)
        SELECT ${columns}, h.relevance * ${recency} AS score FROM hits h JOIN docs d ON d.id = h.rowid WHERE ${filters}
        ORDER BY score DESC, d.date DESC, d.slug LIMIT @limit OFFSET @offset`),
      newest: s(`SELECT ${columns}, 0 AS score FROM fts JOIN docs d ON d.id = fts.rowid
        WHERE fts MATCH @match AND fts.rowid >= @lo AND fts.rowid < @hi AND ${filters} ORDER BY fts.rowid DESC LIMIT @limit OFFSET @offset`),
      nthNewest: s('SELECT rowid FROM fts WHERE fts MATCH ? AND rowid >= ? AND rowid < ? ORDER BY rowid DESC LIMIT 1 OFFSET ?').pluck(),
      nthNewestHead: s('SELECT rowid FROM heads WHERE heads MATCH ? AND rowid >= ? AND rowid < ? ORDER BY rowid DESC LIMIT 1 OFFSET ?').pluck(),
      lastIdIn: s('SELECT max(id) FROM docs WHERE id >= ? AND id < ?').pluck(),
      matchedCount: s('SELECT count(*) FROM fts WHERE fts MATCH ? AND rowid >= ? AND rowid < ?').pluck(),
      matchedFilteredCount: s(`SELECT count(*) FROM fts JOIN docs d ON d.id = fts.rowid
        WHERE fts MATCH @match AND fts.rowid >= @lo AND fts.rowid < @hi AND ${filters}`).pluck(),
      listed: s(`SELECT ${columns}, 0 AS score FROM docs d WHERE ${filters} ORDER BY d.date DESC, d.slug LIMIT @limit OFFSET @offset`),
      listedCount: s(`SELECT count(*) FROM docs d WHERE ${filters}`).pluck(),
    };
  }

  /** The index in this content folder's cache database, or in memory (tests); a bad file is started afresh. */
  static open(inMemory = false): SearchIndex {
    return new SearchIndex(openCacheDatabase('search.sqlite', SEARCH_FORMAT, createTables, inMemory));
  }

  /** Closes the database and deletes its file, for a fresh start after it turned out to be damaged. */
  discardFile(): void {
    discardCacheDatabase(this.db);
  }

  /** The database's file (`:memory:` for an index in memory). */
  get fileName(): string {
    return this.db.name;
  }

  /** Closes the database. */
  close(): void {
    this.db.close();
  }

  /** Runs `work` as one transaction: a batch of changes is written once, and a crash keeps all or none of it. */
  transaction(work: () => void): void {
    this.db.transaction(work)();
  }

  /** True when an article with this slug is indexed. */
  has(slug: string): boolean {
    return this.statements.idOf.get(slug) !== undefined;
  }

  /** Indexes a document, replacing the one with its slug. */
  add(doc: SearchDoc): void {
    this.discard(doc.id);
    const rowid = this.idFor(doc.date);
    this.statements.insertDoc.run({ ...doc, rowid, fingerprint: doc.fingerprint ?? '' });
    this.statements.insertBody.run(rowid, doc.tags, doc.authors, doc.body);
    const text = [doc.title, doc.tags, doc.summary, doc.authors, doc.body].map(foldText);
    this.statements.insertText.run(rowid, ...text);
    this.statements.insertHead.run(rowid, ...text.slice(0, 4));
    for (const field of text) for (const word of tokenize(field)) this.rememberWord(word);
  }

  /**
   * A row id that sorts with the publication date: the second, times ID_SLOTS, plus a free slot. A search then
   * walks the newest matches first and turns a date filter into a row-id range, without reading a row.
   */
  private idFor(dateMs: number): number {
    const base = idFloor(dateMs);
    const last = this.statements.lastIdIn.get(base, base + ID_SLOTS) as number | null;
    if (last === null) return base;
    if (last + 1 < base + ID_SLOTS) return last + 1;
    // A million stories in one second: the rest go to the seconds after it, first free slot on.
    return this.idFor(dateMs + 1000);
  }

  private rememberWord(word: string) {
    if (word.length < MIN_VOCAB_WORD || word.length > MAX_VOCAB_WORD || /^\d+$/.test(word) || this.seenWords.has(word)) return;
    if (this.seenWords.size > 200_000) this.seenWords.clear();
    this.seenWords.add(word);
    if (this.statements.addWord.run(word).changes) this.statements.addTrigrams.run(word);
  }

  /** Removes an article from the index (nothing happens when it is not there). */
  discard(slug: string): void {
    const id = this.statements.idOf.get(slug);
    if (id === undefined) return;
    this.statements.deleteText.run(id);
    this.statements.deleteHead.run(id);
    this.statements.deleteBody.run(id);
    this.statements.deleteDoc.run(id);
  }

  /** Slug → fingerprint of every indexed article: what a sync compares with the published articles. */
  fingerprints(): Map<string, string> {
    return new Map(this.statements.fingerprints.all() as [string, string][]);
  }

  /** The stored text of one article, for excerpts and for telling which words matched. */
  doc(slug: string): Pick<SearchDoc, 'id' | 'title' | 'tags' | 'summary' | 'authors' | 'body'> | undefined {
    return this.statements.doc.get(slug) as ReturnType<SearchIndex['doc']>;
  }

  /** How many indexed articles contain this (folded) word now. */
  articlesWith(word: string): number {
    return (this.statements.docCount.get(word) as number | undefined) ?? 0;
  }

  /** Indexed words within `maxDistance` edits of `word` (not the word itself), closest first, at most `limit`. */
  wordsNear(word: string, maxDistance: number, limit: number): string[] {
    if (maxDistance < 1) return [];
    const [min, max] = [Math.max(1, word.length - maxDistance), word.length + maxDistance];
    const runs = trigrams(word);
    let candidates = runs.length ? (this.statements.byTrigrams.all(runs.map((r) => `"${r}"`).join(' OR '), min, max) as string[]) : [];
    const near = (list: string[]) =>
      list.flatMap((c) => (c === word ? [] : [{ c, d: editDistance(word, c, maxDistance) }])).filter((x) => x.d <= maxDistance);
    let found = near(candidates);
    // A short word with a typo in its middle may share no three-letter run with the word it meant.
    if (!found.length) {
      candidates = this.statements.byInitial.all(word[0], `${word[0]}\uffff`, min, max) as string[];
      found = near(candidates);
    }
    return found.sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1)).slice(0, limit).map((x) => x.c);
  }

  /** One window of the documents a query matches, best (or newest) first, with the number of matches in all. */
  match(query: MatchQuery): { rows: MatchRow[]; total: number } {
    const filterParams = { section: query.section ?? null, fromMs: query.fromMs ?? null, toMs: query.toMs ?? null };
    const window = { limit: query.limit, offset: query.offset };
    const st = this.statements;
    if (query.match === undefined) {
      return { rows: st.listed.all({ ...filterParams, ...window }) as MatchRow[], total: st.listedCount.get(filterParams) as number };
    }
    const range = { lo: query.fromMs === undefined ? MIN_ID : idFloor(query.fromMs), hi: query.toMs === undefined ? MAX_ID : idFloor(query.toMs - 1) + ID_SLOTS };
    const params = { ...filterParams, ...window, ...range, match: query.match };
    // Counting the matches alone is a walk of the index's lists, far cheaper than scoring them.
    const total = (query.section === undefined ? st.matchedCount.get(query.match, range.lo, range.hi) : st.matchedFilteredCount.get(params)) as number;
    let rows: MatchRow[] = [];
    if (!total) return { rows, total };
    if (query.newestFirst) rows = st.newest.all(params) as MatchRow[];
    else {
      // Scoring costs microseconds a match: a word in much of the archive is scored in its newest
      // SCORED_MATCHES articles, plus the SCORED_HEAD_MATCHES newest older ones with it in the headline, topics, standfirst or byline.
      const cap = query.scoredMatches ?? SCORED_MATCHES;
      const nth = query.section === undefined && total > cap ? (st.nthNewest.get(query.match, range.lo, range.hi, cap - 1) as number | undefined) : undefined;
      const boundary = nth ?? range.lo;
      const headCap = query.scoredHeadMatches ?? SCORED_HEAD_MATCHES;
      const headsFrom = nth === undefined ? undefined : (st.nthNewestHead.get(query.match, range.lo, boundary, headCap - 1) as number | undefined);
      rows = st.ranked.all({ ...params, nowMs: query.nowMs, boundary, headsFrom: headsFrom ?? range.lo }) as MatchRow[];
    }
    return { rows, total };
  }
}
