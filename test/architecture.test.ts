/** The engine must run unchanged in the task pane, the command line and the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const CORE = join(__dirname, '..', 'src', 'core');
const ALLOWED_PACKAGES = new Set(['date-fns', '@date-fns/utc', 'zod']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('src/core', () => {
  const files = sources(CORE);

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [relative(CORE, f), f]))('%s imports only the engine, date-fns and zod', (_, file) => {
    const specifiers = [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]!);
    const outside = specifiers.filter((s) => !s.startsWith('.') && !ALLOWED_PACKAGES.has(s.replace(/^(date-fns)\/\w+$/, '$1')));
    expect(outside).toEqual([]);
    expect(specifiers.filter((s) => s.startsWith('.') && /\/(io|cli|office|taskpane)\//.test(`/${s}`))).toEqual([]);
  });
});

describe('src/io/workbookBytes.ts', () => {
  it('imports nothing from Node, so the pane’s Web Worker can read files with it', () => {
    const text = readFileSync(join(__dirname, '..', 'src', 'io', 'workbookBytes.ts'), 'utf8');
    const specifiers = [...text.matchAll(/^\s*import[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]!);
    expect(specifiers.filter((s) => s.startsWith('node:') || ['fs', 'path', 'os'].includes(s))).toEqual([]);
    expect(text).not.toMatch(/\bBuffer\./);
  });
});
