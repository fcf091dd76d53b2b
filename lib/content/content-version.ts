import { createHash, hash } from 'node:crypto';
import type { FileStamp } from './load';

const MASK = (1n << 64n) - 1n;

/** One file's share of the content version: 64 bits of a hash of its path, size and modification time. */
export function stampValue(stamp: FileStamp): bigint {
  return hash('sha1', `${stamp.file}:${stamp.mtimeMs}:${stamp.size}`, 'buffer').readBigUInt64BE(0);
}

/**
 * The sum of the files' shares (mod 2^64). A sum, not a hash of the list, so that one saved file changes it by
 * removing its old share and adding its new one, without visiting the rest of a large archive; and it is the
 * same whatever order the files were listed in, so two servers on one folder agree.
 */
export function sumStamps(stamps: Iterable<FileStamp>): bigint {
  let sum = 0n;
  for (const stamp of stamps) sum = (sum + stampValue(stamp)) & MASK;
  return sum;
}

/** `sum` after the files `before` were replaced by `after` (either may hold files the other does not). */
export function updateSum(sum: bigint, before: Iterable<FileStamp>, after: Iterable<FileStamp>): bigint {
  for (const stamp of before) sum = (sum - stampValue(stamp)) & MASK;
  for (const stamp of after) sum = (sum + stampValue(stamp)) & MASK;
  return sum;
}

/** The content version token: the files' sum and the settings files' stamp. */
export function contentVersion(sum: bigint, configStamp: string): string {
  return `${sum.toString(16).padStart(16, '0')}.${createHash('sha1').update(configStamp).digest('hex').slice(0, 8)}`;
}
