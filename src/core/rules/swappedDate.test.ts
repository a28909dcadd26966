/**
 * SWAPPED_DATE needs evidence in its own column (dd/mm text a month-first Excel could not read),
 * never fires on real dates alone nor on a date the row cites as it stands, gives the same answer at
 * every cut-off date, and its fixes write only the cells they name, only days that exist.
 */
import { join } from 'node:path';
import { gridOf, type Value } from '../../../test/helpers/grids';
import { readWorkbookFile } from '../../io/readWorkbook';
import { checkWorkbook } from '../check';
import { editCell, type Finding } from '../findings';
import { fixesFor, planFixes } from '../fixPlan';
import type { Cell, Grid } from '../grid';
import { validDay } from '../validDay';

const date = (iso: string): Value => ({ kind: 'date', iso, format: 'dd/mm/yyyy' });
const CUT_OFFS = ['2025-06-30', '2025-09-01', '2025-11-14', '2025-12-10', '2025-12-31', '2026-03-31', '2026-12-31'];
const DATE_CODES = ['SWAPPED_DATE', 'DATE_AS_TEXT'];

function dateFindings(grid: Grid, asOf = '2025-11-14'): Finding[] {
  return checkWorkbook({ sheets: [grid] }, { asOf })
    .flatMap((a) => a.findings)
    .filter((f) => DATE_CODES.includes(f.code));
}

const summary = (findings: Finding[]) => findings.map((f) => [f.cell, f.code, (f.edits ?? []).map((e) => `${editCell(e)}=${e.kind === 'date' ? e.iso : ''}`)]);

/** The review's D1 reproduction: no period in the title, deadlines and completions typed as real dates (day ≤ 12). */
const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn hoàn thành', 'Tình hình thực hiện', 'Ngày hoàn thành'];
function d1(extra: Value[][] = []): Grid {
  return gridOf([
    ['PHỤ LỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ'],
    [],
    HEADER,
    ['1', 'Làm sạch dữ liệu hộ tịch, tái sử dụng dữ liệu đã số hóa', 'Sở Tư pháp', 'Công an thành phố', date('2025-10-01'), 'Đã hoàn thành', date('2025-09-05')],
    ['2', 'Cấp phiếu Lý lịch tư pháp trên VNeID', 'Sở Tư pháp', null, date('2025-12-05'), 'Đang thực hiện', null],
    ['3', 'Triển khai giải pháp định danh địa điểm', 'Sở Tư pháp', null, 'Quý IV/2025', 'Đã hoàn thành', date('2025-11-03')],
    ['4', 'Triển khai thu thuế hộ kinh doanh qua ứng dụng', 'Sở Tư pháp', null, 'Tháng 9/2025', 'Đã hoàn thành', date('2025-06-02')],
    ['5', 'Số hóa hồ sơ cán bộ, công chức, viên chức', 'Sở Tư pháp', null, date('2026-03-01'), 'Đang thực hiện', null],
    ...extra,
  ]);
}

