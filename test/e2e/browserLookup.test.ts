/** Where test/helpers/browser.ts looks for a browser, and what it says when there is none. */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { candidatePaths, findBrowser, onCI, skipLine } from '../helpers/browser';

describe('finding a browser', () => {
  it('takes PHULUC_BROWSER first, and looks nowhere else when it is none or names no executable', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'phuluc-browser-')), 'chrome');
    writeFileSync(file, '#!/bin/sh\n');
    chmodSync(file, 0o755);
    expect(findBrowser({ PHULUC_BROWSER: file, PATH: '/usr/bin' })).toEqual({ found: true, path: file });
    expect(findBrowser({ PHULUC_BROWSER: 'none', PATH: '/usr/bin' })).toEqual({ found: false, reason: 'PHULUC_BROWSER=none' });
    expect(findBrowser({ PHULUC_BROWSER: '/nowhere/chrome', PATH: '/usr/bin' })).toEqual({ found: false, reason: 'PHULUC_BROWSER=/nowhere/chrome is not an executable file' });
  });

  it('runs a macOS application bundle named in PHULUC_BROWSER', () => {
    const app = join(mkdtempSync(join(tmpdir(), 'phuluc-browser-')), 'Google Chrome.app');
    mkdirSync(join(app, 'Contents', 'MacOS'), { recursive: true });
    writeFileSync(join(app, 'Contents', 'MacOS', 'Google Chrome'), '#!/bin/sh\n');
    chmodSync(join(app, 'Contents', 'MacOS', 'Google Chrome'), 0o755);
    expect(findBrowser({ PHULUC_BROWSER: app }, 'darwin')).toEqual({ found: true, path: join(app, 'Contents', 'MacOS', 'Google Chrome') });
  });

  it('looks where each OS puts Chromium, Chrome and Edge', () => {
    const linux = candidatePaths('linux', { PATH: '/home/me/bin' });
    expect(linux.slice(0, 3)).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
    expect(linux).toEqual(expect.arrayContaining(['/usr/bin/microsoft-edge', '/home/me/bin/chromium', '/home/me/bin/google-chrome']));
    expect(candidatePaths('darwin', { HOME: '/Users/me' })).toEqual(
      expect.arrayContaining([
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
        '/Users/me/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      ]),
    );
    const windows = candidatePaths('win32', { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' });
    expect(windows).toEqual(
      expect.arrayContaining([
        'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
        'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
        'C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
        'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
        'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
      ]),
    );
  });

  it('says in one line why the browser tests were skipped and how to run them', () => {
    const line = skipLine({ found: false, reason: 'no Chromium, Chrome or Edge found' });
    expect(line).not.toContain('\n');
    expect(line).toContain('PHULUC_BROWSER');
  });

  it('treats CI=true (any value but false or 0) as CI', () => {
    expect([onCI({ CI: 'true' }), onCI({ CI: '1' }), onCI({ CI: 'false' }), onCI({ CI: '0' }), onCI({})]).toEqual([true, true, false, false, false]);
  });
});
