// Starts a new draft article: `npm run new -- "Headline" --section World [--author id] [--date ISO]`.
import { parseArgs } from 'node:util';
import { articleFileSlugs, contentDirExists, createContentFile, loadContentQuietly } from '../lib/content/check-files';
import { displayPath } from '../lib/content/check-report';
import { parseIsoDate } from '../lib/content/dates';
import { contentDir, resolveInside } from '../lib/content/load';
import { collectSlugsInUse, planNewArticle } from '../lib/content/new-article';
import { slugify } from '../lib/content/slug';

const USAGE = 'usage: npm run new -- "Headline here" --section World [--author jane-doe] [--date 2025-03-01T09:30]';

function finish(output: string, code: number): void {
  // Exit explicitly (after the output is flushed) so a file watcher in the store cannot keep the process alive.
  (code ? process.stderr : process.stdout).write(output, () => process.exit(code));
}

async function main() {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        section: { type: 'string', short: 's' },
        author: { type: 'string', short: 'a', multiple: true },
        date: { type: 'string', short: 'd' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return finish(`${(err as Error).message}\n${USAGE}\n`, 1);
  }
  if (args.values.help) return finish(`${USAGE}\n`, 0);
  if (!contentDirExists()) return finish(`no content folder at ${displayPath(contentDir(), process.cwd())}: set CONTENT_DIR\n`, 1);

  const state = await loadContentQuietly();
  const section = args.values.section ?? state.site.defaultSection;
  if (!section) return finish(`name the section with --section (site.yml sets no defaultSection)\n${USAGE}\n`, 1);
  const date = args.values.date === undefined ? new Date() : parseIsoDate(args.values.date, state.site.timezone);
  if (!date) return finish(`--date: expected an ISO date like 2025-03-01 or 2025-03-01T09:30, got "${args.values.date}"\n`, 1);

  const profiles = [...state.catalog.authors.values()].filter((a) => a.profileFile);
  const knownAuthors = new Set(profiles.flatMap((a) => [a.id, slugify(a.name)]));
  const plan = planNewArticle({
    title: args.positionals.join(' '),
    section,
    authors: args.values.author ?? [],
    date,
    timeZone: state.site.timezone,
    sections: state.sections,
    otherSections: state.catalog.sections,
    slugsInUse: collectSlugsInUse(articleFileSlugs(state)),
    knownAuthors,
  });
  if (!plan.ok) return finish(`cannot create the article: ${plan.message}\n`, 1);

  const shown = displayPath(resolveInside(plan.file) ?? plan.file, process.cwd());
  if (!createContentFile(plan.file, plan.text)) return finish(`cannot create the article: ${shown} already exists\n`, 1);
  const base = (process.env.SITE_URL || state.site.url || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '');
  const lines = [
    ...plan.notes.map((note) => `note: ${note}`),
    `created ${shown}`,
    `URL once published: ${base}/${plan.sectionSlug}/${plan.slug}`,
    'It is a draft: write the story and summary, then set `draft: false` to publish.',
  ];
  finish(`${lines.join('\n')}\n`, 0);
}

main().catch((err) => finish(`npm run new failed: ${(err as Error).stack ?? err}\n`, 1));
