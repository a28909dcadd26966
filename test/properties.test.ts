/**
 * Properties over any input (fast-check): the deadline reader, the header finder and the unit
 * splitter answer every string without throwing, and the engine answers every grid. Strings mix
 * Vietnamese letters, the words the readers look for, digits, separators and arbitrary Unicode.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../src/core/check';
import type { Cell, Grid } from '../src/core/grid';
import { readDeadlineText } from '../src/core/deadline/readDeadline';
import { headerAt } from '../src/core/recognise/findHeader';
import { MergedView } from '../src/core/recognise/mergedView';
import { matchHeader } from '../src/core/roles';
import { splitUnits } from '../src/core/units';

const WORDS = [
  'Sở',
  'Tư pháp',
  'UBND',
  'HĐND',
  'Phòng',
  'các',
  'và',
  'chủ trì',
  'phối hợp',
  'Nhiệm vụ',
  'STT',
  'Thời gian',
  'hoàn thành',
  'Tháng',
  'Quý',
  'năm',
  'ngày',
  'trước',
  'thường xuyên',
  'hằng',
  'tuần',
  'IV',
  'II',
  '6 tháng đầu năm',
  'đến',
  '-',
  '/',
  ';',
  ',',
  '\n',
  '__proto__',
  'constructor',
  '=',
  '+',
  '@',
];

/** Text as plans hold it, and anything else. */
const text = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.integer({ min: -5, max: 3000 }).map(String), fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const cell: fc.Arbitrary<Cell | null> = fc.oneof(
  fc.constant(null),
  text.map((t): Cell => ({ kind: 'text', text: t })),
  fc.double({ noNaN: false }).map((value): Cell => ({ kind: 'number', value })),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d): Cell => ({ kind: 'date', iso: d.toISOString().slice(0, 10) })),
  fc.boolean().map((value): Cell => ({ kind: 'boolean', value })),
  fc.constantFrom('#N/A', '#REF!').map((code): Cell => ({ kind: 'error', code })),
);

/** A grid that often has a header row of role words, merges that may overlap or fall outside, hidden rows. */
const grid: fc.Arbitrary<Grid> = fc
  .record({
    header: fc.boolean(),
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }),
    merges: fc.array(fc.tuple(fc.nat(30), fc.nat(10), fc.nat(30), fc.nat(10)), { maxLength: 4 }),
    hidden: fc.array(fc.nat(30), { maxLength: 3 }),
    name: fc.constantFrom('Phụ lục', '__proto__', 'constructor', ''),
  })
  .map(({ header, rows, merges, hidden, name }) => ({
    name,
    rows: header ? [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'].map((t): Cell => ({ kind: 'text', text: t })), ...rows] : rows,
    merges: merges.map(([top, left, bottom, right]) => ({ top, left, bottom, right })),
    hiddenRows: new Set(hidden),
  }));

const RUNS = { numRuns: 400 };

describe('for any input', () => {
  it('the deadline reader returns a deadline with a kind', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1990, max: 2100 }), (written, year) => {
        expect(typeof readDeadlineText(written, year).kind).toBe('string');
      }),
      RUNS,
    );
  });

  it('the unit splitter returns named units whose keys are text', () => {
    fc.assert(
      fc.property(text, (written) => {
        for (const unit of splitUnits(written)) {
          expect(typeof unit.name).toBe('string');
          expect(typeof unit.key).toBe('string');
          expect(unit.key).not.toContain('function');
        }
      }),
      RUNS,
    );
  });

  it('the header finder answers every row: a header or null', () => {
    fc.assert(
      fc.property(grid, fc.nat(30), (g, row) => {
        const header = headerAt(new MergedView(g), row, Math.max(0, ...g.rows.map((r) => r.length)));
        expect(header === null || typeof header.columns === 'object').toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(text, (written) => {
        const match = matchHeader(written);
        expect(match === null || typeof match.role === 'string').toBe(true);
      }),
      RUNS,
    );
  });

  it('the engine analyses every grid: tables, tasks and findings, never an exception', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const analysed = checkWorkbook({ sheets: [g] }, { asOf: '2025-11-14', lang: 'vi' });
        for (const { table, findings } of analysed) {
          expect(Array.isArray(table.tasks)).toBe(true);
          for (const finding of findings) expect(typeof finding.message).toBe('string');
        }
      }),
      RUNS,
    );
  });
});
