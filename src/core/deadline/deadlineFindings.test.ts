/**
 * What the check says about deadline cells it cannot turn into a day: a phrase not understood is
 * UNPARSED_DEADLINE, a progress note typed into the deadline column is STATUS_IN_DEADLINE, and a
 * phrase understood without a day (a session, a document, a start) is neither.
 */
import { gridOf } from '../../../test/helpers/grids';
import { checkWorkbook } from '../check';
import { TEXT } from '../i18n';
import { describeDeadline } from './describeDeadline';
import { readDeadlineText } from './readDeadline';

const HEADER = ['STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'];

function findingsFor(deadlines: string[]) {
  const grid = gridOf([['KẾ HOẠCH NĂM 2026'], HEADER, ...deadlines.map((d, i) => [`${i + 1}`, `Nhiệm vụ ${i + 1}`, 'Sở Tư pháp', 'Công an tỉnh', d])]);
  const [analysed] = checkWorkbook({ sheets: [grid] }, { asOf: '2026-02-01' });
  return analysed!.findings.filter((f) => /DEADLINE/.test(f.code)).map((f) => `${f.code} ${f.cell}`);
}

describe('deadline findings', () => {
  it('reports each phrase not understood, and each status sentence, on its cell', () => {
    expect(
      findingsFor([
        'Quý I/2026',
        'Giữa năm 2026',
        'Công an tỉnh đề nghị chuyển sang Kỳ họp giữa năm 2026',
        'Kỳ họp giữa năm 2026',
        'Theo Kế hoạch riêng',
        'Từ 01/7/2026',
        'Chưa xác định',
        'năm tiếp theo',
        'Đã trình UBND tỉnh',
      ]),
    ).toEqual(['UNPARSED_DEADLINE E4', 'STATUS_IN_DEADLINE E5', 'UNPARSED_DEADLINE E9', 'UNPARSED_DEADLINE E10', 'STATUS_IN_DEADLINE E11']);
  });

  it('gives tasks without a day no deadline to miss', () => {
    const grid = gridOf([HEADER, ['1', 'Nhiệm vụ', 'Sở Tư pháp', null, 'Kỳ họp giữa năm 2026'], ['2', 'Nhiệm vụ', 'Sở Tư pháp', null, 'Từ 01/7/2025']]);
    const [analysed] = checkWorkbook({ sheets: [grid] }, { asOf: '2026-02-01' });
    expect(analysed!.table.tasks.map((t) => [t.deadline.kind, t.state])).toEqual([
      ['session', 'no_deadline'],
      ['start', 'no_deadline'],
    ]);
  });
});

describe('a deadline in words', () => {
  it.each([
    ['Quý IV/2025- Quý II/2026', 'vi', 'từ 01/10/2025 đến 30/06/2026 (hạn 30/06/2026)'],
    ['Quý I/2026. Có trong danh sách phải xử lý trước 31/5/2026', 'vi', 'hạn 31/03/2026; ô còn ghi hạn 31/05/2026'],
    ['Quý IV', 'vi', 'hạn 31/12/2025 (năm của kế hoạch)'],
    ['Kỳ họp giữa năm 2026', 'vi', 'tại kỳ họp: chưa có ngày cụ thể'],
    ['Kỳ họp chuyên đề tháng 5/2026', 'en', 'at a session in 05/2026 (due 31/05/2026)'],
    ['Từ 01/7/2025', 'vi', 'bắt đầu từ 01/07/2025, không phải hạn hoàn thành'],
    ['Tháng 12 hằng năm', 'vi', 'định kỳ (hằng năm): không tính quá hạn'],
    ['Thông báo số 326/TB-TTHĐND ngày 17/12/2025', 'en', 'set in another document: no day here'],
    ['Công an tỉnh đề nghị chuyển sang Kỳ họp giữa năm 2026', 'vi', 'ghi tình hình thực hiện, không phải thời hạn'],
    ['2025 và những năm tiếp theo', 'en', 'first milestone 31/12/2025, continuing in the following years'],
    ['Sau Tết', 'vi', 'không đọc được'],
  ] as const)('%s (%s) → %s', (text, lang, words) => {
    expect(describeDeadline(readDeadlineText(text, 2025), lang)).toBe(words);
  });
});

describe('a deadline that lacks the day its kind needs', () => {
  // Not made by the parsers today; the words must then say "not read", never "hạn undefined" or a crash.
  it.each([
    [{ text: '31/12/2025', kind: 'date', due: null, yearFromPlan: false }],
    [{ text: '2025 và những năm tiếp theo', kind: 'ongoing', due: null, yearFromPlan: false }],
    [{ text: 'Từ 01/7/2025', kind: 'start', due: null, yearFromPlan: false }],
  ] as const)('%j is described as not read', (deadline) => {
    expect(describeDeadline(deadline, 'vi')).toBe('không đọc được');
    expect(describeDeadline(deadline, 'en')).toBe(TEXT.en.deadlines.unknown);
  });
});
