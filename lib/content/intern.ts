import type { ArticleRecord } from './parse-article';

const one = (pool: Map<string, string>, s: string): string => {
  const known = pool.get(s);
  if (known !== undefined) return known;
  pool.set(s, s);
  return s;
};
const many = (pool: Map<string, string>, list: string[]): string[] => {
  for (let i = 0; i < list.length; i++) list[i] = one(pool, list[i]);
  return list;
};

/**
 * Makes the words, tags, bylines and section names that many records repeat share one string each (`pool` holds them).
 * Records read back from a database or a worker thread each carry their own copies: at 100,000 articles, three
 * million copies of a few thousand distinct words took about 80 MB.
 */
export function internRecord(record: ArticleRecord, pool: Map<string, string>): ArticleRecord {
  many(pool, record.terms);
  many(pool, record.tags);
  many(pool, record.authorRefs);
  record.sectionSlug = one(pool, record.sectionSlug);
  record.sectionName = one(pool, record.sectionName);
  record.language = one(pool, record.language);
  if (record.image) record.image = one(pool, record.image);
  if (record.imageCredit) record.imageCredit = one(pool, record.imageCredit);
  return record;
}
