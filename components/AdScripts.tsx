import { GPT_SCRIPT_URL } from '@/lib/security-policy.mjs';

/**
 * The Google Publisher Tag and the site's adapter for it, on a page with ad slots when site.yml names a network
 * (`ads.network`); the page's script policy then names GPT's origin (lib/security-policy.mjs). Nothing otherwise.
 */
export function AdScripts({ network, slots }: { network?: string; slots: number }) {
  if (!network || !slots) return null;
  return (
    <>
      <script async src={GPT_SCRIPT_URL} />
      <script async src="/api/ad-slots.js" />
    </>
  );
}
