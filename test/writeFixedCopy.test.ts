/** Patching a workbook's XML: only the edited cells change, text stays text, new cells land in order. */
import * as XLSX from '@e965/xlsx';
import { readWorkbookBytes } from '../src/io/workbookBytes';
import type { Edit } from '../src/core/findings';
import { validDay } from '../src/core/validDay';
import { FixError, writeFixedCopy } from '../src/io/writeFixedCopy';

function workbook(): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['STT', 'Nhiệm vụ', 'Chủ trì'],
    [1, 'Rà soát', 'Sở Tư pháp'],
    [],
    [3, 'Tập huấn', null],
  ]);
  sheet['!merges'] = [{ s: { r: 1, c: 2 }, e: { r: 3, c: 2 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Phụ lục & "1"');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const sheet = 'Phụ lục & "1"';

function readBack(bytes: Buffer) {
  return readWorkbookBytes(bytes, 'copy.xlsx').sheets[0]!;
}

describe('writeFixedCopy', () => {
  it('writes text that looks like a formula as text, and "$&" literally', () => {
    const grid = readBack(
      writeFixedCopy(workbook(), [
        { kind: 'text', sheet, row: 1, col: 1, text: '=SUM(A1:A2)' },
        { kind: 'text', sheet, row: 1, col: 2, text: 'Sở $& <Tư> pháp' },
      ]),
    );
    expect(grid.rows[1]![1]).toEqual({ kind: 'text', text: '=SUM(A1:A2)' });
    expect(grid.rows[1]![2]).toEqual({ kind: 'text', text: 'Sở $& <Tư> pháp' });
    expect(grid.rows[0]![1]).toEqual({ kind: 'text', text: 'Nhiệm vụ' });
  });

  it('adds cells and rows that do not exist yet, in order', () => {
    const grid = readBack(
      writeFixedCopy(workbook(), [
        { kind: 'text', sheet, row: 2, col: 1, text: 'dòng mới' },
        { kind: 'text', sheet, row: 3, col: 2, text: 'Sở Nội vụ' },
        { kind: 'date', sheet, row: 6, col: 0, iso: validDay('2025-11-05')! },
      ]),
    );
    expect(grid.rows[2]![1]).toEqual({ kind: 'text', text: 'dòng mới' });
    expect(grid.rows[3]).toEqual([{ kind: 'number', value: 3 }, { kind: 'text', text: 'Tập huấn' }, { kind: 'text', text: 'Sở Nội vụ' }]);
    expect(grid.rows[6]![0]).toEqual({ kind: 'number', value: 45966 }); // 05/11/2025; the new cell has no date format
  });

  it('unmerges an area and writes its value into every cell', () => {
    const grid = readBack(writeFixedCopy(workbook(), [{ kind: 'unmerge', sheet, top: 1, left: 2, bottom: 3, right: 2 }]));
    expect(grid.merges).toEqual([]);
    expect([1, 2, 3].map((r) => grid.rows[r]![2])).toEqual(Array(3).fill({ kind: 'text', text: 'Sở Tư pháp' }));
  });

  it('refuses what it cannot patch', () => {
    expect(() => writeFixedCopy(workbook(), [{ kind: 'text', sheet: 'Không có', row: 0, col: 0, text: 'x' }])).toThrow(FixError);
    expect(() => writeFixedCopy(Buffer.from('not a zip'), [])).toThrow(FixError);
  });

  it('never writes a date that is not a day (it wrote 01/01/1970 for a null day)', () => {
    // Only an edit that bypasses the type (data from JSON, a cast) can carry such a day.
    for (const iso of [null, '2025-04-31', '31/04/2025', '']) {
      const edit = { kind: 'date', sheet, row: 1, col: 0, iso } as unknown as Edit;
      expect(() => writeFixedCopy(workbook(), [edit])).toThrow(FixError);
    }
  });
});
