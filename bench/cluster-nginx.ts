// nginx for `npm run bench:cluster`: deploy/nginx.conf itself, with its paths and ports pointed at a temp folder
// and the benchmark's loopback ports. Nothing outside that folder is read or written.
import fs from 'node:fs';
import path from 'node:path';
import { get, sleep } from './http-probe';
import { start, type Child } from './processes';

/** Where Debian puts nginx. */
export const NGINX = '/usr/sbin/nginx';
/** The production config the benchmark runs. */
export const DEPLOY_CONFIG = path.join(__dirname, '..', 'deploy', 'nginx.conf');

/** Where and how the benchmark's nginx runs. */
export interface NginxSettings {
  /** A folder of its own (config, pid, logs, cache, temp files); nginx's workers must be able to enter it. */
  dir: string;
  /** The loopback port nginx listens on. */
  port: number;
  /** The instances' loopback ports, in the order of deploy/nginx.conf's `# bench: instance N` lines. */
  upstreamPorts: number[];
}

/** A running nginx. */
export interface BenchNginx {
  url: string;
  child: Child;
  /** The access log: one line per response and per background cache update: `cache-status upstream status uri`. */
  accessLog: string;
  stop(): Promise<void>;
}

/** Replaces the whole line that ends with `# bench: <marker>` (exactly one must exist), keeping its indentation. */
function replaceMarkedLine(config: string, marker: string, replacement: string): string {
  const pattern = new RegExp(`^([ \\t]*).*# bench: ${marker}[ \\t]*$`, 'gm');
  const matches = config.match(pattern);
  if (matches?.length !== 1) throw new Error(`deploy/nginx.conf: expected one line marked "# bench: ${marker}", found ${matches?.length ?? 0}`);
  return config.replace(pattern, (_line, indent: string) => replacement.split('\n').map((l) => indent + l).join('\n'));
}

/**
 * deploy/nginx.conf with the benchmark's paths and ports: pid, logs, cache and temp files in `settings.dir`,
 * `listen` on 127.0.0.1 only, the instances' ports, and `daemon off` so nginx stays the benchmark's child.
 * Every caching and proxy directive is left exactly as written.
 */
export function benchConfig(template: string, settings: NginxSettings): string {
  const { dir } = settings;
  let config = template;
  config = replaceMarkedLine(config, 'pid', `pid ${path.join(dir, 'nginx.pid')};`);
  config = replaceMarkedLine(config, 'error_log', `error_log ${path.join(dir, 'error.log')} warn;`);
  // The access log counts what reached the instances, background cache updates (subrequests) included.
  config = replaceMarkedLine(config, 'access_log', [
    `log_format bench '$upstream_cache_status $upstream_addr $status $request_uri';`,
    `access_log ${path.join(dir, 'access.log')} bench buffer=256k flush=200ms;`,
    'log_subrequest on;',
  ].join('\n'));
  settings.upstreamPorts.forEach((port, i) => {
    config = replaceMarkedLine(config, `instance ${i + 1}`, `server 127.0.0.1:${port};`);
  });
  const cacheLine = config.match(/^.*# bench: cache.*$/m)?.[0];
  if (!cacheLine || !/proxy_cache_path \S+ /.test(cacheLine)) throw new Error('deploy/nginx.conf: no proxy_cache_path line marked "# bench: cache"');
  config = config.replace(cacheLine, cacheLine.replace(/proxy_cache_path \S+ /, `proxy_cache_path ${path.join(dir, 'cache')} `));
  config = replaceMarkedLine(config, 'listen', `listen 127.0.0.1:${settings.port};`);
  // Temp files would go to /var/lib/nginx by default.
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${path.join(dir, 'temp', t)};`);
  if (!/^http \{$/m.test(config)) throw new Error('deploy/nginx.conf: no "http {" line');
  config = config.replace(/^http \{$/m, `http {\n${temps.join('\n')}`);
  return `daemon off;\n${config}`;
}

/** Writes the bench copy of deploy/nginx.conf into `settings.dir`, checks it with `nginx -t` and starts nginx. */
export async function startNginx(settings: NginxSettings, probePath = '/'): Promise<BenchNginx> {
  if (!fs.existsSync(NGINX)) throw new Error(`nginx is not at ${NGINX}`);
  const { dir } = settings;
  fs.mkdirSync(path.join(dir, 'temp'), { recursive: true });
  // Run as root, nginx's workers become an unprivileged user, who must be able to reach the cache folder.
  fs.chmodSync(dir, 0o755);
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(conf, benchConfig(fs.readFileSync(DEPLOY_CONFIG, 'utf8'), settings));
  const test = start(NGINX, ['-t', '-q', '-c', conf, '-p', dir]);
  if ((await test.exited) !== 0) throw new Error(`nginx -t refused the config:\n${test.output()}`);
  await test.stop();
  const child = start(NGINX, ['-c', conf, '-p', dir]);
  const url = `http://127.0.0.1:${settings.port}`;
  let ended = false;
  child.exited.then(() => (ended = true));
  for (let tries = 0; ; tries++) {
    if (ended) throw new Error(`nginx exited:\n${child.output()}\n${readIfExists(path.join(dir, 'error.log'))}`);
    const status = await get(`${url}${probePath}`).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (tries > 200) throw new Error(`nginx did not answer 200 for ${probePath} (last: ${status}):\n${readIfExists(path.join(dir, 'error.log'))}`);
    await sleep(50);
  }
  return { url, child, accessLog: path.join(dir, 'access.log'), stop: () => child.stop() };
}

function readIfExists(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').slice(-4000);
  } catch {
    return '';
  }
}

/** The access log's lines from byte `from` on, and where it ends now (for the next read). */
export function readAccessLog(file: string, from: number): { lines: string[]; end: number } {
  let text = '';
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const buffer = Buffer.alloc(Math.max(0, size - from));
      fs.readSync(fd, buffer, 0, buffer.length, from);
      text = buffer.toString();
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return { lines: [], end: from };
  }
  // Only whole lines: a partly flushed last line is read next time.
  const cut = text.lastIndexOf('\n') + 1;
  return { lines: text.slice(0, cut).split('\n').filter(Boolean), end: from + Buffer.byteLength(text.slice(0, cut)) };
}
