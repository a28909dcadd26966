/**
 * The seven real task tables of ../shared/realworld (the Bộ Tư pháp plan is prose: test/import.test.ts)
 * as a Word document and as a PDF, imported the way `phuluc import` imports them, read back task by
 * task against the JSON as test/realworld/tables.test.ts reads the pasted sheet: the number of tables
 * and tasks, each task's STT, task text, lead and support cells and deadline as written.
 *
 * Both forms are written from the very sheet test/helpers/realworld.ts pastes (`pastedGrid`), so one
 * expected-rows logic drives all three forms: its title rows become the paragraphs above the table,
 * its merges Word's w:gridSpan and w:vMerge, a number or date cell the text it shows. What the Word
 * table adds over the pasted sheet: where the sheet has a two-row header, the titles without a
 * sub-title are merged down over both rows (w:vMerge), as Word lays out such a header, and the
 * workbook's empty rows (the An Giang tracker sits at its source rows) are left out.
 *
 * The PDFs are written by test/helpers/pdf.ts (pdfkit, DejaVu): landscape A4 for a table of six
 * columns or more (the An Giang tracker without its ten tracking columns: PDF_VARIANTS); each page repeats the
 * header, and the page breaks fall where that layout puts them, not where the source's did.
 * The long documents are cut to their first rows for the PDF (PDF_ROWS), the expected tasks cut
 * with them, to keep the suite quick; the Word documents are whole.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cell, Grid } from '../../src/core/grid';
import { cellText } from '../../src/core/grid';
import { type ImportedPlan, importPlan } from '../../src/core/import/importPlan';
import { joinLines, nfc } from '../../src/core/text';
import { readDocxBytes } from '../../src/io/docx';
import { readPdfPlan } from '../../src/io/pdfReader';
import { type DocxBlock, type DocxCell, docxOf } from '../helpers/docx';
import { pdfOf } from '../helpers/pdf';
import {
  expectedTable,
  LAYOUTS,
  type Variant,
  pastedGrid,
  type RealDocument,
  readRealDocument,
  realworldAvailable,
  shownDeadline,
  TABLE_DOCUMENTS,
  titleLines,
} from '../helpers/realworld';

jest.setTimeout(120_000); // PDFs are written with pdfkit and read with pdf.js in a worker thread

const AS_OF = '2025-11-14';

const available = realworldAvailable();
if (!available) console.warn('test/realworld: ../shared/realworld not found (set PHULUC_REALWORLD); the real tables are not checked as Word and PDF.');
const describeReal = available ? describe : describe.skip;

/** The JSON rows kept for the PDF of a long document (all of a shorter one). */
const PDF_ROWS = 60;

/**
 * The An Giang tracker's PDF. Its 19 columns do not fit an A4 landscape page as test/helpers/pdf.ts
 * draws tables: a column is never narrower than its longest word ("484/STP-XDTHPL") and every cell
 * has a fixed 4-pt padding, so the table fits the page only in 3-pt type, where the padding makes
 * the gap between two rows wider than the reader allows between a table's rows (2.5 × the type
 * size): no real print scaled to fit the page, whose padding shrinks with its type, looks like
 * that. Its PDF is therefore the tracker with the columns the import reads (STT, the document's
 * name, the drafting body, the deadline, the note) and the "Hình thức xử lý" group that makes its
 * header two rows; the ten tracking columns between (H..K, M..R: handler, letters and their dates)
 * are left out. The Word document carries all 19.
 */
/**
 * Its PDF in 9-pt type (8 pt in the table): in the default 10 pt, test/helpers/pdf.ts's narrow
 * columns (as wide as their longest word and 8 pt of padding) bring "Ngày dự" and "Ghi" of two
 * header cells closer than the reader's gap between cells (0.9 × the type size), and they read as one.
 */
const PDF_TYPE: Record<string, { fontSize: number }> = { 'angiang-stp-2026-theo-doi-vbqppl-qd': { fontSize: 9 } };
const ANGIANG = LAYOUTS['angiang-stp-2026-theo-doi-vbqppl-qd']!;
const PDF_VARIANTS: Record<string, Variant> = {
  'angiang-stp-2026-theo-doi-vbqppl-qd': {
    columns: [...ANGIANG.columns.slice(0, 7), 'deadline', 'other:Ghi chú (col S)'],
    header: [...ANGIANG.header.slice(0, 7), ANGIANG.header[11]!, ANGIANG.header[18]!],
  },
};

/** A cell as the Word document or PDF prints it: a number as written, a date as the sheet shows it. */
function shown(cell: Cell | null | undefined): string {
  if (cell?.kind === 'date') return shownDeadline(`${cell.iso} [Excel date cell, number format '${cell.format}']`);
  return cellText(cell);
}

/**
 * The pasted sheet as the Word blocks it comes from: its title lines as paragraphs, then one table,
 * merged areas as w:gridSpan / w:vMerge.
 */
