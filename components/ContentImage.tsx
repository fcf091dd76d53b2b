import { getImageProps } from 'next/image';
import { preload as preloadResource } from 'react-dom';

/**
 * A content image through next/image's `getImageProps`: responsive `srcset` from the image optimizer
 * (sharp) for raster files from the content folder, passed through as-is for SVG and for images on
 * other hosts (which the optimizer refuses without a host allow-list). Rendered as a plain `<img>`
 * on the server, so pictures add no client component to hydrate.
 */
export function ContentImage({
  src, alt, width, height, sizes, preload = false, className,
}: { src: string; alt: string; width: number; height: number; sizes: string; preload?: boolean; className?: string }) {
  const { props } = getImageProps({
    src,
    alt,
    width,
    height,
    sizes,
    preload,
    loading: preload ? 'eager' : 'lazy',
    unoptimized: /^https?:\/\//.test(src),
    className,
  });
  if (preload) {
    // The likely largest paint: let the browser fetch it before it meets the <img>.
    preloadResource(props.src, { as: 'image', fetchPriority: 'high', imageSrcSet: props.srcSet, imageSizes: props.sizes });
  }
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- props come from getImageProps, alt included
  return <img {...props} />;
}
