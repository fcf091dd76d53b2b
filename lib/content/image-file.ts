import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { contentDir } from './load';

/** Pictures larger than this are not served: no news photo needs it, and it bounds what one request reads. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** An open picture from the content folder's `images/`, ready to stream. */
export interface ImageFile {
  size: number;
  /** Changes whenever the file is replaced or edited (size, modification time, inode). */
  etag: string;
  /** The file's bytes as a web stream; closes the file when read to the end or cancelled. */
  stream(): ReadableStream<Uint8Array>;
  /** Closes the file without reading it (a 304 answer). */
  close(): Promise<void>;
}

const refusedSegment = (s: string) => s === '' || s.startsWith('.') || /[/\\\0]/.test(s);

/**
 * Opens `images/<segments…>` when its real path, links resolved, lies inside the real `images/` folder
 * (a link to an embargoed article or to site.yml elsewhere in the content folder is refused), it is a
 * regular file and it is at most MAX_IMAGE_BYTES. Undefined otherwise.
 */
export async function openImageFile(segments: string[]): Promise<ImageFile | undefined> {
  if (segments.length === 0 || segments.some(refusedSegment)) return undefined;
  let handle: fs.FileHandle | undefined;
  try {
    const imagesRoot = await fs.realpath(path.join(contentDir(), 'images'));
    const real = await fs.realpath(path.join(imagesRoot, ...segments));
    if (!real.startsWith(imagesRoot + path.sep)) return undefined;
    // A link swapped in after realpath would be followed by a plain open.
    handle = await fs.open(real, constants.O_RDONLY | constants.O_NOFOLLOW);
    const stat = await handle.stat();
    if (!stat.isFile() || stat.size > MAX_IMAGE_BYTES) {
      await handle.close();
      return undefined;
    }
    const opened = handle;
    return {
      size: stat.size,
      etag: `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}-${stat.ino.toString(36)}"`,
      stream: () => Readable.toWeb(opened.createReadStream()) as ReadableStream<Uint8Array>,
      close: () => opened.close(),
    };
  } catch {
    await handle?.close().catch(() => undefined);
    return undefined;
  }
}