function wordBlocks(name: string, doc: RealDocument, variant: Variant = {}): DocxBlock[] {
  const layout = { ...LAYOUTS[name]!, ...variant };
  const grid: Grid = pastedGrid(name, variant, doc);
  const width = layout.columns.length;
  const titles = layout.noTitle ? [] : titleLines(doc.title);
  const headerTop = layout.noTitle ? 0 : titles.length + 1;
  const merges = [...grid.merges];
  // A two-row header: a title with nothing under it spans both rows.
  if (layout.header2) {
    layout.header.forEach((title, col) => {
      const covered = merges.some((m) => m.top <= headerTop && m.bottom >= headerTop && m.left <= col && m.right >= col);
      if (title !== null && layout.header2![col] == null && !covered) merges.push({ top: headerTop, left: col, bottom: headerTop + 1, right: col });
    });
  }
  const mergeAt = (r: number, c: number) => merges.find((m) => m.top <= r && m.bottom >= r && m.left <= c && m.right >= c);
  const rows: DocxCell[][] = [];
  for (let r = headerTop; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (!row.some((cell) => cell != null) && !merges.some((m) => m.top < r && m.bottom >= r)) continue; // an empty row of the workbook
    const cells: DocxCell[] = [];
    for (let c = 0; c < width; c++) {
      const merge = mergeAt(r, c);
      if (merge && merge.left !== c) continue; // spanned by the cell on its left
      const span = merge ? merge.right - merge.left + 1 : 1;
      const vMerge = merge && merge.bottom > merge.top ? (merge.top === r ? 'restart' : 'continue') : undefined;
      cells.push({ text: vMerge === 'continue' ? '' : shown(row[c]), ...(span > 1 ? { span } : {}), ...(vMerge ? { vMerge } : {}) });
    }
    rows.push(cells);
  }
  return [...titles.map((paragraph) => ({ paragraph })), { table: rows }];
}

/** Each imported task as tables.test.ts reads a recognised one: cells' lines joined, whitespace squished. */
const read = (text: string) => nfc(joinLines(text));
function tasksOf(plan: ImportedPlan) {
  return plan.tables
    .flatMap((t) => t.rows.filter((r) => r.kind === 'task'))
    .map((r) => ({ stt: r.stt === '' ? null : r.stt, task: read(r.text), lead: read(r.lead), support: read(r.support), deadline: read(r.deadline) }));
}
const sectionsOf = (plan: ImportedPlan) => plan.tables.flatMap((t) => t.rows.filter((r) => r.kind === 'section'));

/** The tasks the source counts (test/helpers/realworld.ts), as tables.test.ts expects them read. */
function expected(name: string, doc: RealDocument) {
  const want = expectedTable(doc);
  const tasks = want.tasks.map(({ stt, task, lead, support, deadline }) => ({ stt, task, lead, support, deadline }));
  if (name === 'nq03-cp-2025-pl2-nhiem-vu') {
    // As tables.test.ts: the group row "IV." carries "năm tiếp theo" in the deadline column (the
    // tail of task 76's deadline cut by the source's page), read as appended to task 76.
    const t76 = tasks.findIndex((t) => t.stt === '76.');
    if (t76 >= 0 && doc.rows.some((r) => r.kind === 'section' && r.stt === 'IV.')) tasks[t76] = { ...tasks[t76]!, deadline: `${tasks[t76]!.deadline} năm tiếp theo` };
  }
  return { tasks, sections: want.sections };
}

const temp = mkdtempSync(join(tmpdir(), 'phuluc-realworld-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The PDF of the blocks, read in the command line's PDF worker (pdf.js loaded there), as `phuluc import` reads it. */
async function importPdf(name: string, blocks: readonly DocxBlock[], layout: Parameters<typeof pdfOf>[1]): Promise<ImportedPlan> {
  const file = join(temp, `${name}.pdf`);
  writeFileSync(file, await pdfOf(blocks, layout));
  const reply = await readPdfPlan(file, AS_OF);
  if (!('plan' in reply)) throw new Error(`${name}: ${reply.failure}`);
  return reply.plan;
}

/** Tasks expected per document: the whole document, and what its PDF keeps. */
const COUNTS: Record<string, [word: number, pdf: number]> = {
  'nq03-cp-2025-pl2-nhiem-vu': [140, 57],
  'dongnai-179-kh-ubnd-2025-kinh-te-so': [94, 47],
  'dongthap-552-kh-ubnd-2025-doi-moi-cong-nghe': [19, 19],
  'hanoi-310-kh-ubnd-2025-5g-iot': [6, 6],
  'bvhttdl-6225-cv-2025-nhiem-vu-cuoi-nam': [10, 10],
  'cp-394-nq-2025-moi-truong-de-an': [3, 3],
  'angiang-stp-2026-theo-doi-vbqppl-qd': [273, 60],
};

describeReal('real tables from other issuers, as Word and as PDF', () => {
  it('covers every table document of the shared set', () => {
    expect(Object.keys(COUNTS).sort()).toEqual([...TABLE_DOCUMENTS].sort());
  });

  describe.each(TABLE_DOCUMENTS)('%s', (name) => {
    const doc = readRealDocument(name);

    it('as Word: one table, every task read as the source writes it, the sections kept', () => {
      const plan = importPlan(readDocxBytes(docxOf(wordBlocks(name, doc))), AS_OF);
      const want = expected(name, doc);
      expect(want.tasks).toHaveLength(COUNTS[name]![0]);
      expect(plan.tables).toHaveLength(1);
      expect(tasksOf(plan)).toEqual(want.tasks);
      expect(sectionsOf(plan)).toHaveLength(want.sections);
    });

    it(`as PDF${doc.rows.length > PDF_ROWS ? ` (its first ${PDF_ROWS} rows)` : ''}${PDF_VARIANTS[name] ? ' (the columns the import reads: see PDF_VARIANTS)' : ''}: one table, every task read as the source writes it, the sections kept`, async () => {
      const cut: RealDocument = { ...doc, rows: doc.rows.slice(0, PDF_ROWS) };
      const variant = PDF_VARIANTS[name] ?? {};
      const plan = await importPdf(name, wordBlocks(name, cut, variant), { landscape: (variant.columns ?? LAYOUTS[name]!.columns).length >= 6, ...PDF_TYPE[name] });
      const want = expected(name, cut);
      expect(want.tasks).toHaveLength(COUNTS[name]![1]);
      expect(plan.tables).toHaveLength(1);
      expect(tasksOf(plan)).toEqual(want.tasks);
      expect(sectionsOf(plan)).toHaveLength(want.sections);
    });
  });
});
