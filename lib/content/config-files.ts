import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { z } from 'zod';
import { siteSchema, sectionEntrySchema, type SiteConfig } from './schema';
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

/** Reads `site.yml`; a broken file falls back to defaults and reports why. */
export function parseSiteFile(file: string, text: string | undefined): { config: SiteConfig; problems: Problem[] } {
  const fallback = siteSchema.parse({});
  if (text === undefined) return { config: fallback, problems: [] };
  const yaml = readYaml(file, text);
  if (yaml.problems.length) return { config: fallback, problems: yaml.problems };
  const result = siteSchema.safeParse(yaml.value ?? {});
  if (result.success) return { config: result.data, problems: [] };
  return { config: fallback, problems: issuesToProblems(file, result.error.issues, (k) => keyLine(yaml, yaml.root, k)) };
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
      sections.push({ slug, name: result.data.name, description: result.data.description });
    }
  });
  return { sections, problems };
}
