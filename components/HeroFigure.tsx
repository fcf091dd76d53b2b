/** The article's lead image with its caption and credit, sized up front so nothing shifts. */
export function HeroFigure({ src, alt, caption, credit }: { src: string; alt?: string; caption?: string; credit?: string }) {
  return (
    <figure className="hero">
      {/* eslint-disable-next-line @next/next/no-img-element -- content images are served from the content folder */}
      <img src={src} alt={alt ?? ''} width={1200} height={675} fetchPriority="high" decoding="async" />
      {caption || credit ? (
        <figcaption>
          {caption}
          {credit ? <span className="hero__credit">{` ${credit}`}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