describe('SWAPPED_DATE needs evidence in its column', () => {
  it.each(CUT_OFFS)('leaves real dates alone when nothing in the column proves a swap (D1), as of %s', (asOf) => {
    expect(dateFindings(d1(), asOf)).toEqual([]);
  });

  it('flags a real date beside dd/mm text Excel could not read, and only in that column', () => {
    const grid = d1([['6', 'Kết nối dữ liệu đất đai', 'Sở Tư pháp', null, '30/11/2025', 'Đang thực hiện', null]]);
    expect(summary(dateFindings(grid))).toEqual([
      ['E4', 'SWAPPED_DATE', ['E4=2025-01-10']],
      ['E5', 'SWAPPED_DATE', ['E5=2025-05-12']],
      ['E8', 'SWAPPED_DATE', ['E8=2026-01-03']],
      ['E9', 'DATE_AS_TEXT', ['E9=2025-11-30']],
    ]);
    expect(dateFindings(grid)[0]!.message).toBe(
      'Ngày 01/10/2025 ở ô E4 có thể đã bị Excel đảo ngày và tháng: cùng cột, ô E9 "30/11/2025" là ngày gõ dd/mm mà Excel kiểu tháng trước không đọc được nên để dạng chữ. Sửa tự động: đổi thành 10/01/2025.',
    );
  });

  it('takes neither a text with a day of 12 or less, nor a text that is no day ("31/04/2025"), for evidence', () => {
    for (const text of ['05/11/2025', '31/04/2025', '30/13/2025', 'Trước ngày 30/11/2025']) {
      expect(dateFindings(d1([['6', 'Kết nối dữ liệu đất đai', 'Sở Tư pháp', null, text, 'Đang thực hiện', null]]))).toEqual([]);
    }
  });

  it('takes no text for evidence in a column typed as text, where a day of 12 or less stayed text too (the review’s BC_So_KHCN_T11.xlsx)', () => {
    const grid = d1([
      ['6', 'Kết nối dữ liệu đất đai', 'Sở Tư pháp', null, 'Quý IV/2025', 'Đã hoàn thành', '30/09/2025'],
      ['7', 'Vận hành Trung tâm điều hành IOC', 'Sở Tư pháp', null, 'Quý IV/2025', 'Đã hoàn thành', '05/10/2025'],
    ]);
    expect(dateFindings(grid)).toEqual([]);
  });

  it('never builds a date edit for "31/04/2025" beside a swapped date (it wrote 01/01/1970)', () => {
    const grid = d1([
      ['6', 'Kết nối dữ liệu đất đai', 'Sở Tư pháp', null, '30/11/2025', 'Đang thực hiện', null],
      ['7', 'Vận hành Trung tâm điều hành IOC', 'Sở Tư pháp', null, '31/04/2025', 'Đang thực hiện', null],
    ]);
    const edits = dateFindings(grid).flatMap((f) => f.edits ?? []);
    expect(edits.map(editCell)).not.toContain('E10');
    for (const edit of edits) expect(edit.kind === 'date' && validDay(edit.iso)).toBe(edit.kind === 'date' ? edit.iso : false);
  });

  it('never flags a date the row cites as it stands ("ngày 12/9/2025" beside 12/09/2025)', () => {
    const row = (result: string): Value[] => ['7', 'Bố trí kinh phí chuyển đổi số', 'Sở Tài chính', null, 'Trước 15/9/2025', 'Hoàn thành', result, date('2025-09-12')];
    const report = (result: string) =>
      gridOf([
        ['BÁO CÁO KẾT QUẢ THỰC HIỆN'],
        ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Tình trạng', 'Kết quả thực hiện', 'Ngày hoàn thành'],
        row(result),
        ['8', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', null, 'Tháng 12/2025', 'Đã hoàn thành', 'Báo cáo số 98/BC-STP', '30/09/2025'],
      ]);
    for (const cited of ['Văn bản số 3310/STC-QLNS ngày 12/9/2025', 'Văn bản số 3310/STC-QLNS ngày 12 tháng 9 năm 2025']) {
      for (const asOf of CUT_OFFS) expect(dateFindings(report(cited), asOf)).toEqual([]);
    }
    // Without the citation the same column is evidence enough.
    expect(summary(dateFindings(report('Văn bản số 3310/STC-QLNS')))).toEqual([
      ['H3', 'SWAPPED_DATE', ['H3=2025-12-09']],
      ['H4', 'DATE_AS_TEXT', ['H4=2025-09-30']],
    ]);
  });

  it('does not swap a completion to after the day the report says it counts to', () => {
    const grid = gridOf([
      ['BÁO CÁO KẾT QUẢ THỰC HIỆN (số liệu tính đến ngày 14/11/2025)'],
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tình trạng', 'Ngày hoàn thành'],
      ['1', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', 'Tháng 12/2025', 'Đã hoàn thành', date('2025-09-12')],
      ['2', 'Làm sạch dữ liệu hộ tịch', 'Sở Tư pháp', 'Tháng 12/2025', 'Đã hoàn thành', '30/09/2025'],
      ['3', 'Số hóa hồ sơ hộ tịch', 'Sở Tư pháp', 'Tháng 12/2025', 'Đã hoàn thành', date('2025-01-11')],
    ]);
    // 12/09 would be 09/12, after 14/11/2025; 11/01 as 01/11 is before it.
    expect(summary(dateFindings(grid)).map(([cell, code]) => [cell, code])).toEqual([
      ['F4', 'DATE_AS_TEXT'],
      ['F5', 'SWAPPED_DATE'],
    ]);
  });
});

describe('the bundled Hải Phòng report (H68: 12/09/2025 beside "Văn bản số 3310/STC-QLNS ngày 12/9/2025")', () => {
  const workbook = readWorkbookFile(join(__dirname, '..', '..', '..', 'examples', 'bao-cao-de-an-06-hai-phong.xlsx'));
  it.each(CUT_OFFS)('is never flagged, nor anything of its column, as of %s', (asOf) => {
    const findings = checkWorkbook(workbook, { asOf }).flatMap((a) => a.findings);
    expect(findings.filter((f) => DATE_CODES.includes(f.code))).toEqual([]);
    expect(planFixes(findings).filter((c) => c.edit.kind === 'date')).toEqual([]);
  });
});

describe('every cut-off date gives the same answer', () => {
  const swapped = d1([['6', 'Kết nối dữ liệu đất đai', 'Sở Tư pháp', null, '30/11/2025', 'Đang thực hiện', null]]);
  it('on a swapped column', () => {
    const answers = CUT_OFFS.map((asOf) => JSON.stringify(summary(dateFindings(swapped, asOf))));
    expect(new Set(answers).size).toBe(1);
  });
});

describe('fixing a swapped column', () => {
  const grid = d1([['6', 'Kết nối dữ liệu đất đai', 'Sở Tư pháp', null, '30/11/2025', 'Đang thực hiện', '13/11/2025']]);

  it('changes only the cells the findings name, one finding per cell', () => {
    for (const f of dateFindings(grid)) expect((f.edits ?? []).map(editCell)).toEqual([f.cell]);
  });

  it('fixes a whole column when one of its findings is fixed alone (the pane’s fix button)', () => {
    const findings = dateFindings(grid);
    const one = fixesFor(findings[0]!, findings).map((c) => `${c.code} ${editCell(c.edit)}`);
    expect(one).toEqual(['SWAPPED_DATE E4', 'SWAPPED_DATE E5', 'SWAPPED_DATE E8', 'DATE_AS_TEXT E9']);
  });

  it('stays fixed: the fixed column raises nothing, at any cut-off date', () => {
    const fixed: Grid = { ...grid, rows: grid.rows.map((row) => [...row]) };
    for (const { edit } of planFixes(dateFindings(grid))) {
      if (edit.kind !== 'date') continue;
      fixed.rows[edit.row]![edit.col] = { kind: 'date', iso: edit.iso, format: 'dd/mm/yyyy' } satisfies Cell;
    }
    for (const asOf of CUT_OFFS) expect(dateFindings(fixed, asOf)).toEqual([]);
  });
});
