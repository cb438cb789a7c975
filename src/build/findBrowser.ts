/**
 * Finds a Chromium to drive the same way on every machine: Playwright's e2e tests and the
 * Lighthouse bench both start the browser through here, so a clean clone on a laptop, in
 * CI or in a container without Playwright's download all take the same decision.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** What the lookup depends on; the defaults read the real process and file system. */
export interface BrowserLookup {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  /** Playwright's own downloaded Chromium, whether or not it is installed */
  playwrightPath: () => string | null;
  isRoot: boolean;
}

export interface FoundBrowser {
  executablePath: string;
  /** where the path came from, for messages */
  source: 'CHROMIUM_PATH' | 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH' | 'playwright' | 'system';
  args: string[];
}

export const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const BASE_ARGS = [
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Returns the Chromium launch arguments; the sandbox is dropped only as root, where Chromium refuses to start with it. */
export function browserArgs(isRoot: boolean): string[] {
  return isRoot ? [...BASE_ARGS, '--no-sandbox'] : [...BASE_ARGS];
}

export const NO_BROWSER_MESSAGE = [
  'No Chromium found for the browser tests and the bench. Do one of:',
  '  - install it from your system packages: apt-get install chromium',
  '  - let Playwright download its own: npx playwright install chromium',
  '  - point at an existing Chrome or Chromium: export CHROMIUM_PATH=/path/to/chrome',
  `(looked at $CHROMIUM_PATH, $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, Playwright's download and ${SYSTEM_BROWSERS.join(', ')})`,
].join('\n');

/** Returns the Chromium to launch and its arguments, or throws an Error that says what to install or set. */
export function findBrowser(lookup: BrowserLookup = defaultLookup()): FoundBrowser {
  const args = browserArgs(lookup.isRoot);
  for (const name of ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'] as const) {
    const path = lookup.env[name]?.trim();
    if (!path) continue;
    // An explicit setting that points nowhere is a mistake to report, not to skip silently.
    if (!lookup.exists(path)) throw new Error(`${name} is set to ${path}, but there is no file there.\n\n${NO_BROWSER_MESSAGE}`);
    return { executablePath: path, source: name, args };
  }
  const downloaded = lookup.playwrightPath();
  if (downloaded && lookup.exists(downloaded)) return { executablePath: downloaded, source: 'playwright', args };
  const system = SYSTEM_BROWSERS.find((p) => lookup.exists(p));
  if (system) return { executablePath: system, source: 'system', args };
  throw new Error(NO_BROWSER_MESSAGE);
}

/** Returns the lookup over the real environment, file system and Playwright installation. */
export function defaultLookup(playwrightPath: () => string | null = readPlaywrightPath): BrowserLookup {
  return {
    env: process.env,
    exists: (p) => existsSync(p),
    playwrightPath: () => {
      try {
        return playwrightPath();
      } catch {
        return null; // Playwright throws when its browser registry has nothing for this platform.
      }
    },
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  };
}

function readPlaywrightPath(): string | null {
  // Synchronous on purpose: the Playwright config needs the answer while it is being evaluated.
  const require = createRequire(import.meta.url);
  const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
  return chromium.executablePath() || null;
}
