/**
 * A table whose type allows no header rows (`headerRows: []`, one built by a caller rather than
 * recognised) gets no finding at a made-up cell: a header finding had "ANaN" for its cell, and
 * sorting the findings by cell then threw.
 */
import { gridOf } from '../../../test/helpers/grids';
import { recogniseWorkbook } from '../recognise/recogniseWorkbook';
import { runRules } from '.';

const grid = gridOf([
  ['KẾ HOẠCH TRIỂN KHAI NĂM 2025'],
  ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Tình hình thực hiện'],
  ['1', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', 'Đang thực hiện'],
  ['2', 'Cập nhật dữ liệu dân cư', 'Công an tỉnh', 'Hoàn thành'],
]);

describe('a table without header rows', () => {
  const [table] = recogniseWorkbook({ sheets: [grid] }, { asOf: '2025-11-14' });

  it('is recognised with its header (the rules below then see it without)', () => {
    expect(table?.headerRows).toEqual([1]);
    expect(table?.columns.deadline).toBeUndefined();
  });

  it('gets no finding at a made-up cell, and the rules run', () => {
    if (!table) throw new Error('no table recognised');
    const findings = runRules({ table: { ...table, headerRows: [], guessed: ['status'] }, grid, asOf: '2025-11-14', lang: 'vi' });
    expect(findings.map((f) => f.cell).filter((cell) => !/^[A-Z]+[1-9]\d*$/.test(cell))).toEqual([]);
    expect(findings.map((f) => f.code)).not.toContain('MISSING_COLUMN');
  });

  it('with its header row still reports the missing column there', () => {
    if (!table) throw new Error('no table recognised');
    const findings = runRules({ table, grid, asOf: '2025-11-14', lang: 'vi' });
    expect(findings.filter((f) => f.code === 'MISSING_COLUMN').map((f) => f.cell)).toEqual(['A2']);
  });
});
