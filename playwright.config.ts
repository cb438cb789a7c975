import { defineConfig } from '@playwright/test';
import { type FoundBrowser, findBrowser } from './src/build/findBrowser';

/**
 * Browser tests against the built site (npm run build first), served by src/build/serve.ts.
 * Every spec runs at desktop width; tests tagged `@phone` run again at 375 px with touch.
 * Env: E2E_PORT (default 4173), OUT_DIR (the build to test, default dist), CHROMIUM_PATH.
 */
let browser: FoundBrowser;
try {
  browser = findBrowser();
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}

const port = Number(process.env.E2E_PORT) || 4173;
const baseURL = `http://localhost:${port}/`;
// Playwright decides headless or headed itself (--headed works).
const args = browser.args.filter((a) => a !== '--headless');

export default defineConfig({
  testDir: 'e2e',
  // E2E_OUTPUT keeps concurrent runs from wiping each other's traces.
  outputDir: process.env.E2E_OUTPUT || 'test-results',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: 'list',
  // Generous: tests share two cores with builds; expectations, not sleeps, keep them fast.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    launchOptions: { executablePath: browser.executablePath, args },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-GB',
    timezoneId: 'UTC',
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    { name: 'phone', grep: /@phone/, use: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
  ],
  webServer: {
    command: 'npm run serve',
    url: baseURL,
    env: { PORT: String(port), OUT_DIR: process.env.OUT_DIR || 'dist', BASE: '/' },
    reuseExistingServer: !process.env.CI,
    // Generous: tests share two cores with builds; expectations, not sleeps, keep them fast.
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
