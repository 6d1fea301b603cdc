// `npm run screenshots -- /path/ [/other/]`: screenshots of built pages at phone and desktop widths,
// light and dark, into tests/.artifacts/screenshots/. Serves dist/ with tests/static-server.mjs (run `npm run build` first).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findBrowser } from './browser.mjs';
import { startPreview } from './preview.mjs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/learn/dispensing/'];
const out = new URL('./.artifacts/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const { url, stop } = await startPreview(4331);
const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox', '--disable-gpu'] });
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
for (const path of paths) {
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      await page.goto(`${url}${path}`);
      await page.waitForLoadState('networkidle');
      const name = `${path.replaceAll('/', '_').replace(/^_|_$/g, '') || 'home'}-${size}-${scheme}.png`;
      await page.screenshot({ path: out + name, fullPage: process.env.FULL === '1' });
      console.log(out + name);
      await page.close();
    }
  }
}
await browser.close();
stop();
process.exit(0);
