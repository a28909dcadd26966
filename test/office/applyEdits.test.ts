/** Safe fixes applied through Office.js: the same edits as `phuluc fix`, text kept as text, few syncs. */
import { join } from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import type { Edit } from '../../src/core/findings';
import { planFixes } from '../../src/core/fixPlan';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import { applyEdits, asText } from '../../src/office/applyEdits';
import { gridOf } from '../helpers/grids';
import { asExcelContext, MemoryContext } from '../helpers/memoryExcel';

const workbook = readWorkbookFile(join(__dirname, '..', 'fixtures', 'planted-defects.xlsx'));
const grid = workbook.sheets[0]!;
const grids = new Map([[grid.name, grid]]);

describe('applyEdits', () => {
  const edits = planFixes(checkWorkbook(workbook, { asOf: '2025-11-14' }).flatMap((a) => a.findings)).map((c) => c.edit);

  it('writes what `phuluc fix` writes, in two syncs (the first asks for the date system, as dates are written)', async () => {
    const context = new MemoryContext(grid);
    expect(await applyEdits(asExcelContext(context), grids, edits)).toBe(2);
    expect(context.syncs).toBe(2);
    expect(context.writes.get('B23')).toEqual([['Tổ chức tập huấn kỹ năng số cho cán bộ']]);
    expect(context.writes.get('A11')).toBeUndefined(); // a unit's report is never renumbered (issue 14)
    expect(context.writes.get('E30')).toEqual([[45966]]);
    expect(context.writes.get('E31')).toEqual([[45991]]);
    expect(context.numberFormats.get('E31')).toEqual([['dd/mm/yyyy']]);
    expect(context.unmerged).toEqual(['C26:C27']);
    expect(context.writes.get('C27')).toEqual([['Sở Xây dựng']]);
  });

  it('refuses a date edit whose day does not exist, before writing anything (never 01/01/1970)', async () => {
    // A ValidDay is made only by validDay(); one that lost its day on the way (a message, a cast) is caught here.
    const lost = [
      { kind: 'text', sheet: grid.name, row: 0, col: 1, text: 'x' },
      ...[null, '2025-02-30', ''].map((iso) => ({ kind: 'date', sheet: grid.name, row: 29, col: 4, iso })),
    ] as unknown as Edit[];
    for (const edit of lost.slice(1)) {
      const context = new MemoryContext(grid);
      await expect(applyEdits(asExcelContext(context), grids, [lost[0]!, edit])).rejects.toThrow(/E30: .* is not a day; nothing was written/);
      expect(context.writes.size).toBe(0);
    }
  });

  it('keeps text that looks like a formula as text', () => {
    expect(['=SUM(A1)', '+84 225', '-', '@mention', 'Sở Tư pháp'].map(asText)).toEqual(["'=SUM(A1)", "'+84 225", "'-", "'@mention", 'Sở Tư pháp']);
  });

  it.each([
    [10, 1],
    [5000, 2],
  ])('writes %d long texts in %d sync(s), each request under 5 MB', async (count, syncs) => {
    const many: Edit[] = Array.from({ length: count }, (_, i) => ({ kind: 'text', sheet: 'Sheet1', row: i, col: 1, text: 'Nhiệm vụ '.repeat(100) }));
    const context = new MemoryContext(gridOf([['STT']]));
    expect(await applyEdits(asExcelContext(context), new Map(), many)).toBe(syncs);
    expect(context.writes.size).toBe(count);
    expect(context.heaviest().request).toBeLessThan(5 * 1024 * 1024); // the fake would have failed the sync otherwise
  });
});
