/** The reader messages' schemas keep every field of what the readers send, and refuse what is not a reply. */
import { join } from 'node:path';
import { readReport } from '../core/consolidate/consolidate';
import { readPlanFile } from './readPlan';
import { PdfJobSchema, PdfReplySchema, ReaderJobSchema, REPLY_SCHEMAS } from './readerMessages';
import { readWorkbookFile } from './readWorkbook';

const ROOT = join(__dirname, '..', '..');
const WORKBOOKS = [
  'examples/bao-cao-de-an-06-hai-phong.xlsx',
  'examples/ke-hoach-bcd-tinh-phu-luc-I-IV.xlsx',
  'test/fixtures/merged-and-hidden.xlsx',
  'test/fixtures/dates-1904.xlsx',
  'test/fixtures/bach-long-vi.xls',
];

describe('reader messages', () => {
  it.each(WORKBOOKS)('a workbook and its report come through whole: %s', (name) => {
    const file = join(ROOT, name);
    const workbook = { workbook: readWorkbookFile(file) };
    expect(REPLY_SCHEMAS.workbook.parse(workbook)).toEqual(workbook);
    const report = { report: readReport(file, workbook.workbook, { asOf: '2025-11-14', planYear: undefined, lang: 'vi' }) };
    expect(REPLY_SCHEMAS.report.parse(report)).toEqual(report);
  });

  it('a plan comes through whole', () => {
    const plan = { plan: readPlanFile(join(ROOT, 'test/fixtures/plans/seed001-de-an-06-hai-phong.txt'), '2025-11-14') };
    expect(plan.plan.tables.length).toBeGreaterThan(0);
    expect(REPLY_SCHEMAS.plan.parse(plan)).toEqual(plan);
  });

  it('refuses a reply of another kind, a date cell without its day, an unknown reason', () => {
    const sheet = (cell: unknown) => ({ workbook: { sheets: [{ name: 'A', rows: [[cell]], merges: [], hiddenRows: new Set<number>() }] } });
    expect(REPLY_SCHEMAS.workbook.safeParse(sheet({ kind: 'date', iso: '2025-11-14' })).success).toBe(true);
    expect(REPLY_SCHEMAS.workbook.safeParse(sheet({ kind: 'date', iso: null })).success).toBe(false);
    expect(REPLY_SCHEMAS.workbook.safeParse(sheet({ kind: 'date' })).success).toBe(false);
    // A number cell holds what the file holds, NaN and infinities too.
    expect(REPLY_SCHEMAS.workbook.safeParse(sheet({ kind: 'number', value: Infinity })).success).toBe(true);
    expect(REPLY_SCHEMAS.workbook.safeParse({ plan: { title: '', planYear: 2025, tables: [], counts: [] } }).success).toBe(false);
    expect(REPLY_SCHEMAS.workbook.safeParse({ failure: 'timeout' }).success).toBe(true);
    expect(REPLY_SCHEMAS.workbook.safeParse({ failure: 'gone' }).success).toBe(false);
  });

  it("the PDF thread: a plan, or a reason with the import's own problem", () => {
    expect(PdfReplySchema.safeParse({ failure: 'not_plan', problem: 'word97' }).success).toBe(true);
    expect(PdfReplySchema.safeParse({ failure: 'damaged', problem: 'scanned' }).success).toBe(false);
    expect(PdfJobSchema.safeParse({ file: 'a.pdf', asOf: '2025-11-14' }).success).toBe(true);
    expect(PdfJobSchema.safeParse({ file: 'a.pdf' }).success).toBe(false);
  });

  it('a request names its kind, its file and, for a report, a cut-off day', () => {
    expect(ReaderJobSchema.safeParse({ id: 1, kind: 'report', file: 'a.xlsx', options: { asOf: '2025-11-14', planYear: 2025, lang: 'en', columns: { status: 5 } } }).success).toBe(true);
    expect(ReaderJobSchema.safeParse({ id: 1, kind: 'report', file: 'a.xlsx', options: { asOf: '14/11/2025', planYear: 2025, lang: 'en' } }).success).toBe(false);
    expect(ReaderJobSchema.safeParse({ id: 1, kind: 'report', file: 'a.xlsx', options: { asOf: '2025-11-14', planYear: 2025, lang: 'en', columns: { colour: 5 } } }).success).toBe(
      false,
    );
    expect(ReaderJobSchema.safeParse({ id: 1, kind: 'print', file: 'a.xlsx' }).success).toBe(false);
  });
});
