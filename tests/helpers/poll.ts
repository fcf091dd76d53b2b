/**
 * Polls `check` until it returns true or `withinMs` passes; resolves to the time it took.
 * Throws with the last observation when the deadline passes, so a failure says what was seen.
 */
export async function within(withinMs: number, check: () => Promise<boolean | string>): Promise<number> {
  const started = Date.now();
  let last: boolean | string = false;
  while (Date.now() - started < withinMs) {
    last = await check();
    if (last === true) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not within ${withinMs} ms; last seen: ${String(last)}`);
}
