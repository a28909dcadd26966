/**
 * Properties of the deadline reader (fast-check): a due day always falls inside the period its
 * phrase names, however the phrase is spelled, and a phrase that names no period gets no day.
 */
import fc from 'fast-check';
import { lastDayOfMonthIso, lastDayOfQuarterIso } from '../calendar';
import { readDeadlineText } from './readDeadline';

const ROMAN = ['I', 'II', 'III', 'IV'];
const year = fc.integer({ min: 2000, max: 2099 });
const planYear = fc.integer({ min: 2000, max: 2099 });
const space = fc.constantFrom('', ' ');
const lead = fc.constantFrom('', 'Trong ', 'Hoàn thành trong ', 'Chậm nhất ', 'Đến hết ', 'Dự kiến ');
const trail = fc.constantFrom('', '.', ' ', ';');

function firstOfQuarter(y: number, q: number): string {
  return `${y}-${String(q * 3 - 2).padStart(2, '0')}-01`;
}

describe('a due day is inside the period its phrase names', () => {
  it('"Quý N/YYYY" in any spelling is due on the last day of that quarter', () => {
    const word = fc.constantFrom('Quý', 'quý', 'QUÝ', 'Quí', 'Quy', 'Q', 'Qúy', 'Quý'.normalize('NFD'));
    const numeral = fc.integer({ min: 1, max: 4 }).chain((q) => fc.tuple(fc.constant(q), fc.constantFrom(ROMAN[q - 1]!, String(q), ROMAN[q - 1]!.toLowerCase())));
    const separator = fc.constantFrom('/', ' / ', '-', ' năm ', ' Năm ', ' - ');
    fc.assert(
      fc.property(lead, word, space, numeral, separator, year, trail, planYear, (before, w, s, [q, n], sep, y, after, plan) => {
        const deadline = readDeadlineText(`${before}${w}${s}${n}${sep}${y}${after}`, plan);
        expect(deadline.kind).toBe('quarter');
        expect(deadline.due).toBe(lastDayOfQuarterIso(y, q));
        expect(deadline.due! >= firstOfQuarter(y, q)).toBe(true);
        expect(deadline.yearFromPlan).toBe(false);
      }),
    );
  });

  it('"Tháng M/YYYY" and a bare "M/YYYY" are due on the last day of that month', () => {
    const word = fc.constantFrom('Tháng ', 'tháng ', 'THÁNG ', 'T', '');
    fc.assert(
      fc.property(lead, word, fc.integer({ min: 1, max: 12 }), fc.boolean(), fc.constantFrom('/', ' / ', ' năm '), year, trail, planYear, (before, w, m, pad, sep, y, after, plan) => {
        if (w === '' && sep === ' năm ') return;
        const written = pad ? String(m).padStart(2, '0') : String(m);
        const deadline = readDeadlineText(`${before}${w}${written}${sep}${y}${after}`, plan);
        expect(deadline.kind).toBe('month');
        expect(deadline.due).toBe(lastDayOfMonthIso(y, m));
      }),
    );
  });

  it('a day written dd/mm/yyyy is due that day, or is no day at all', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), year, fc.constantFrom('/', '-', '.'), planYear, (d, m, y, sep, plan) => {
        const deadline = readDeadlineText(`Trước ngày ${d}${sep}${m}${sep}${y}`, plan);
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        if (iso <= lastDayOfMonthIso(y, m)) expect(deadline).toMatchObject({ kind: 'date', due: iso });
        else expect(deadline.due).toBeNull();
      }),
    );
  });

  it('a span is due at the end of its last period and starts at the beginning of its first', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 0, max: 10 }), fc.constantFrom(' - ', '-', ' đến ', '- '), fc.constantFrom('', 'Giai đoạn ', 'Từ năm '), (from, length, sep, before) => {
        const to = Math.min(2099, from + length);
        const deadline = readDeadlineText(`${before}${from}${sep}${to}`, 2025);
        expect(deadline).toMatchObject({ kind: 'year', due: `${to}-12-31` });
        if (to > from) expect(deadline.start).toBe(`${from}-01-01`);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2000, max: 2098 }), (q1, q2, y) => {
        const deadline = readDeadlineText(`Quý ${ROMAN[q1 - 1]}/${y} - Quý ${ROMAN[q2 - 1]}/${y + (q2 <= q1 ? 1 : 0)}`, 2025);
        const endYear = y + (q2 <= q1 ? 1 : 0);
        expect(deadline).toMatchObject({ kind: 'quarter', due: lastDayOfQuarterIso(endYear, q2), start: firstOfQuarter(y, q1) });
      }),
    );
  });

  it('several quarters with one year are due at the last of them', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }), fc.constantFrom(', ', ',', ' và '), year, (quarters, sep, y) => {
        const sorted = [...quarters].sort();
        const deadline = readDeadlineText(`Quý ${sorted.map((q) => ROMAN[q - 1]).join(sep)}/${y}`, 2025);
        expect(deadline).toMatchObject({ kind: 'quarter', due: lastDayOfQuarterIso(y, sorted.at(-1)!), start: firstOfQuarter(y, sorted[0]!) });
      }),
    );
  });

  it('a due day never falls before a start or outside the years the text writes', () => {
    const parts = fc.constantFrom('Quý', 'IV', 'II', 'Tháng', '6', '12', '/', '-', 'năm', 'đến', 'Từ', 'trước', 'và', ',', '2025', '2026', '2030', '15/12', '01/7/2025');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 8 }), (words) => {
        const text = words.join(' ');
        const deadline = readDeadlineText(text, 2025);
        if (deadline.start && deadline.due) expect(deadline.start <= deadline.due).toBe(true);
        if (deadline.due && !deadline.yearFromPlan) {
          // Years written in full, and two-digit years ending a day ("15/12/26").
          const written = [
            ...[...text.matchAll(/20\d\d/g)].map((m) => Number(m[0])),
            ...[...text.matchAll(/\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?(\d\d)(?!\d)/g)].map((m) => 2000 + Number(m[1])),
          ];
          const dueYear = Number(deadline.due.slice(0, 4));
          // "Trước năm 2030" is due in 2029: one year before a written year, never after the last.
          expect(dueYear).toBeLessThanOrEqual(Math.max(...written));
          expect(dueYear).toBeGreaterThanOrEqual(Math.min(...written) - 1);
        }
      }),
    );
  });
});

describe('no period, no day', () => {
  it('text without a digit, a quarter, a month or a year word gets no due day', () => {
    const words = fc.constantFrom('Sở', 'Tư pháp', 'chủ trì', 'báo cáo', 'theo', 'kết quả', 'triển khai', 'khi', 'đã', 'tối đa', 'đăng ký', 'Công an tỉnh', 'đề nghị', 'kỳ họp', 'giữa');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 10 }), (parts) => {
        expect(readDeadlineText(parts.join(' '), 2025).due).toBeNull();
      }),
    );
  });
});
