// Measures the "You might like" sidebar: `npm run eval:related [-- --sizes 1000,10000] [--no-sample]`.
// Synthetic newsrooms with known topic clusters give precision@5, coverage and diversity; then the
// sample newsroom's lists are printed for a person to judge. Exit code 1 when a target is missed.
import { parseArgs } from 'node:util';
import { loadContentQuietly } from '../lib/content/check-files';
import { contentDir } from '../lib/content/load';
import { evaluateSynthetic, relatedListing, type RelatedMetrics } from '../lib/content/related-eval';
import { publishedView } from '../lib/content/store';

/** The targets: at least this precision@5, every list full, none empty. */
const TARGET = { precision: 0.9, coverage: 1 };

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pad = (s: string, n: number) => s.padStart(n);

function table(rows: { size: number; m: RelatedMetrics; seconds: number }[]): string {
  const head = ['articles', 'precision@5', 'coverage', 'empty', 'diversity', 'ms/article', 'total s', 'target'];
  const lines = rows.map(({ m, seconds }) => [
    String(m.articles), m.precision.toFixed(3), pct(m.coverage), String(m.emptyLists), pct(m.diversity),
    m.msPerArticle.toFixed(2), seconds.toFixed(1), missed(m).length ? `MISSED (${missed(m).join(', ')})` : 'met',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) => cells.map((c, i) => pad(c, widths[i])).join('  ');
  return [row(head), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(row)].join('\n');
}

function missed(m: RelatedMetrics): string[] {
  const misses: string[] = [];
  if (m.precision < TARGET.precision) misses.push(`precision < ${TARGET.precision}`);
  if (m.coverage < TARGET.coverage) misses.push('lists not full');
  if (m.emptyLists > 0) misses.push('empty lists');
  return misses;
}

async function sample(): Promise<void> {
  const state = await loadContentQuietly();
  const view = await publishedView();
  console.log(`\nSample newsroom (${contentDir()}): ${view.articles.length} published articles, ${state.catalog.problems.filter((p) => p.severity === 'error').length} errors\n`);
  for (const { article, related } of relatedListing(view)) {
    console.log(`${article.title}  [${article.sectionName}; ${article.tagRefs.map((t) => t.name).join(', ')}]`);
    for (const other of related) console.log(`    → ${other.title}  [${other.sectionName}; ${other.tagRefs.map((t) => t.name).join(', ')}]`);
  }
}

async function main() {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, 'no-sample': { type: 'boolean' } } });
  const sizes = values.sizes!.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const rows = [];
  for (const size of sizes) {
    const started = performance.now();
    const m = evaluateSynthetic({ articles: size });
    rows.push({ size, m, seconds: (performance.now() - started) / 1000 });
    process.stderr.write(`evaluated ${size} articles\n`);
  }
  console.log(`Related articles on synthetic newsrooms (clusters of 25 with shared noise words and tags; target precision@5 ≥ ${TARGET.precision}, every list full)\n`);
  console.log(table(rows));
  if (!values['no-sample']) await sample();
  const failed = rows.some((r) => missed(r.m).length);
  if (failed) console.error('\nA target was missed.');
  // Exit explicitly: the content store's file watcher would keep the process alive.
  process.stdout.write('', () => process.exit(failed ? 1 : 0));
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
