import fs from 'node:fs';
import path from 'node:path';
import { distDir } from './cache-files';

let cachedPreviewModeId: string | undefined;

/**
 * The value Next gives its draft-mode cookie in this build (`preview.previewModeId` of the build's
 * prerender manifest); empty when the manifest cannot be read, so no cookie can match it.
 */
export function previewModeId(): string {
  if (cachedPreviewModeId === undefined) {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(distDir(), 'prerender-manifest.json'), 'utf8'));
      const id = manifest?.preview?.previewModeId;
      cachedPreviewModeId = typeof id === 'string' ? id : '';
    } catch {
      cachedPreviewModeId = '';
    }
  }
  return cachedPreviewModeId;
}
