import type { Cell } from '../grid';
import { readDeadline, readDeadlineText } from './readDeadline';
import type { DeadlineKind } from './types';

const PLAN_YEAR = 2025;

function read(text: string) {
  const { kind, due } = readDeadlineText(text, PLAN_YEAR);
  return { kind, due };
}

describe('every deadline phrase of domain.md', () => {
  const table: [string, DeadlineKind, string | null][] = [
    ['30/10/2025', 'date', '2025-10-30'],
    ['Trước 30/9/2025', 'date', '2025-09-30'],
    ['Trước ngày 31/12/2025', 'date', '2025-12-31'],
    ['Tháng 4/2025', 'month', '2025-04-30'],
    ['tháng 6 năm 2025', 'month', '2025-06-30'],
    ['Quý IV', 'quarter', '2025-12-31'],
    ['Quý III/2025', 'quarter', '2025-09-30'],
    ['6 tháng đầu năm 2025', 'half', '2025-06-30'],
    ['2025', 'year', '2025-12-31'],
    ['Năm 2025', 'year', '2025-12-31'],
    ['Trong năm 2025', 'year', '2025-12-31'],
    ['2025 và những năm tiếp theo', 'ongoing', '2025-12-31'],
    ['Năm 2025 và các năm tiếp theo', 'ongoing', '2025-12-31'],
    ['Thường xuyên', 'recurring', null],
    ['Thực hiện thường xuyên', 'recurring', null],
    ['Hàng tháng', 'recurring', null],
    ['Hằng tháng', 'recurring', null],
    ['Hằng năm', 'recurring', null],
    ['Hàng quý', 'recurring', null],
    ['Theo hướng dẫn của Bộ Công an', 'conditional', null],
    ['Theo chỉ đạo của thành phố', 'conditional', null],
    ['Khi có hướng dẫn của Bộ Xây dựng', 'conditional', null],
    ['Ngay sau khi Chủ tịch UBND thành phố công bố', 'conditional', null],
  ];
  it.each(table)('%s → %s %s', (text, kind, due) => {
    expect(read(text)).toEqual({ kind, due });
  });
});

describe('deadlines as the seed plans write them', () => {
  it.each([
    ['Tháng 12/2025', 'month', '2025-12-31'],
    ['Trước 15/9/2025.', 'date', '2025-09-15'],
    ['Hoàn thành theo hướng dẫn của Trung ương', 'conditional', null],
    ['Theo hướng dẫn\ncủa Bộ Công an\nvà Công an thành\nphố', 'conditional', null],
    ['Thực hiện thường\nxuyên', 'recurring', null],
    ['Từ 01/9/2025 đến 31/12/2025', 'date', '2025-12-31'],
    ['ngày 15 tháng 6 năm 2025', 'date', '2025-06-15'],
    ['6 tháng cuối năm 2025', 'half', '2025-12-31'],
    ['Quý 2 năm 2026', 'quarter', '2026-06-30'],
    ['giai đoạn 2021-2025', 'year', '2025-12-31'],
    ['Định kỳ hằng quý', 'recurring', null],
    ['Cuối năm 2025', 'year', '2025-12-31'],
    ['04/2025', 'month', '2025-04-30'],
    ['nửa đầu năm 2025', 'half', '2025-06-30'],
    ['từ 2025 trở đi', 'ongoing', '2025-12-31'],
    ['đầu năm 2026', 'quarter', '2026-03-31'],
    ['Theo kế hoạch của Bộ Công an', 'conditional', null],
    ['Liên tục', 'recurring', null],
  ] as const)('%j → %s %s', (text, kind, due) => {
    expect(read(text)).toEqual({ kind, due });
  });
});

describe('OCR noise (seed 004)', () => {
  it.each([
    ['Thudng xuyén', 'recurring', null],
    ['Thuong xuyén', 'recurring', null],
    ['Nhiém vu thuong xuyén', 'recurring', null],
    ['Trudc ngay 20/12/2025', 'date', '2025-12-20'],
    ['Ngay sau khi Chu tich Uy ban nhan dan thanh phd cong bé', 'conditional', null],
    ['Theo hudng dan caa Bo Cong an; bao dam khong lam gian doan dich vu tir ngay 01/7/2025', 'conditional', null],
  ] as const)('%j → %s', (text, kind, due) => {
    expect(read(text)).toEqual({ kind, due });
  });

  it('lets the leading phrase decide: recurring "as instructed" stays recurring', () => {
    expect(read('Thudng xuyén, theo hudng dan cia thanh phé').kind).toBe('recurring');
  });
});

