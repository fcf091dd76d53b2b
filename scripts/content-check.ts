// Validates the whole content folder: `npm run content:check [-- <folder>] [--json]`.
// Exit code 1 when any file has an error, else 0.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { authorImageLines, contentDirExists, imageExists, loadContentQuietly } from '../lib/content/check-files';
import { buildCheckReport, displayPath, formatCheckReport } from '../lib/content/check-report';
import { lintCatalog } from '../lib/content/lint';
import { contentDir } from '../lib/content/load';

const USAGE = 'usage: npm run content:check [-- <content folder>] [--json]';

function finish(output: string, code: number, stream: NodeJS.WriteStream = process.stdout): void {
  // Exit only once the output is flushed (pipe writes are asynchronous on some platforms), and exit
  // explicitly so a file watcher in the store can never keep the process alive.
  stream.write(output, () => process.exit(code));
}

async function main() {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    return finish(`${(err as Error).message}\n${USAGE}\n`, 2, process.stderr);
  }
  if (args.values.help) return finish(`${USAGE}\n`, 0);
  if (args.positionals.length > 1) return finish(`expected at most one content folder\n${USAGE}\n`, 2, process.stderr);
  if (args.positionals[0]) process.env.CONTENT_DIR = path.resolve(args.positionals[0]);

  const root = contentDir();
  if (!contentDirExists()) {
    return finish(`no content folder at ${displayPath(root, process.cwd())}: set CONTENT_DIR or pass the folder\n`, 2, process.stderr);
  }
  const state = await loadContentQuietly();
  const warnings = lintCatalog(state.catalog, imageExists, {
    authorImageLines: await authorImageLines(state.catalog.authors.values()),
  });
  const report = buildCheckReport({
    problems: [...state.catalog.problems, ...warnings],
    articles: state.articleFiles.size,
    contentDir: root,
    cwd: process.cwd(),
  });
  const code = report.errors ? 1 : 0;
  finish(args.values.json ? `${JSON.stringify(report, null, 2)}\n` : formatCheckReport(report), code);
}

main().catch((err) => finish(`content:check failed: ${(err as Error).stack ?? err}\n`, 2, process.stderr));
