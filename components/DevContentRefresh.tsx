'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Development only: re-renders the page when a content file changes, so an editor running
 * `npm run dev` sees a saved Markdown file without reloading by hand.
 */
export function DevContentRefresh() {
  const router = useRouter();
  useEffect(() => {
    let known: string | undefined;
    const timer = setInterval(async () => {
      try {
        const { version } = await (await fetch('/api/content-version', { cache: 'no-store' })).json();
        if (known && version !== known) router.refresh();
        known = version;
      } catch {
        // The dev server is restarting; try again on the next tick.
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