describe('day first, never month first', () => {
  it('reads 05/11/2025 as 5 November', () => {
    expect(read('05/11/2025')).toEqual({ kind: 'date', due: '2025-11-05' });
  });

  it.each(['11/30/2025', '31/02/2025', '00/10/2025'])('does not invent a date from %s', (text) => {
    expect(read(text)).toEqual({ kind: 'unknown', due: null });
  });
});

describe('the plan year fills in what the deadline leaves out', () => {
  it.each([
    ['Quý IV', '2024-12-31'],
    ['Tháng 10', '2024-10-31'],
    ['15/12', '2024-12-15'],
    ['6 tháng đầu năm', '2024-06-30'],
  ])('%s in a 2024 plan → %s', (text, due) => {
    const deadline = readDeadlineText(text, 2024);
    expect(deadline.due).toBe(due);
    expect(deadline.yearFromPlan).toBe(true);
  });

  it('does not mark a written year as taken from the plan', () => {
    expect(readDeadlineText('Quý IV/2026', 2024)).toMatchObject({ due: '2026-12-31', yearFromPlan: false });
  });
});

describe('deadline cells that are not text', () => {
  it.each<[string, Cell, DeadlineKind, string | null]>([
    ['a real date', { kind: 'date', iso: '2025-10-30' }, 'date', '2025-10-30'],
    ['a year typed as a number', { kind: 'number', value: 2025 }, 'year', '2025-12-31'],
    ['a date serial that lost its format', { kind: 'number', value: 45961 }, 'date', '2025-10-31'],
    ['a stray number', { kind: 'number', value: 3.5 }, 'unknown', null],
    ['an error value', { kind: 'error', code: '#REF!' }, 'unknown', null],
  ])('%s', (_, cell, kind, due) => {
    expect(readDeadline(cell, PLAN_YEAR)).toMatchObject({ kind, due });
  });

  it('shows a date cell as dd/mm/yyyy', () => {
    expect(readDeadline({ kind: 'date', iso: '2025-09-05' }, PLAN_YEAR).text).toBe('05/09/2025');
  });

  it('reads an empty cell as an unknown deadline with no text', () => {
    expect(readDeadline(null, PLAN_YEAR)).toEqual({ text: '', kind: 'unknown', due: null, yearFromPlan: false });
  });
});

/** Kind, due day and the extras a phrase carries (start, limit, every, statusSentence). */
function full(text: string, planYear = PLAN_YEAR) {
  const { text: _written, ...rest } = readDeadlineText(text, planYear);
  return rest;
}

