/**
 * After the run (the "browser" project's globalTeardown, so below jest's summary): when no browser
 * was found, the one line saying why the browser tests were skipped and how to run them.
 */
import { findBrowser, skipLine } from '../helpers/browser';

export default function globalTeardown(): void {
  const browser = findBrowser();
  if (!browser.found) process.stderr.write(`${skipLine(browser)}\n`);
}
