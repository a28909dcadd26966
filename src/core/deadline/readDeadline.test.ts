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
