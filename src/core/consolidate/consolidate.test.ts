import { gridOf } from '../../../test/helpers/grids';
import { recogniseWorkbook } from '../recognise/recogniseWorkbook';
import { consolidate, readReport, type ReportFile } from './consolidate';

const AS_OF = '2025-11-14';
const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình hình thực hiện'];
const TASK = 'Số hóa hồ sơ cán bộ, công chức, viên chức';
const master = recogniseWorkbook({ sheets: [gridOf([HEADER, ['1', TASK, 'Sở Nội vụ; Sở Tư pháp', 'Tháng 10/2025', '']])] }, { asOf: AS_OF });
const options = { asOf: AS_OF, planYear: 2025, lang: 'vi' as const };

/** A unit's report: `top` are the rows above its table (letterhead, label, date line). */
function reportOf(file: string, top: string[][], status: string, extra: Partial<ReportFile> = {}): ReportFile {
  const report = readReport(file, { sheets: [gridOf([...top, HEADER, ['1', TASK, 'Sở Nội vụ; Sở Tư pháp', 'Tháng 10/2025', status]])] }, options);
  return { ...report, ...extra } as ReportFile;
}
const labelled = (unit: string, status: string, file = `${unit}.xlsx`) => reportOf(file, [[`Đơn vị: ${unit}`]], status);

