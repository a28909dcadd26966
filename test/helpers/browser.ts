/**
 * The one place that finds a browser for the end-to-end tests (test/e2e), the benches and the
 * scripts that drive the task pane: Chromium, Google Chrome or Microsoft Edge, driven by
 * playwright-core (never a browser downloaded by `npx playwright install`).
 *
 * PHULUC_BROWSER first: the path of the browser's executable, or `none` to look nowhere (the browser
 * tests are then skipped, as on a machine without a browser). Then where each OS puts them: Debian's
 * /usr/bin/chromium and the other Linux names (and the same names on PATH), the macOS applications,
 * the Windows installations under Program Files and LOCALAPPDATA.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, posix, win32 } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

/** The flags every launch uses (headless, no sandbox: CI runs as root in a container). */
export const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export type BrowserLookup = { found: true; path: string } | { found: false; reason: string };

type Env = Record<string, string | undefined>;

/** Command names looked up on PATH (Linux and other Unixes), most specific first. */
const LINUX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];

/** Where each OS puts Chromium, Chrome or Edge, in the order they are tried. */
export function candidatePaths(platform: NodeJS.Platform = process.platform, env: Env = process.env): string[] {
  if (platform === 'win32') {
    const bases = [env.PROGRAMFILES ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', env.LOCALAPPDATA].filter((b): b is string => Boolean(b));
    const apps = [
      ['Google', 'Chrome', 'Application', 'chrome.exe'],
      ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
      ['Chromium', 'Application', 'chrome.exe'],
    ];
    return apps.flatMap((app) => bases.map((base) => win32.join(base, ...app)));
  }
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    const home = env.HOME ?? homedir();
    return [...apps.map((app) => posix.join('/Applications', app)), ...apps.map((app) => posix.join(home, 'Applications', app))];
  }
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean);
  return [
    ...LINUX_NAMES.map((name) => posix.join('/usr/bin', name)),
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/opt/microsoft/msedge/msedge',
    ...LINUX_NAMES.flatMap((name) => onPath.map((dir) => join(dir, name))),
  ];
}

function isExecutable(path: string, platform: NodeJS.Platform): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser to drive: PHULUC_BROWSER, else the first of `candidatePaths` that is an executable file. */
export function findBrowser(env: Env = process.env, platform: NodeJS.Platform = process.platform): BrowserLookup {
  const chosen = env.PHULUC_BROWSER?.trim();
  if (chosen) {
    if (chosen.toLowerCase() === 'none') return { found: false, reason: 'PHULUC_BROWSER=none' };
    // A macOS application bundle names its executable after itself: "Google Chrome.app" runs Contents/MacOS/Google Chrome.
    const app = /([^/]+)\.app\/?$/.exec(chosen);
    const path = app ? posix.join(chosen, 'Contents', 'MacOS', app[1]!) : chosen;
    return isExecutable(path, platform) ? { found: true, path } : { found: false, reason: `PHULUC_BROWSER=${chosen} is not an executable file` };
  }
  const path = candidatePaths(platform, env).find((candidate) => isExecutable(candidate, platform));
  return path ? { found: true, path } : { found: false, reason: 'no Chromium, Chrome or Edge found' };
}

/** The one line that says why the browser tests did not run and how to run them. */
export function skipLine(lookup: Extract<BrowserLookup, { found: false }>): string {
  return `Browser tests skipped: ${lookup.reason}. To run them, install Chromium, Chrome or Edge, or set PHULUC_BROWSER to the browser's executable.`;
}

/** CI=true (or any CI value but false/0): a missing browser is a failure, not a skip. */
export const onCI = (env: Env = process.env): boolean => Boolean(env.CI) && !['false', '0'].includes(env.CI!.toLowerCase());

/** The browser's path, or an error that says how to get one (benches and scripts cannot skip). */
export function requireBrowser(env: Env = process.env): string {
  const lookup = findBrowser(env);
  if (!lookup.found) throw new Error(`${lookup.reason}: install Chromium, Chrome or Edge, or set PHULUC_BROWSER to the browser's executable`);
  return lookup.path;
}

/** Launches the browser found by `requireBrowser` with `BROWSER_ARGS`. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: requireBrowser(), args: BROWSER_ARGS });
}
