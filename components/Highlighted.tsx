import { Fragment } from 'react';
import type { Segment } from '@/lib/search/highlight';

/** Text with the matched words in `<mark>`; React escapes every run, so nothing in it is read as HTML. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <Fragment key={i}>{s.text}</Fragment>))}
    </>
  );
}
