import { Fragment } from 'react';
import { splitBodyAfterParagraphs } from '@/lib/content/body-split';
import type { AdConfig, PlacedSlot } from '@/lib/content/ad-config';
import { AdSlot } from './AdSlot';

/** The rendered body, with the in-body ad slots between its top-level paragraphs (never inside a block). */
export function ArticleBody({ html, slots, house, adLabel }: { html: string; slots: PlacedSlot[]; house?: AdConfig['house']; adLabel?: string }) {
  const inBody = slots.filter((s) => s.position === 'article-body').sort((a, b) => a.afterParagraph! - b.afterParagraph!);
  const { pieces, made } = splitBodyAfterParagraphs(html, inBody.map((s) => s.afterParagraph!));
  const placed = made.map((n) => inBody.find((s) => s.afterParagraph === n)!);
  return (
    <>
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          <div className="article-body" dangerouslySetInnerHTML={{ __html: piece }} />
          {placed[i] ? <AdSlot slot={placed[i]} house={house} label={adLabel} /> : null}
        </Fragment>
      ))}
    </>
  );
}
