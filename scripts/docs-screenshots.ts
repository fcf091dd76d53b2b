/**
 * Takes the README's screenshots (front page on desktop, an article on a phone, a live blog) from a running
 * site: `npm run docs:screenshots -- http://localhost:3000 [file.webp…]` (only the files named, when some are).
 * Writes small WebP files under docs/.
 */
import path from 'node:path';
import sharp from 'sharp';
import { launchBrowser } from '../tests/helpers/browser';

const base = (process.argv[2] ?? 'http://localhost:3000').replace(/\/$/, '');
const shots = [
  { file: 'front-desktop.webp', path: '/', viewport: { width: 1366, height: 900 }, scale: 1 },
  { file: 'article-phone.webp', path: '/politics/leaders-debate-housing', viewport: { width: 390, height: 844 }, scale: 2 },
  { file: 'article-live-blog.webp', path: '/politics/coalition-talks-live', viewport: { width: 1366, height: 1800 }, scale: 1 },
];
const only = process.argv.slice(3);

async function main() {
  const browser = await launchBrowser();
  try {
    for (const shot of shots.filter((s) => !only.length || only.includes(s.file))) {
      const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: shot.scale });
      const page = await context.newPage();
      await page.goto(`${base}${shot.path}`, { waitUntil: 'networkidle' });
      const png = await page.screenshot();
      const out = path.join(__dirname, '..', 'docs', shot.file);
      await sharp(png).resize({ width: shot.viewport.width }).webp({ quality: 70 }).toFile(out);
      console.log(`wrote ${path.relative(process.cwd(), out)}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
