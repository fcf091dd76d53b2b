import { applyFields, DESK_TEXT_FIELDS, type DeskFields } from '../content/desk-edit';
import type { DeskContext } from '../content/desk-context';
import { parseIsoDate } from '../content/dates';
import { planNewArticle } from '../content/new-article';
import { parseArticle } from '../content/parse-article';
import type { DeskUser } from './users';

/** A save as the desk plans it before touching the disk: the file and its new text, or the problems by form field. */
export type SavePlan = { ok: true; file: string; text: string; warnings: Record<string, string[]> } | { ok: false; status: number; errors: Record<string, string[]> };

const FORM_FIELDS = new Set<string>([...DESK_TEXT_FIELDS, 'body']);
const add = (map: Record<string, string[]>, field: string, message: string) => (map[FORM_FIELDS.has(field) ? field : 'file'] ??= []).push(message);

/**
 * Checks a desk save against the user's role and the site's own checks: writers may only write drafts and edit files
 * that are drafts; publishing needs alt text for a picture. A new story gets its path in the site's layout
 * (`articles/<section>/<date>-<slug>.md`) with a slug no other file uses.
 */
export function planSave(
  user: DeskUser, fields: DeskFields, existing: { file: string; text: string; draft: boolean } | undefined, context: DeskContext, now = new Date(),
): SavePlan {
  const errors: Record<string, string[]> = {};
  if (user.role !== 'editor' && (!fields.draft || (existing && !existing.draft))) {
    add(errors, 'file', 'Writers save drafts only: an editor publishes, schedules and unpublishes stories.');
    return { ok: false, status: 403, errors };
  }
  let file = existing?.file;
  if (!file) {
    const date = fields.date.trim() ? parseIsoDate(fields.date, context.ctx.timeZone) : now;
    if (!date) add(errors, 'date', `expected a time like 2026-12-08T09:30, got "${fields.date}"`);
    const plan = planNewArticle({
      title: fields.title, section: fields.section || context.site.defaultSection || '', authors: [], date: date ?? now,
      timeZone: context.ctx.timeZone, sections: context.sections, otherSections: context.otherSections, slugsInUse: context.slugsInUse, knownAuthors: new Set(context.authorIds),
    });
    if (!plan.ok) add(errors, fields.title.trim() ? 'section' : 'title', plan.message);
    else file = plan.file;
    if (!fields.date.trim() && date) fields = { ...fields, date: date.toISOString() };
  }
  if (!file) return { ok: false, status: 422, errors };
  const text = applyFields(existing?.text, fields);
  const warnings: Record<string, string[]> = {};
  for (const problem of parseArticle(file, text, context.ctx).problems) {
    add(problem.severity === 'error' ? errors : warnings, problem.field ?? 'file', problem.message);
  }
  if (!fields.draft && fields.image.trim() && !fields.imageAlt.trim()) add(errors, 'imageAlt', 'required before publishing: describe the picture for readers who cannot see it');
  return Object.keys(errors).length ? { ok: false, status: 422, errors } : { ok: true, file, text, warnings };
}
