// The floor for serving an article: nginx sending the same HTML as a static file, under the same load.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, get, sleep } from './http-probe';
import { loadTest, type LoadResult, type LoadSettings } from './load-test';
import { onCleanup, remove, start } from './processes';

/** Where Debian puts nginx. */
export const NGINX = '/usr/sbin/nginx';

function config(dir: string, port: number): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, 'temp', name)};`;
  return `daemon off;
master_process on;
worker_processes 2;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  # autocannon keeps its connections open for the whole run, as it does with Next.
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:${port};
    location / {
      root ${path.join(dir, 'www')};
      default_type text/html;
      try_files /article.html =404;
    }
  }
}
`;
}

/** Serves `html` with nginx on loopback, load-tests `pathname` with `settings`, and stops nginx again. */
export async function nginxFloor(html: Buffer, pathname: string, settings: LoadSettings): Promise<LoadResult & { bytes: number }> {
  if (!fs.existsSync(NGINX)) throw new Error(`nginx is not at ${NGINX}: install it first (apt-get install -y nginx)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'courier-bench-nginx-'));
  const forget = onCleanup(() => remove(dir));
  // nginx's workers run as an unprivileged user when started as root: they must be able to read the file.
  fs.chmodSync(dir, 0o755);
  fs.mkdirSync(path.join(dir, 'www'));
  fs.mkdirSync(path.join(dir, 'temp'));
  fs.writeFileSync(path.join(dir, 'www', 'article.html'), html);
  const port = await freePort();
  fs.writeFileSync(path.join(dir, 'nginx.conf'), config(dir, port));
  const nginx = start(NGINX, ['-c', path.join(dir, 'nginx.conf'), '-p', dir]);
  try {
    const url = `http://127.0.0.1:${port}${pathname}`;
    for (let tries = 0; ; tries++) {
      const res = await get(url).catch(() => undefined);
      if (res?.status === 200 && res.body.equals(html)) break;
      if (tries > 100) throw new Error(`nginx did not serve the page: ${res?.status ?? 'no answer'}\n${nginx.output()}`);
      await sleep(50);
    }
    return { ...(await loadTest(url, settings)), bytes: html.length };
  } finally {
    await nginx.stop();
    remove(dir);
    forget();
  }
}
