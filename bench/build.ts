/** The benches' builds, for figures on the sources as they are: webpack as the package scripts run it, and the command line. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

export function webpack(...args: string[]): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), ...args], { cwd: ROOT, stdio: 'ignore' });
}

/** The browser preview (dist-preview/), served by scripts/preview.ts. */
export function buildPreview(): void {
  webpack('--env', 'preview', '--mode', 'production');
}

/**
 * The command line compiled from the sources into `outDir`, with `outDir/run.js` to start it: the
 * bench's figures are for the code as it is, not for an older bin/ build. Returns run.js's path.
 */
export function compileCli(outDir: string): string {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', outDir], { cwd: ROOT, stdio: 'inherit' });
  const run = join(outDir, 'run.js');
  writeFileSync(run, "require('./cli/main').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n");
  return run;
}
