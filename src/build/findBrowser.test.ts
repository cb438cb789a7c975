import { describe, expect, it } from 'vitest';
import { type BrowserLookup, browserArgs, defaultLookup, findBrowser, NO_BROWSER_MESSAGE } from './findBrowser';

function lookup(overrides: Partial<BrowserLookup> & { files?: string[] }): BrowserLookup {
  const files = new Set(overrides.files ?? []);
  return {
    env: {},
    exists: (p) => files.has(p),
    playwrightPath: () => '/home/u/.cache/ms-playwright/chromium-1/chrome',
    isRoot: false,
    ...overrides,
  };
}

describe('findBrowser(lookup)', () => {
  it('prefers CHROMIUM_PATH over everything else', () => {
    const found = findBrowser(lookup({ env: { CHROMIUM_PATH: '/opt/chrome' }, files: ['/opt/chrome', '/usr/bin/chromium'] }));
    expect(found).toMatchObject({ executablePath: '/opt/chrome', source: 'CHROMIUM_PATH' });
  });

  it('honours PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', () => {
    const found = findBrowser(lookup({ env: { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/opt/pw' }, files: ['/opt/pw'] }));
    expect(found.source).toBe('PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH');
  });

  it('reports a CHROMIUM_PATH that points nowhere instead of skipping it', () => {
    expect(() => findBrowser(lookup({ env: { CHROMIUM_PATH: '/nope' }, files: ['/usr/bin/chromium'] }))).toThrow(/CHROMIUM_PATH is set to \/nope/);
  });

  it("uses Playwright's download when it is on disk", () => {
    const path = '/home/u/.cache/ms-playwright/chromium-1/chrome';
    expect(findBrowser(lookup({ files: [path, '/usr/bin/chromium'] }))).toMatchObject({ executablePath: path, source: 'playwright' });
  });

  it('falls back to the system browsers in order', () => {
    expect(findBrowser(lookup({ files: ['/usr/bin/google-chrome', '/usr/bin/chromium-browser'] })).executablePath).toBe('/usr/bin/chromium-browser');
    expect(findBrowser(lookup({ playwrightPath: () => null, files: ['/usr/bin/chromium'] })).source).toBe('system');
  });

  it('throws a message that says what to install or set', () => {
    expect(() => findBrowser(lookup({}))).toThrow(NO_BROWSER_MESSAGE);
    expect(NO_BROWSER_MESSAGE).toMatch(/apt-get install chromium/);
    expect(NO_BROWSER_MESSAGE).toMatch(/npx playwright install chromium/);
    expect(NO_BROWSER_MESSAGE).toMatch(/CHROMIUM_PATH/);
  });

  it('turns a throwing Playwright lookup into "not downloaded"', () => {
    const real = defaultLookup(() => {
      throw new Error('unsupported platform');
    });
    expect(real.playwrightPath()).toBeNull();
  });
});

describe('browserArgs(isRoot)', () => {
  it('runs headless without GPU, QUIC or background traffic', () => {
    expect(browserArgs(false)).toEqual(expect.arrayContaining(['--headless', '--disable-gpu', '--disable-quic', '--disable-background-networking']));
  });

  it('drops the sandbox only as root', () => {
    expect(browserArgs(false)).not.toContain('--no-sandbox');
    expect(browserArgs(true)).toContain('--no-sandbox');
  });
});
