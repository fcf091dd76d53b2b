import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { z } from 'zod';
import { siteLanguages, siteSchema, sectionEntrySchema, type SiteConfig } from './schema';
import { adConfigSchema } from './ad-config';
import type { Section } from './catalog';
import type { Problem } from './problems';
import { slugify } from './slug';
import { RESERVED_SECTION_SLUGS, reservedSlugMessage } from './reserved';

interface YamlFile {
  value: unknown;
  lineOfNode(node: Node | null | undefined): number;
  root: Node | null;
  problems: Problem[];
}

function readYaml(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false });
  const problems: Problem[] = doc.errors.map((e) => ({
    file, line: lineCounter.linePos(e.pos[0]).line, message: `invalid YAML: ${e.message.split('\n')[0]}`, severity: 'error' as const,
  }));
  return {
    value: problems.length ? undefined : doc.toJS(),
    root: doc.contents as Node | null,
    lineOfNode: (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1),
    problems,
  };
}

function keyLine(yaml: YamlFile, map: Node | null | undefined, key: string): number {
  if (isMap(map)) {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair) return yaml.lineOfNode(pair.key as Node);
  }
  return yaml.lineOfNode(map);
}

function issuesToProblems(file: string, issues: z.core.$ZodIssue[], lineOf: (key: string) => number): Problem[] {
  return issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    return { file, line: lineOf(field), field: field || undefined, message: issue.message, severity: 'error' as const };
  });
}

/** The line of the node at `path` (keys and list indexes) under `root`, or of the deepest one found on the way. */
function pathLine(yaml: YamlFile, path: PropertyKey[]): number {
  let node: Node | null | undefined = yaml.root;
  let line = 1;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === step);
      if (!pair) break;
      line = yaml.lineOfNode(pair.key as Node);
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      node = node.items[step] as Node;
      line = yaml.lineOfNode(node);
    } else break;
  }
  return line;
}

/** The `ads:` block: read on its own, so a mistake in it turns the ads off and leaves the rest of the settings alone. */
function readAds(file: string, yaml: YamlFile, value: unknown): { ads?: SiteConfig['ads']; problems: Problem[] } {
  if (value === undefined || value === null) return { problems: [] };
  const result = adConfigSchema.safeParse(value);
  if (result.success) return { ads: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file, line: pathLine(yaml, ['ads', ...issue.path]), field: ['ads', ...issue.path].join('.'),
      message: `${issue.message} (no ad slots are shown until this is fixed)`, severity: 'error' as const,
    })),
  };
}

/** Site settings with `languages` complete: the main language first. */
function siteConfig(data: ReturnType<typeof siteSchema.parse>): SiteConfig {
  return { ...data, languages: siteLanguages(data.language, data.languages) };
}

/** Reads `site.yml`; a broken file falls back to defaults and reports why. */
export function parseSiteFile(file: string, text: string | undefined): { config: SiteConfig; problems: Problem[] } {
  const fallback = siteConfig(siteSchema.parse({}));
  if (text === undefined) return { config: fallback, problems: [] };
  const yaml = readYaml(file, text);
  if (yaml.problems.length) return { config: fallback, problems: yaml.problems };
  const value = (yaml.value ?? {}) as Record<string, unknown>;
  const result = siteSchema.safeParse(value);
  const { ads, problems } = readAds(file, yaml, typeof value === 'object' ? value.ads : undefined);
  if (result.success) {
    const config = siteConfig(result.data);
    return { config: ads ? { ...config, ads } : config, problems };
  }
  return { config: fallback, problems: [...issuesToProblems(file, result.error.issues, (k) => keyLine(yaml, yaml.root, k)), ...problems] };
}

/** Reads `sections.yml` (an ordered list of name, slug, description); bad entries are left out and reported. */
export function parseSectionsFile(file: string, text: string | undefined): { sections: Section[]; problems: Problem[] } {
  if (text === undefined) return { sections: [], problems: [] };
  const yaml = readYaml(file, text);
  if (yaml.problems.length) return { sections: [], problems: yaml.problems };
  if (!Array.isArray(yaml.value)) {
    return { sections: [], problems: [{ file, line: 1, message: 'expected a list of sections, each `- name: World`', severity: 'error' }] };
  }
  const sections: Section[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  yaml.value.forEach((entry, index) => {
    const node = isSeq(yaml.root) ? (yaml.root.items[index] as Node) : null;
    const result = sectionEntrySchema.safeParse(entry);
    if (!result.success) {
      problems.push(...issuesToProblems(file, result.error.issues, (k) => keyLine(yaml, node, k)));
      return;
    }
    const slug = result.data.slug ?? slugify(result.data.name);
    const line = keyLine(yaml, node, result.data.slug ? 'slug' : 'name');
    if (RESERVED_SECTION_SLUGS.has(slug) || !slug) {
      problems.push({ file, line, field: 'slug', message: reservedSlugMessage(result.data.name, slug), severity: 'error' });
    } else if (seen.has(slug)) {
      problems.push({ file, line, field: 'slug', message: `"${slug}" is listed twice: keep one entry`, severity: 'error' });
    } else {
      seen.add(slug);
      sections.push({ slug, name: result.data.name, description: result.data.description, ...(result.data.ads === false ? { ads: false as const } : {}) });
    }
  });
  return { sections, problems };
}
