import { ContentImage } from './ContentImage';

/** The article's lead image with its caption and credit, sized up front so nothing shifts. */
export function HeroFigure({ src, alt, caption, credit }: { src: string; alt?: string; caption?: string; credit?: string }) {
  return (
    <figure className="hero">
      <ContentImage src={src} alt={alt ?? ''} width={1200} height={675} preload sizes="(min-width: 80rem) 54rem, (min-width: 64rem) calc(100vw - 26rem), calc(100vw - 2rem)" />
      {caption || credit ? (
        <figcaption>
          {caption}
          {credit ? <span className="hero__credit">{` ${credit}`}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
