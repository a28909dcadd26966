/** The committed examples and fixtures are what scripts/build-fixtures.ts builds from the seed data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll } from '../scripts/build-fixtures';
import { readWorkbookFile } from '../src/io/readWorkbook';
import { readWorkbookBytes } from '../src/io/workbookBytes';

const root = join(__dirname, '..');

function readOrReason(read: () => unknown): unknown {
  try {
    return read();
  } catch (error) {
    return { failed: (error as { reason?: string }).reason };
  }
}

describe('fixtures are reproducible', () => {
  it.each(buildAll().map(({ path, bytes }) => [path, bytes] as const))('%s', (path, bytes) => {
    const built = readOrReason(() => readWorkbookBytes(bytes, path));
    const committed = readOrReason(() => readWorkbookFile(join(root, path)));
    expect(committed).toEqual(built);
    if (path.endsWith('not-excel.xlsx')) expect(readFileSync(join(root, path))).toEqual(bytes);
  });
});
