import Image from 'next/image';

/**
 * A content image through next/image: resized and re-encoded by sharp for raster files from the
 * content folder, passed through as-is for SVG and for images on other hosts (which the optimizer
 * would refuse without a host allow-list).
 */
export function ContentImage({
  src, alt, width, height, sizes, preload = false, className,
}: { src: string; alt: string; width: number; height: number; sizes: string; preload?: boolean; className?: string }) {
  return (
    <Image
      src={src}
      alt={alt}
      width={width}
      height={height}
      sizes={sizes}
      preload={preload}
      loading={preload ? 'eager' : 'lazy'}
      unoptimized={/^https?:\/\//.test(src)}
      className={className}
    />
  );
}
