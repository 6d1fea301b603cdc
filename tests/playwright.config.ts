import { defineConfig, devices } from '@playwright/test';

/** Port of the test server; set RXTRAY_E2E_PORT to run two suites side by side. */
const port = Number(process.env['RXTRAY_E2E_PORT'] ?? 4329);
/** Port of the sub-path deploy (`npm run build:base`, served under /rxtray/); RXTRAY_E2E_BASE_PORT or port + 100. */
const basePort = Number(process.env['RXTRAY_E2E_BASE_PORT'] ?? port + 100);
/** Chromium found or provisioned by tests/browser.mjs (run by `npm test`); unset uses Playwright's own. */
const executablePath = process.env['CHROMIUM_PATH'];

export default defineConfig({
  testDir: '.',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  outputDir: '.artifacts/playwright',
  fullyParallel: true,
  workers: 4,
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // The offline test turns the service worker on; elsewhere it would only precache the whole site per test.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: ['e2e/phone.spec.ts', 'e2e/base-path.spec.ts'] },
    // The same site built with base '/rxtray/' and served only under that prefix, like a GitHub project page.
    {
      name: 'base-path',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${basePort}/rxtray/` },
      testMatch: ['e2e/base-path.spec.ts'],
    },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: ['e2e/phone.spec.ts'] },
  ],
  webServer: [
    {
      // Serves the production build (npm test builds first) the way a plain static host does: no `astro preview`,
      // which answers "/404/" with 404.html and so hides what a real host breaks.
      command: `node tests/static-server.mjs --root dist --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      cwd: '..',
    },
    {
      // The sub-path build (npm test runs `npm run build:base`), under /rxtray/ only: anything outside it is a 404.
      command: `node tests/static-server.mjs --root tests/.artifacts/dist-rxtray --base /rxtray/ --port ${basePort}`,
      url: `http://127.0.0.1:${basePort}/rxtray/__rxtray-test__/up`,
      reuseExistingServer: false,
      timeout: 60_000,
      cwd: '..',
    },
  ],
});
