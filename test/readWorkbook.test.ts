/** Reading real files: formats, merges, hidden rows, date systems, and files that cannot be read. */
import { join } from 'node:path';
import { checkWorkbook } from '../src/core/check';
import { toCheckReport } from '../src/core/report';
import { readWorkbookFile } from '../src/io/readWorkbook';
import { WorkbookReadError, type ReadFailure } from '../src/io/readFailures';

const fixture = (name: string) => join(__dirname, 'fixtures', name);
const example = (name: string) => join(__dirname, '..', 'examples', name);
const AS_OF = '2025-11-14';

function tasksOf(path: string) {
  return toCheckReport('same', AS_OF, checkWorkbook(readWorkbookFile(path), { asOf: AS_OF })).tables;
}

describe('file formats', () => {
  it.each(['bach-long-vi.xls', 'bach-long-vi.xlsm'])('%s reads like the .xlsx', (name) => {
    expect(tasksOf(fixture(name))).toEqual(tasksOf(example('ke-hoach-01-bach-long-vi.xlsx')));
  });
});

describe('sheet structure', () => {
  const workbook = readWorkbookFile(fixture('merged-and-hidden.xlsx'));
  const grid = workbook.sheets[0]!;

  it('keeps merged areas and hidden rows', () => {
    expect(grid.merges).toContainEqual({ top: 16, left: 2, bottom: 18, right: 2 });
    expect([...grid.hiddenRows]).toEqual([19]);
  });

  it('reads a lead merged down over consecutive tasks for each of them', () => {
    const [first] = checkWorkbook(workbook, { asOf: AS_OF });
    const leads = first!.table.tasks.slice(10, 14).map((t) => t.lead.map((u) => u.name).join('; '));
    expect(leads).toEqual(['Văn phòng UBND tỉnh', 'Công an tỉnh', 'Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh']);
  });

  it('skips the header repeated at the page break and finds the second table below', () => {
    const tables = checkWorkbook(workbook, { asOf: AS_OF }).map((a) => a.table);
    expect(tables.map((t) => [t.headerRows[0], t.tasks.length])).toEqual([
      [2, 16],
      [24, 3],
    ]);
  });
});

describe('dates', () => {
  it.each(['UTC', 'Asia/Ho_Chi_Minh', 'America/New_York'])('reads 1904-system dates, text and bare serials the same in %s', (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      const [table] = tasksOf(fixture('dates-1904.xlsx'));
      expect(table!.tasks.map((t) => [t.deadline.text, t.deadline.due])).toEqual([
        ['30/10/2025', '2025-10-30'],
        ['15/12/2025', '2025-12-15'],
        ['20/11/2025', '2025-11-20'],
      ]);
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe('files that cannot be read', () => {
  it.each<[string, ReadFailure]>([
    ['not-excel.xlsx', 'not_excel'],
    ['damaged.xlsx', 'damaged'],
    ['password.xlsx', 'password'],
    ['does-not-exist.xlsx', 'not_found'],
  ])('%s → %s', (name, reason) => {
    expect(() => readWorkbookFile(fixture(name))).toThrow(expect.objectContaining({ reason }) as WorkbookReadError);
  });

  it('reads a workbook without an appendix table as one with no tables', () => {
    expect(checkWorkbook(readWorkbookFile(fixture('no-table.xlsx')), { asOf: AS_OF })).toEqual([]);
  });
});
