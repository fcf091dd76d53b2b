import { parseArgs } from 'node:util';

/** The command-line settings `npm run bench` and `npm run bench:cluster` share. */
export interface BenchOptions {
  articles: number;
  seed: number;
  duration: number;
  connections: number;
  skipBuild: boolean;
  keep: boolean;
}

/** Reads the shared flags (`--help` prints `usage` and exits); whole numbers are checked against their minimums. */
export function benchOptions(usage: string, defaults: { articles: number; minArticles: number }): BenchOptions {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: String(defaults.articles) },
      seed: { type: 'string', default: '1' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '20' },
      'skip-build': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const int = (name: 'articles' | 'seed' | 'duration' | 'connections', min: number) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}\n${usage}`);
    return n;
  };
  return {
    articles: int('articles', defaults.minArticles), seed: int('seed', 0), duration: int('duration', 1), connections: int('connections', 1),
    skipBuild: values['skip-build']!, keep: values.keep!,
  };
}
