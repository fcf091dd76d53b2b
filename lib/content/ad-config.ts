import { z } from 'zod';
import { describe } from './schema';

/** Where a slot may go. Each is between blocks, never inside a paragraph, list or table. */
export const AD_POSITIONS = ['article-body', 'article-end', 'related', 'sidebar-top', 'section-front'] as const;
/** One of `AD_POSITIONS`. */
export type AdPosition = (typeof AD_POSITIONS)[number];

/** A slot's width and height in CSS pixels. */
export interface AdSize {
  width: number;
  height: number;
}

const size = (field: string) =>
  z.string({ error: (iss) => `expected a size like \`${field}: 300x250\`, got ${describe(iss.input)}` }).transform((v, ctx) => {
    const m = /^\s*(\d{1,4})\s*[x×]\s*(\d{1,4})\s*$/.exec(v);
    if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) {
      ctx.addIssue({ code: 'custom', message: `expected a size like \`${field}: 300x250\` (width x height in pixels), got ${describe(v)}` });
      return z.NEVER;
    }
    return { width: Number(m[1]), height: Number(m[2]) };
  });

const count = (field: string) =>
  z.number({ error: (iss) => `expected a whole number like \`${field}: 3\`, got ${describe(iss.input)}` }).int().min(1).max(100);

const slotSchema = z.object(
  {
    position: z.enum(AD_POSITIONS, { error: (iss) => `expected one of ${AD_POSITIONS.join(', ')}, got ${describe(iss.input)}` }),
    size: size('size'),
    mobileSize: size('mobileSize').optional(),
    afterParagraph: count('afterParagraph').optional(),
    afterItem: count('afterItem').optional(),
  },
  { error: (iss) => `expected a slot like \`- { position: article-end, size: 728x90 }\`, got ${describe(iss.input)}` },
).superRefine((slot, ctx) => {
  const needs = slot.position === 'article-body' ? 'afterParagraph' : slot.position === 'related' || slot.position === 'section-front' ? 'afterItem' : undefined;
  if (needs && slot[needs] === undefined) ctx.addIssue({ code: 'custom', path: [needs], message: `required for ${slot.position}: add \`${needs}: 3\`` });
});

/** `ads:` in site.yml. */
export const adConfigSchema = z.object({
  slots: z.array(slotSchema, { error: (iss) => `expected a list of slots, got ${describe(iss.input)}` }).default([]),
  maxPerPage: count('maxPerPage').optional(),
  /** A house promotion shown in every empty slot instead of a blank box. */
  house: z.object({ text: z.string().trim().min(1).max(200), href: z.string().regex(/^\/(?![/\\])\S*$/, { message: 'expected a path on this site, like /subscribe' }).optional() }).optional(),
  /** A Google Publisher Tag ad unit path prefix (`/1234567/courier`): turns on the GPT adapter. */
  network: z.string().regex(/^\/\d{1,20}(\/[\w.-]{1,100}){0,5}$/, { message: 'expected an ad unit path like /1234567/courier' }).optional(),
});

/** The site's advertising settings, as read from `site.yml`. */
export type AdConfig = z.infer<typeof adConfigSchema>;
/** One configured slot. */
export type AdSlotConfig = AdConfig['slots'][number];

/** A slot placed on a page: its configuration, and an id unique on the page. */
export interface PlacedSlot extends AdSlotConfig {
  id: string;
  /** The GPT ad unit (`<network>/<position>`) when site.yml names an ad network; the box is then left for GPT to fill. */
  unit?: string;
}

/**
 * The slots a page shows, in configuration order, up to `maxPerPage`; none when the article or its section opts
 * out. `positions` are those the page has: an article page has all but `section-front`, a section front only that.
 */
export function slotsForPage(config: AdConfig | undefined, positions: readonly AdPosition[], optedOut = false): PlacedSlot[] {
  if (!config || optedOut) return [];
  const placed = config.slots.filter((s) => positions.includes(s.position)).slice(0, config.maxPerPage ?? Infinity);
  return placed.map((slot, i) => ({ ...slot, id: `ad-${slot.position}-${i + 1}`, ...(config.network ? { unit: `${config.network}/${slot.position}` } : {}) }));
}
