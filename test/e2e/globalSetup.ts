/**
 * Once per jest run, before the first browser test (the "browser" project's globalSetup): find the
 * browser (test/helpers/browser.ts) and build the task pane's preview (dist-preview/) once for every
 * browser test file. No browser: the browser tests skip (globalTeardown prints the one line saying
 * how to run them), except under CI=true, where it is a failure.
 *
 * The build is skipped when dist-preview/ is already built from the same sources: a stamp inside it
 * lists every file webpack read (with its hash, and the paths its imports looked for in vain), so
 * only a change to what goes into the bundle builds again. Any other preview build (`npm run
 * preview`, the benches) removes the stamp (webpack's output.clean), so the next run builds again.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { findBrowser, onCI } from '../helpers/browser';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'dist-preview');
const STAMP = join(OUT, '.phuluc-sources.json');
/** What shapes the bundle besides the sources webpack reads (package.json only by its dependencies, in the lock). */
const ALWAYS = ['webpack.config.js', 'tsconfig.json', 'tsconfig.pane.json', 'package-lock.json'].map((file) => join(ROOT, file));

interface Stamp {
  /** Each file the build read, relative to the root, with its sha256. */
  files: Record<string, string>;
  /** Paths the build's imports looked for that do not exist (not even as a folder): one appearing could change the bundle. */
  missing: string[];
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function readStamp(): Stamp | null {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8')) as Stamp;
  } catch {
    return null;
  }
}

/** The stamp's files are unchanged, none of its missing paths exists, and every script the page loads first is there. */
function upToDate(stamp: Stamp | null): boolean {
  if (!stamp) return false;
  if (!Object.entries(stamp.files).every(([file, hash]) => isFile(join(ROOT, file)) && hashOf(join(ROOT, file)) === hash)) return false;
  if (stamp.missing.some((path) => existsSync(join(ROOT, path)))) return false;
  const index = join(OUT, 'index.html');
  if (!isFile(index)) return false;
  const scripts = [...readFileSync(index, 'utf8').matchAll(/src="?([^\s">]+\.js)/g)].map((m) => join(OUT, m[1]!));
  return scripts.every((script) => isFile(script) && statSync(script).size > 0);
}

function buildPreview(): void {
  if (upToDate(readStamp())) return;
  const started = Date.now();
  let output: string;
  try {
    output = execFileSync(process.execPath, [join(__dirname, 'buildPreview.js')], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`the preview build (webpack --env preview) failed:\n${String((error as { stderr?: string }).stderr ?? error).slice(-4000)}`);
  }
  const built = JSON.parse(output) as { files: string[]; missing: string[] };
  const files = [...new Set([...built.files, ...ALWAYS])].filter((file) => isFile(file) && basename(file) !== 'package.json').sort();
  // A source saved while webpack ran may not be in the bundle: leave no stamp, so the next run builds again.
  if (files.some((file) => statSync(file).mtimeMs >= started)) return;
  const stamp: Stamp = {
    files: Object.fromEntries(files.map((file) => [relative(ROOT, file), hashOf(file)])),
    missing: built.missing.filter((path) => !existsSync(path)).map((path) => relative(ROOT, path)),
  };
  writeFileSync(STAMP, JSON.stringify(stamp));
}

export default function globalSetup(): void {
  const browser = findBrowser();
  if (!browser.found) {
    if (onCI()) throw new Error(`CI=true and ${browser.reason}: the browser tests must run on CI (.ci/run installs Debian's chromium; PHULUC_BROWSER names another browser).`);
    return;
  }
  buildPreview();
}
