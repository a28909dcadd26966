/** What makes a table a unit's report, and what the numbering rules still say about one. */
import { gridOf, type Value } from '../../../test/helpers/grids';
import { checkWorkbook } from '../check';
import type { Grid } from '../grid';

const PLAN = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];
const REPORT = [...PLAN, 'Tình hình thực hiện', 'Khó khăn, vướng mắc'];
const TITLE = ['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06 NĂM 2025'];

const row = (stt: string, text: string, lead: string): Value[] => [stt, text, lead, null, 'Thường xuyên', 'Đang thực hiện'];
const ROWS: Value[][] = [
  ['2.2.', 'Nhóm thúc đẩy, nâng cao chất lượng về cung cấp và sử dụng hiệu quả các tiện ích của Đề án 06/CP (09 nhiệm vụ)'],
  row('(1)', 'Nâng cao chất lượng dịch vụ công trực tuyến, dịch vụ số cho người dân và doanh nghiệp', 'Sở Khoa học và Công nghệ'),
  row('(8)', 'Triển khai cơ chế đặt hàng, giao nhiệm vụ cho các doanh nghiệp công nghệ số', 'Sở Khoa học và Công nghệ'),
  ['2.6.', 'Nhóm đảm bảo hạ tầng, an ninh, an toàn thông tin (04 nhiệm vụ)'],
  row('(3)', 'Quản lý, kiểm tra, bảo trì, nâng cấp hạ tầng công nghệ thông tin', 'Sở Khoa học và Công nghệ'),
];

/** Title, header, rows; group rows merged across the table as the plan's are. */
function analyse(header: Value[], rows: Value[][]) {
  const merges = rows.flatMap((r, i): [number, number, number, number][] => (r.length === 2 ? [[i + 2, 1, i + 2, header.length - 1]] : []));
  const grid: Grid = gridOf([TITLE, header, ...rows.map((r) => r.slice(0, header.length))], { merges });
  return checkWorkbook({ sheets: [grid] }, { asOf: '2025-11-14' })[0]!;
}
const codes = (a: ReturnType<typeof analyse>) => a.findings.map((f) => [f.cell, f.code]);

describe('a unit report', () => {
  it('is a table with a column a unit reports in', () => {
    expect(analyse(REPORT, ROWS).unitReport).toEqual({ reason: 'reportColumns', text: 'Tình hình thực hiện' });
    expect(analyse([...PLAN, 'Khó khăn, vướng mắc'], ROWS).unitReport).toEqual({ reason: 'reportColumns', text: 'Khó khăn, vướng mắc' });
  });

  it('or a table whose every task one unit leads (its own rows, before it reports)', () => {
    expect(analyse(PLAN, ROWS).unitReport).toEqual({ reason: 'oneLead', text: 'Sở Khoa học và Công nghệ' });
    const coLead = [...ROWS, row('(5)', 'Thực hiện chi trả an sinh xã hội không dùng tiền mặt', 'Sở Nội vụ; Sở Khoa học và Công nghệ')];
    expect(analyse(PLAN, coLead).unitReport?.reason).toBe('oneLead');
  });

  it('is not a plan, whose tasks several units lead (or only collectives)', () => {
    const plan = [...ROWS, row('(9)', 'Triển khai giải pháp định danh địa điểm, đánh số nhà', 'Sở Xây dựng')];
    expect(analyse(PLAN, plan).unitReport).toBeNull();
    const general = [
      row('1.1.', 'Tái cấu trúc quy trình thủ tục hành chính', 'Các sở, ban, ngành và địa phương'),
      row('1.2.', 'Tuyên truyền về chuyển đổi số', 'Các sở, ban, ngành và địa phương'),
    ];
    expect(analyse(PLAN, general).unitReport).toBeNull();
  });
});

describe('numbering in a unit report', () => {
  it('lets the plan numbers keep their gaps, and groups hold fewer tasks than the plan announces', () => {
    expect(codes(analyse(REPORT, ROWS))).toEqual([]);
  });

  it('reports a number repeated in one group, without a renumbering fix', () => {
    const twice = [...ROWS.slice(0, 3), row('(8)', 'Xây dựng, công bố danh mục các nhiệm vụ khoa học và công nghệ', 'Sở Khoa học và Công nghệ'), ...ROWS.slice(3)];
    const analysed = analyse(REPORT, twice);
    expect(codes(analysed)).toEqual([['A6', 'DUPLICATE_STT']]);
    expect(analysed.findings[0]!.edits).toBeUndefined();
    expect(analysed.findings[0]!.message).toBe(
      'Số thứ tự "(8)" ở ô A6 bị trùng trong cùng nhóm. Ghi đúng số thứ tự của nhiệm vụ trong kế hoạch (số thứ tự dùng để ghép báo cáo với kế hoạch).',
    );
  });

  it('reports a group holding more tasks than the plan announces', () => {
    const over = [
      ['2.8.', 'Phục vụ công tác lãnh đạo, điều hành (01 nhiệm vụ)'],
      row('(1)', 'Vận hành Trung tâm IOC', 'Sở Khoa học và Công nghệ'),
      row('(2)', 'Đề xuất giải pháp IOC', 'Sở Khoa học và Công nghệ'),
    ];
    expect(codes(analyse(REPORT, over))).toEqual([['B3', 'GROUP_COUNT_MISMATCH']]);
  });

  it('leaves the lost auto-numbering of the plan ("1." on every row) alone', () => {
    const ones = ['Rà soát', 'Tập huấn', 'Số hóa'].map((text) => row('1.', `${text} hồ sơ`, 'Sở Tư pháp'));
    expect(codes(analyse(REPORT, ones))).toEqual([]);
  });
});
