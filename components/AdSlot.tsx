import type { CSSProperties } from 'react';
import type { AdConfig, PlacedSlot } from '@/lib/content/ad-config';

/**
 * One labelled ad slot with its space reserved (its size, or its phone size on narrow screens), so whatever fills it
 * later never moves the page. Empty, or the house promotion, unless the ad server adapter fills it.
 */
export function AdSlot({ slot, house, label = 'Advertisement' }: { slot: PlacedSlot; house?: AdConfig['house']; label?: string }) {
  const style = {
    '--ad-w': `${slot.size.width}px`, '--ad-h': `${slot.size.height}px`,
    ...(slot.mobileSize ? { '--ad-mw': `${slot.mobileSize.width}px`, '--ad-mh': `${slot.mobileSize.height}px` } : {}),
  } as CSSProperties;
  const sizes = [slot.size, ...(slot.mobileSize ? [slot.mobileSize] : [])].map((s) => `${s.width}x${s.height}`).join(',');
  return (
    <div className={`ad-slot ad-slot--${slot.position}`} role="group" aria-labelledby={`${slot.id}-label`}>
      <p className="ad-slot__label" id={`${slot.id}-label`}>
        {label}
      </p>
      {slot.unit ? (
        // The ad server writes into this box, perhaps before React hydrates the page: as raw HTML its content is
        // the ad server's, and hydration leaves it alone instead of finding a mismatch and rebuilding the page.
        <div className="ad-slot__box" id={slot.id} style={style} data-ad-position={slot.position} data-ad-sizes={sizes} data-ad-unit={slot.unit} dangerouslySetInnerHTML={{ __html: '' }} />
      ) : (
        <div className="ad-slot__box" id={slot.id} style={style} data-ad-position={slot.position} data-ad-sizes={sizes}>
          {house ? house.href ? <a href={house.href}>{house.text}</a> : <span>{house.text}</span> : null}
        </div>
      )}
    </div>
  );
}
