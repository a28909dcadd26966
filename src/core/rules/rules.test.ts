import { gridOf } from '../../../test/helpers/grids';
import { checkWorkbook } from '../check';
import type { Grid } from '../grid';

const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];

function findingsOf(grid: Grid, lang: 'vi' | 'en' = 'vi') {
  return checkWorkbook({ sheets: [grid] }, { asOf: '2025-11-14', lang }).flatMap((a) => a.findings);
}

describe('required cells', () => {
  it('passes a complete task', () => {
    expect(findingsOf(gridOf([HEADER, ['1', 'Rà soát thủ tục', 'Sở Tư pháp', null, 'Tháng 9/2025']]))).toEqual([]);
  });

  it('points at each empty required cell of a task row', () => {
    const findings = findingsOf(gridOf([HEADER, ['1', 'Rà soát thủ tục', 'Sở Tư pháp', null, 'Tháng 9/2025'], ['2', null, null, 'Công an tỉnh', null]]));
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['MISSING_TASK_TEXT', 'error', 'B3'],
      ['MISSING_LEAD', 'error', 'C3'],
      ['MISSING_DEADLINE', 'error', 'E3'],
    ]);
    expect(findings[1]!.message).toBe('Nhiệm vụ 2 (dòng 3) chưa có đơn vị chủ trì. Nhập tên đơn vị chủ trì vào ô C3.');
  });

  it('speaks English when asked', () => {
    const [finding] = findingsOf(gridOf([HEADER, ['1', 'Rà soát thủ tục', null, null, 'Tháng 9/2025']]), 'en');
    expect(finding!.message).toBe('Task 1 (row 2) has no lead unit. Enter the lead unit in C2.');
  });

  it('warns once about a missing column instead of flagging every row', () => {
    const findings = findingsOf(
      gridOf([
        ['STT', 'Nhiệm vụ', 'Chủ trì'],
        ['1', 'Rà soát', 'Sở Tư pháp'],
        ['2', 'Tập huấn', 'Sở Nội vụ'],
      ]),
    );
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([['MISSING_COLUMN', 'warning', 'A1']]);
    expect(findings[0]!.message).toContain('"Thời hạn"');
  });
});

describe('deadlines and formula errors', () => {
  it('warns about a deadline it cannot read, quoting it and what it tried', () => {
    const [finding] = findingsOf(gridOf([HEADER, ['1', 'Rà soát', 'Sở Tư pháp', null, '11/30/2025']]));
    expect(finding).toMatchObject({ code: 'UNPARSED_DEADLINE', severity: 'warning', cell: 'E2' });
    expect(finding!.message).toContain('"11/30/2025"');
    expect(finding!.message).toContain('dd/mm/yyyy');
  });

  it('reports a formula error in the table once, as an error', () => {
    const findings = findingsOf(gridOf([HEADER, ['1', 'Rà soát', 'Sở Tư pháp', null, { kind: 'error', code: '#REF!' }]]));
    expect(findings.map((f) => [f.code, f.cell, f.severity])).toEqual([['FORMULA_ERROR', 'E2', 'error']]);
    expect(findings[0]!.message).toContain('#REF!');
  });
});

describe('renumbering a sequence that holds groups', () => {
  it('keeps the numbers the groups take ("6." between tasks "5." and "8.")', () => {
    const grid = gridOf([
      HEADER,
      ['5.', 'Kết nối hệ thống thông tin', 'Văn phòng Đảng ủy phường', null, '31/12/2025'],
      ['6.', 'Bố trí nguồn lực, kinh phí thực hiện'],
      ['(1)', 'Bố trí kinh phí', 'Phòng Kinh tế, Hạ tầng và Đô thị phường', null, 'Thường xuyên'],
      ['8.', 'Rà soát, nâng cấp hệ thống thông tin', 'Trung tâm Phục vụ hành chính công phường', null, '31/12/2025'],
      ['8.', 'Tham gia các khóa đào tạo kỹ năng số', 'Phòng Văn hóa - Xã hội phường', null, '31/12/2025'],
    ]);
    const duplicate = findingsOf(grid).find((f) => f.code === 'DUPLICATE_STT')!;
    expect(duplicate.cell).toBe('A6');
    // 5, 6 (the group), 8, 8 → 5, 6, 7, 8: only the first "8." changes.
    expect(duplicate.edits).toEqual([{ kind: 'text', sheet: 'Sheet1', row: 4, col: 0, text: '7.' }]);
  });
});
