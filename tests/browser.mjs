// Finds a Chromium for Playwright, or provisions one, and says what it did.
// Order: Playwright's own browser → $CHROMIUM_PATH → /usr/bin/chromium → `playwright install chromium`
// (fails without the CDN, so it is time-limited) → `apt-get install -y chromium` (root only).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const say = (message) => console.log(`[browser] ${message}`);

function playwrightOwn() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const systemCandidates = () =>
  [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(
    (p) => p && existsSync(p),
  );

function run(command, args, timeoutMs) {
  say(`running: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs });
  return result.status === 0;
}

/** Returns the executable path to launch, or exits with a clear message. */
export function findBrowser() {
  const own = playwrightOwn();
  if (own) {
    say(`using Playwright's own Chromium: ${own}`);
    return own;
  }
  const system = systemCandidates()[0];
  if (system) {
    say(`using system Chromium: ${system}`);
    return system;
  }
  say('no Chromium found; trying `playwright install chromium` (needs the Playwright CDN)…');
  if (run('npx', ['playwright', 'install', 'chromium'], 90_000) && playwrightOwn()) {
    say(`installed Playwright's Chromium: ${playwrightOwn()}`);
    return playwrightOwn();
  }
  if (process.getuid?.() === 0) {
    say("Playwright's download failed; installing Debian's chromium with apt-get…");
    run('apt-get', ['update', '-qq'], 300_000);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], 600_000);
    const installed = systemCandidates()[0];
    if (installed) {
      say(`installed system Chromium: ${installed}`);
      return installed;
    }
  }
  console.error(
    '[browser] No Chromium is available and none could be installed. Install one (as root: `apt-get install -y chromium`)\n' +
      '          or set CHROMIUM_PATH to a Chromium/Chrome executable, then run the tests again.',
  );
  process.exit(1);
}