describe('families from other issuers (shared/realworld)', () => {
  it.each<[string, Record<string, unknown>]>([
    // Bare month/year and year.
    ['6/2025', { kind: 'month', due: '2025-06-30' }],
    ['06/2025', { kind: 'month', due: '2025-06-30' }],
    ['Tháng 02/2026', { kind: 'month', due: '2026-02-28' }],
    ['T6/2025', { kind: 'month', due: '2025-06-30' }],
    ['2030', { kind: 'year', due: '2030-12-31' }],
    ['Cả năm 2015.', { kind: 'year', due: '2015-12-31' }],
    // Spans: due at the end, shown from their start.
    ['2026-2030', { kind: 'year', due: '2030-12-31', start: '2026-01-01' }],
    ['2026 - 2030', { kind: 'year', due: '2030-12-31', start: '2026-01-01' }],
    ['Giai đoạn 2026 - 2030', { kind: 'year', due: '2030-12-31', start: '2026-01-01' }],
    ['Quý IV/2025- Quý II/2026', { kind: 'quarter', due: '2026-06-30', start: '2025-10-01' }],
    ['Quý IV - Quý I/2026', { kind: 'quarter', due: '2026-03-31', start: '2025-10-01' }],
    ['Từ tháng 7 đến tháng 12/2025', { kind: 'month', due: '2025-12-31', start: '2025-07-01' }],
    ['Từ 01/9/2025 đến 31/12/2025', { kind: 'date', due: '2025-12-31', start: '2025-09-01' }],
    ['Tháng 10/2025 - Tháng 3/2026', { kind: 'month', due: '2026-03-31', start: '2025-10-01' }],
    // Several quarters or months with one year.
    ['Quý II, III/2015.', { kind: 'quarter', due: '2015-09-30', start: '2015-04-01' }],
    ['Quý I, II/2015.', { kind: 'quarter', due: '2015-06-30', start: '2015-01-01' }],
    ['Quý II và III/2015.', { kind: 'quarter', due: '2015-09-30', start: '2015-04-01' }],
    ['Tháng 6 và tháng 12 năm 2025', { kind: 'month', due: '2025-12-31', start: '2025-06-01' }],
    // Spellings of "Quý".
    ['Quí IV-2025', { kind: 'quarter', due: '2025-12-31' }],
    ['Quí 3/2025', { kind: 'quarter', due: '2025-09-30' }],
    ['Q4/2025', { kind: 'quarter', due: '2025-12-31' }],
    ['Quý lV/2025', { kind: 'quarter', due: '2025-12-31' }],
    ['Quý III Năm 2026', { kind: 'quarter', due: '2026-09-30' }],
    // Recurring on a period of every year.
    ['Tháng 12 hằng năm', { kind: 'recurring', due: null, every: 'year' }],
    ['Trước ngày 15/12 hằng năm', { kind: 'recurring', due: null, every: 'year' }],
    ['Quý IV hàng năm', { kind: 'recurring', due: null, every: 'year' }],
    ['Hằng năm', { kind: 'recurring', due: null, every: 'year' }],
    ['Định kỳ 6 tháng', { kind: 'recurring', due: null, every: 'half' }],
    ['6 tháng/lần', { kind: 'recurring', due: null, every: 'half' }],
    // A start is not a due day.
    ['Từ 01/7/2025', { kind: 'start', due: null, start: '2025-07-01' }],
    ['Kể từ ngày 01/7/2025', { kind: 'start', due: null, start: '2025-07-01' }],
    ['Từ tháng 7/2025', { kind: 'start', due: null, start: '2025-07-01' }],
    // Before a period: the day before it begins.
    ['Trước năm 2030', { kind: 'year', due: '2029-12-31' }],
    ['Trước Quý III/2025', { kind: 'quarter', due: '2025-06-30' }],
    ['Trước tháng 6/2025', { kind: 'month', due: '2025-05-31' }],
    ['Trước 30/9/2025', { kind: 'date', due: '2025-09-30' }],
    // Council sessions: no day guessed; a month written gives its end.
    ['Kỳ họp giữa năm 2026', { kind: 'session', due: null }],
    ['Kỳ họp cuối năm', { kind: 'session', due: null }],
    ['Kỳ họp gần nhất 2026', { kind: 'session', due: null }],
    [' Kỳ họp chuyên đề tháng 5/2026', { kind: 'session', due: '2026-05-31' }],
    ['Trình Quốc hội tại Kỳ họp thứ 9 (tháng 5/2025)', { kind: 'session', due: '2025-05-31' }],
    // Documents that set the deadline: their own dates are not the task's.
    ['Theo Kế hoạch riêng', { kind: 'reference', due: null }],
    ['Thông báo số 326/TB-TTHĐND ngày 17/12/2025', { kind: 'reference', due: null }],
    ['Theo lộ trình được giao tại Kế hoạch số 02-KH/BCĐTW', { kind: 'reference', due: null }],
    ['Theo Nghị quyết 57-NQ/TW', { kind: 'reference', due: null }],
    // Conditions.
    ['Khi có phát sinh', { kind: 'conditional', due: null }],
    ['Sau khi có Quy chế của TW', { kind: 'conditional', due: null }],
    ['Sau khi có văn bản quy định giá ... trình bãi bỏ ...', { kind: 'conditional', due: null }],
    ['Tùy tình hình thực tế', { kind: 'conditional', due: null }],
    // A target, then a second date shown beside it.
    ['Quý I/2026. Có trong danh sách phải xử lý trước 31/5/2026', { kind: 'quarter', due: '2026-03-31', limit: '2026-05-31' }],
    ['Tháng 6/2026 (có trong DS xử lý chậm nhất 31/5/2026)', { kind: 'month', due: '2026-06-30', limit: '2026-05-31' }],
    // Ongoing after any period.
    ['Quý IV/2025 và những năm tiếp theo', { kind: 'ongoing', due: '2025-12-31' }],
    // Status sentences typed into the deadline column: no day, a finding of their own.
    ['Công an tỉnh đề nghị chuyển sang Kỳ họp giữa năm 2026', { kind: 'unknown', due: null, statusSentence: true }],
    ['Đã trình UBND tỉnh ngày 15/3/2026', { kind: 'unknown', due: null, statusSentence: true }],
    ['Ngày 15/3/2026 đã trình UBND tỉnh', { kind: 'unknown', due: null, statusSentence: true }],
    ['Đang lấy ý kiến góp ý', { kind: 'unknown', due: null, statusSentence: true }],
    ['Hoàn thành', { kind: 'unknown', due: null, statusSentence: true }],
    // Not understood: no day rather than a wrong one.
    ['năm tiếp theo', { kind: 'unknown', due: null }],
    ['Giữa năm 2026', { kind: 'unknown', due: null }],
    ['Chưa xác định', { kind: 'unknown', due: null }],
    ['Sớm nhất có thể', { kind: 'unknown', due: null }],
    ['Tối đa 30 ngày', { kind: 'unknown', due: null }],
    ['2030 - 2026', { kind: 'unknown', due: null }],
    ['ngày 31 tháng 6/2025', { kind: 'unknown', due: null }],
    ['Quý V/2025', { kind: 'unknown', due: null }],
    // More spellings and forms met in plans.
    ['Q.IV/2025', { kind: 'quarter', due: '2025-12-31' }],
    ['Quý IV.2025', { kind: 'quarter', due: '2025-12-31' }],
    ['Tháng 12.2025', { kind: 'month', due: '2025-12-31' }],
    ['ngày 15 tháng 6/2025', { kind: 'date', due: '2025-06-15' }],
    ['Đợt 1: tháng 6/2025; Đợt 2: tháng 12/2025', { kind: 'month', due: '2025-06-30' }],
    ['Trong vòng 30 ngày kể từ ngày ký', { kind: 'conditional', due: null }],
    ['2025 - 2026 (hoàn thành trước 30/6/2026)', { kind: 'year', due: '2026-12-31', start: '2025-01-01', limit: '2026-06-30' }],
    // Before a span: the day before it begins, and no start after the due day (fast-check found "trước 2030 - 2030").
    ['Trước giai đoạn 2026 - 2030', { kind: 'year', due: '2025-12-31' }],
    ['trước 2030 - 2030', { kind: 'year', due: '2029-12-31' }],
  ])('%j', (text, expected) => {
    expect(full(text)).toEqual({ yearFromPlan: false, ...expected });
  });

  it('keeps the plan year for a period without one inside a span ("Quý IV - Quý I/2026" starts in 2025)', () => {
    expect(full('Từ tháng 7 đến tháng 12', 2024)).toEqual({ kind: 'month', due: '2024-12-31', start: '2024-07-01', yearFromPlan: true });
    expect(full('Trong năm', 2024)).toEqual({ kind: 'year', due: '2024-12-31', yearFromPlan: true });
  });

  it('does not read a word that only looks like a status ("tối đa", "đăng ký") as one', () => {
    expect(full('Đăng ký trước 30/6/2025')).toEqual({ kind: 'date', due: '2025-06-30', yearFromPlan: false });
  });
});

describe('real date cells shown as a month or a year', () => {
  it.each<[string, string, string, DeadlineKind, string]>([
    ['2026-03-01', '"Tháng "m/yyyy', 'Tháng 3/2026', 'month', '2026-03-31'],
    ['2026-04-01', 'mm/yyyy', '04/2026', 'month', '2026-04-30'],
    ['2026-01-01', 'yyyy', '2026', 'year', '2026-12-31'],
    ['2026-03-05', 'dd/mm/yyyy', '05/03/2026', 'date', '2026-03-05'],
    ['2026-03-05', 'h:mm', '05/03/2026', 'date', '2026-03-05'],
  ])('%s formatted %s is %s', (iso, format, text, kind, due) => {
    expect(readDeadline({ kind: 'date', iso, format }, PLAN_YEAR)).toEqual({ text, kind, due, yearFromPlan: false });
  });
});

describe('a year counted from a date the phrase does not give', () => {
  it.each(['Trước ngày 15/01 năm sau', 'Tháng 9 và tháng 3 năm sau', 'Quý I năm tới'])('gets no date: %s', (text) => {
    expect(readDeadlineText(text, 2025)).toMatchObject({ kind: 'unknown', due: null });
  });
});
