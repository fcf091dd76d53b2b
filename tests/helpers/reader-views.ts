/** Request headers of a desktop browser opening a page: what the site counts as a reader's view for "Most read". */
export const READER_HEADERS = {
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
  'sec-fetch-dest': 'document',
};

/** Opens each path as a reader would (see READER_HEADERS), so "Most read" has something to list; returns the statuses. */
export async function readAsReader(baseUrl: string, paths: string[], headers: Record<string, string> = READER_HEADERS): Promise<number[]> {
  const statuses: number[] = [];
  for (const pathname of paths) statuses.push((await fetch(`${baseUrl}${pathname}`, { headers })).status);
  return statuses;
}

/** Sample articles a browser-stage server is read on before its pages are checked, so they carry the box. */
export const SAMPLE_READS = ['/politics/hung-assembly-count', '/politics/hung-assembly-count', '/politics/coalition-talks-live', '/business/builders-pause-projects'];