describe('consolidate', () => {
  it('counts a shared task done when every lead reports it done', () => {
    const result = consolidate(master, [labelled('Sở Nội vụ', 'Đã hoàn thành'), labelled('Sở Tư pháp', 'Đã hoàn thành')], { asOf: AS_OF, lang: 'vi' });
    expect(result.tasks[0]!.state).toBe('done_on_time');
    expect(result.findings).toEqual([]);
  });

  it('uses one file of a unit that sent two, says so naming both, and the other lead is still missing', () => {
    const result = consolidate(master, [labelled('Sở Nội vụ', 'Đã hoàn thành', 'a.xlsx'), labelled('Sở Nội vụ', 'Đã hoàn thành', 'b.xlsx')], { asOf: AS_OF, lang: 'vi' });
    expect(result.tasks[0]!.state).toBe('overdue');
    expect(result.notSubmitted).toEqual([{ unit: 'Sở Tư pháp', tasks: [{ stt: '1', text: TASK }] }]);
    const duplicate = result.findings.find((f) => f.code === 'DUPLICATE_REPORT')!;
    expect(duplicate.message).toContain('a.xlsx; b.xlsx');
    // Nothing tells the copies apart: both are marked for the user to check.
    expect(result.sources.map((s) => [s.skipped, s.confirm])).toEqual([
      [true, true],
      [false, true],
    ]);
  });

  describe('a corrected copy', () => {
    const older = reportOf('noi-vu.xlsx', [['SỞ NỘI VỤ'], ['Hải Phòng, ngày 13 tháng 11 năm 2025']], 'Đang thực hiện');
    const newer = reportOf('noi-vu (1).xlsx', [['SỞ NỘI VỤ'], ['Hải Phòng, ngày 10 tháng 11 năm 2025']], 'Đã hoàn thành');

    it('is chosen by the date the report states, whatever the order of the files', () => {
      const result = consolidate(master, [newer, older], { asOf: AS_OF, lang: 'vi' });
      const used = result.sources.find((s) => !s.skipped)!;
      expect(used.file).toBe('noi-vu.xlsx');
      expect(result.tasks[0]!.lead.map((r) => r.status.text)).toEqual(['Đang thực hiện']);
      expect(result.sources.find((s) => s.skipped)!.error).toBe('bản khác của cùng đơn vị; đã dùng tệp noi-vu.xlsx');
      expect(result.findings.find((f) => f.code === 'DUPLICATE_REPORT')!.message).toContain('ngày ghi trong báo cáo 13/11/2025');
    });

    it('is chosen by the file’s modified time when the reports state no date, and the user may pick the other', () => {
      const a = reportOf('a.xlsx', [['SỞ NỘI VỤ']], 'Đang thực hiện', { modified: '2025-11-13T08:00:00.000Z' });
      const b = reportOf('b.xlsx', [['SỞ NỘI VỤ']], 'Đã hoàn thành', { modified: '2025-11-10T08:00:00.000Z' });
      expect(
        consolidate(master, [a, b], { asOf: AS_OF, lang: 'vi' })
          .sources.filter((s) => !s.skipped)
          .map((s) => s.file),
      ).toEqual(['a.xlsx']);
      const picked = consolidate(master, [a, b], { asOf: AS_OF, lang: 'vi', prefer: { 'Sở Nội vụ': 'b.xlsx' } });
      expect(picked.sources.filter((s) => !s.skipped).map((s) => s.file)).toEqual(['b.xlsx']);
      expect(picked.sources.map((s) => s.sameUnit)).toEqual([['b.xlsx'], ['a.xlsx']]);
    });
  });

  it('counts no row of a file whose unit is unknown, and says so', () => {
    const result = consolidate(master, [reportOf('Book1.xlsx', [['BÁO CÁO KẾT QUẢ THỰC HIỆN']], '')], { asOf: AS_OF, lang: 'vi' });
    expect(result.sources[0]).toMatchObject({ unit: null, unitFrom: null, confirm: true, skipped: false });
    expect(result.findings.map((f) => [f.code, f.file])).toEqual([
      ['UNIT_UNKNOWN', 'Book1.xlsx'],
      ['NOT_SUBMITTED', null],
      ['NOT_SUBMITTED', null],
    ]);
    expect(result.tasks[0]!.lead).toEqual([]);
  });

  it('infers the unit from the rows it filled, and asks to confirm', () => {
    const soloPlan = recogniseWorkbook({ sheets: [gridOf([HEADER, ['1', TASK, 'Sở Nội vụ', 'Tháng 10/2025', '']])] }, { asOf: AS_OF });
    const result = consolidate(soloPlan, [reportOf('Book1.xlsx', [], 'Đã hoàn thành')], { asOf: AS_OF, lang: 'vi' });
    expect(result.sources[0]).toMatchObject({ unit: 'Sở Nội vụ', unitFrom: 'rows', confirm: true, evidence: '1/1 dòng đã điền là nhiệm vụ do Sở Nội vụ chủ trì' });
    expect(result.findings.map((f) => f.code)).toEqual(['UNIT_UNCERTAIN']);
    expect(result.tasks[0]!.state).toBe('done_on_time');
  });

  it('keeps a written unit the plan does not name, flagged, and counts its report as a support unit’s', () => {
    const result = consolidate(master, [reportOf('x.xlsx', [['UBND THÀNH PHỐ HẢI PHÒNG'], ['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG']], 'Đang thực hiện')], { asOf: AS_OF, lang: 'vi' });
    expect(result.sources[0]).toMatchObject({ unit: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', unitFrom: 'letterhead', confirm: true });
    expect(result.findings[0]!.code).toBe('UNIT_NOT_IN_PLAN');
    expect(result.tasks[0]!.support.map((r) => r.unit)).toEqual(['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG']);
  });

  it('skips the plan itself and phuluc’s own output, with the reason, as no unit', () => {
    const plan = readReport(
      'ke-hoach.xlsx',
      { sheets: [gridOf([['KẾ HOẠCH'], ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'], ['1', TASK, 'Sở Nội vụ; Sở Tư pháp', 'Tháng 10/2025']])] },
      options,
    );
    const output = readReport(
      'tong-hop.xlsx',
      { sheets: [gridOf([['Số liệu tính đến ngày 14/10/2025'], HEADER, ['1', TASK, 'Sở Nội vụ', 'Tháng 10/2025', 'Đã hoàn thành']])], keywords: 'phuluc' },
      options,
    );
    const result = consolidate(master, [plan, output], { asOf: AS_OF, lang: 'vi' });
    expect(result.sources.map((s) => [s.unit, s.skipped, s.error])).toEqual([
      [null, true, 'đây là kế hoạch (cùng các nhiệm vụ, không có cột báo cáo), không phải báo cáo của đơn vị'],
      [null, true, 'bảng tổng hợp do phuluc tạo ra (kết quả lần trước), không phải báo cáo của đơn vị'],
    ]);
    expect(result.notSubmitted.map((n) => n.unit)).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
  });

  it('keeps a lead’s own words: late when a co-lead says so, progress below 100% not done', () => {
    const late = consolidate(master, [labelled('Sở Nội vụ', 'Đã hoàn thành'), labelled('Sở Tư pháp', 'Hoàn thành quá hạn')], { asOf: AS_OF, lang: 'vi' });
    expect(late.tasks[0]!.state).toBe('done_late');
    const soloPlan = recogniseWorkbook({ sheets: [gridOf([HEADER, ['1', TASK, 'Sở Nội vụ', 'Tháng 12/2025', '']])] }, { asOf: AS_OF });
    const partial = consolidate(soloPlan, [labelled('Sở Nội vụ', 'Hoàn thành 80%')], { asOf: AS_OF, lang: 'vi' });
    expect(partial.tasks[0]!.status).toMatchObject({ done: false, progress: 80 });
    expect(partial.tasks[0]!.state).toBe('on_track');
  });

  it('takes the unit the user set, by file name, over what the file says', () => {
    const result = consolidate(master, [labelled('Sở Nội vụ', 'Đã hoàn thành', 'dir/a.xlsx')], { asOf: AS_OF, lang: 'vi', units: { 'a.xlsx': 'Sở Tư pháp' } });
    expect(result.sources[0]).toMatchObject({ unit: 'Sở Tư pháp', unitFrom: 'user', confirm: false });
  });

  it('names the plan’s units in their most used spelling, once', () => {
    const variants = recogniseWorkbook(
      {
        sheets: [
          gridOf([
            HEADER,
            ['1', TASK, 'Sở Giáo dục và Đào tạo', 'Tháng 10/2025', ''],
            ['2', 'Chuyển đổi số trường học', 'Sở Giáo dục và đào tạo', 'Tháng 12/2025', ''],
            ['3', 'Số hóa học bạ', 'Sở Giáo dục và Đào tạo', 'Tháng 12/2025', ''],
          ]),
        ],
      },
      { asOf: AS_OF },
    );
    expect(consolidate(variants, [], { asOf: AS_OF, lang: 'vi' }).notSubmitted.map((n) => [n.unit, n.tasks.length])).toEqual([['Sở Giáo dục và Đào tạo', 3]]);
  });
});
