import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: `.ci/run` installs it with apt; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags that keep Chromium quiet and offline on a closed network; only loopback resolves. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

/** Launches headless Chromium for a test file. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Where screenshots and reports go for people to look at (git-ignored). */
export function artifactDir(kind: '__screenshots__' | 'reports'): string {
  const dir = path.join(__dirname, '..', 'e2e', kind);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** A throwaway profile folder, for tools that need one. */
export function tempProfile(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
}
