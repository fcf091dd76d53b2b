/**
 * A numbered log of content changes by tag (lib/content/page-tags.ts): each change the index takes gets the
 * next sequence number, and every tag it touches remembers the last number that touched it. A page stamped
 * with number n is unchanged while none of its tags was touched after n.
 */
export class ChangeLog {
  /** The number of the latest change; 0 before any. */
  seq = 0;
  private readonly touched = new Map<string, number>();
  /** Recent changes' numbers and times, oldest first, for `seqAt`. */
  private recent: { seq: number; at: number }[] = [];

  /** @param windowMs how far back `seqAt` can look; older changes are forgotten by it (not by `changedSince`). */
  constructor(private readonly windowMs: number) {}

  /** Records one change touching `tags` (nothing when there are none). */
  record(tags: Iterable<string>, at = Date.now()): void {
    const list = [...tags];
    if (!list.length) return;
    this.seq += 1;
    for (const tag of list) this.touched.set(tag, this.seq);
    this.recent = this.recent.filter((c) => c.at > at - this.windowMs);
    this.recent.push({ seq: this.seq, at });
  }

  /** The number of the last change made at or before `time`, which must lie within the window before now. */
  seqAt(time: number): number {
    const later = this.recent.find((c) => c.at > time);
    return later ? later.seq - 1 : this.seq;
  }

  /** True when any of `tags` was touched by a change numbered above `seq` (`*`, ANY_CHANGE_TAG: by any change). */
  changedSince(tags: Iterable<string>, seq: number): boolean {
    for (const tag of tags) if ((tag === '*' ? this.seq : (this.touched.get(tag) ?? 0)) > seq) return true;
    return false;
  }
}
