'use client';

import { useEffect, useState } from 'react';
import type { LiveUpdate } from '@/lib/live-update';

/**
 * The entries of a live article, newest first. The server renders them (the page reads fully without JavaScript);
 * while coverage runs this island asks `/api/live/<slug>` every `pollMs` whether the file changed (an empty 304 when
 * not) and swaps in the new list, so added, edited and removed entries all show without a reload.
 */
export function LiveEntries({
  slug, initial, pollMs, newLabels = ['new entry', 'new entries'],
}: { slug: string; initial: LiveUpdate; pollMs: number; newLabels?: [string, string] }) {
  const [state, setState] = useState(initial);
  const [added, setAdded] = useState(0);
  useEffect(() => {
    if (!state.live) return;
    const timer = setInterval(async () => {
      if (document.hidden) return;
      try {
        const response = await fetch(`/api/live/${encodeURIComponent(slug)}`, { cache: 'no-store', headers: { 'if-none-match': `"${state.version}"` } });
        if (response.status !== 200) return;
        const next: LiveUpdate = await response.json();
        const known = new Set(state.entries.map((e) => e.id));
        setAdded(next.entries.filter((e) => !known.has(e.id)).length);
        setState(next);
      } catch {
        // Offline for a moment: the next tick asks again.
      }
    }, pollMs);
    return () => clearInterval(timer);
  }, [slug, pollMs, state]);
  return (
    <>
      <p className="sr-only" role="status">{added ? `${added} ${newLabels[added === 1 ? 0 : 1]}` : ''}</p>
      <div className="live-entries">
        {state.entries.map((e) => (
          <article key={e.id} id={e.id} className="live-entry" aria-labelledby={`${e.id}-time`}>
            <header className="live-entry__header">
              <a className="live-entry__time" id={`${e.id}-time`} href={`#${e.id}`}>
                <time dateTime={e.time}>{e.label}</time>
              </a>
              {e.title ? <h2 className="live-entry__title">{e.title}</h2> : null}
            </header>
            <div className="article-body" dangerouslySetInnerHTML={{ __html: e.html }} />
          </article>
        ))}
      </div>
    </>
  );
}
