import { createHash, timingSafeEqual } from 'node:crypto';
import { previewModeId } from './content/build-info';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * True when `given` is the preview secret (`PREVIEW_SECRET`). Compares digests in constant time,
 * so response timing reveals nothing about the secret; no secret configured means no previews.
 */
export function previewSecretMatches(given: string | null | undefined): boolean {
  const secret = process.env.PREVIEW_SECRET;
  if (!secret || !given) return false;
  return timingSafeEqual(digest(secret), digest(given));
}

/**
 * True when `value` is the draft-mode cookie Next itself would accept (this build's preview id), and
 * previews are configured at all. A forged or stale cookie turns nothing on, in the proxy or in nginx.
 */
export function isDraftModeCookie(value: string | undefined): boolean {
  const id = process.env.PREVIEW_SECRET ? previewModeId() : '';
  if (!id || !value) return false;
  return timingSafeEqual(digest(id), digest(value));
}
