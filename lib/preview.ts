import { createHash, timingSafeEqual } from 'node:crypto';

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
