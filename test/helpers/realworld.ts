/**
 * The real published task tables of ../shared/realworld/*.json, rebuilt as the sheet a clerk gets
 * by pasting the table from Word or PDF into Excel: title rows merged across, the header (two rows
 * where the source has two, titles broken over lines where the source breaks them), section rows
 * (the number in the STT column, the title beside it or merged across the row), the header
 * repeated inside the table, a sub-row sharing its task's merged cells, rows continued over a page
 * break, STT and years that Excel turned into numbers, STT written as a formula (its cached number)
 * and months typed as real dates formatted `"Tháng "m/yyyy`.
 *
 * Each document's layout is described once in LAYOUTS; what is read back is checked against the
 * JSON by `expectedTable`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cell, CellRange, Grid, Workbook } from '../../src/core/grid';
import { columnIndex } from '../../src/core/grid';
import { joinLines, nfc } from '../../src/core/text';

/** Where the shared documents are: PHULUC_REALWORLD, else ../shared/realworld beside the project. */
export const REALWORLD_DIR = process.env.PHULUC_REALWORLD ?? join(__dirname, '..', '..', '..', 'shared', 'realworld');

export type RowKind = 'section' | 'task' | 'subtask' | 'continuation' | 'header_repeat';

export interface RealRow {
  kind: RowKind;
  stt: string | number;
  task: string;
  lead: string;
  support: string;
  deadline: string;
  result: string;
  note: string;
  /** The value a formula STT shows ("=A3+1" → 2). */
  stt_cached?: number;
  /** The row of the source workbook (1-based), for a document that is a workbook. */
  excel_row?: number;
  /** Cells of columns the JSON has no field for, keyed by their title ("Người xử lý (col H)"). */
  other?: Record<string, string | number>;
}

export interface RealDocument {
  source: string;
  title: string;
  issuer: string;
  date: string;
  header: string[];
  header_row2?: string[];
  rows: RealRow[];
  notes: string;
}

type Field = 'stt' | 'task' | 'lead' | 'support' | 'deadline' | 'result' | 'note' | `other:${string}` | null;

interface Layout {
  sheet: string;
  /** What each column holds, left to right. */
  columns: Field[];
  /** Header titles per column, as printed (line breaks where the source breaks a title). */
  header: (string | null)[];
  /** A second header row (sub-titles under a title merged across). */
  header2?: (string | null)[];
  /** Header merges, rows relative to the first header row: [top, left, bottom, right]. */
  headerMerges?: [number, number, number, number][];
  /**
   * How a section row is laid out: its number in the STT column and its title merged across the
   * rest ('merged'), its title in the task column ('plain'), or number and title in one cell merged
   * across the whole row ('one-cell').
   */
  section: (row: RealRow) => 'merged' | 'plain' | 'one-cell';
  /** No title rows: the sheet starts with its header (a working tracker, not a printed plan). */
  noTitle?: boolean;
  /** Rows sit at their `excel_row` (the source is a workbook). */
  atExcelRows?: boolean;
  /** Merges of the source workbook, 1-based rows, as "S90:S91". */
  sourceMerges?: string[];
  /** The header printed again at the top of each page, so before each row continued over a page break. */
  headerAtPageBreaks?: boolean;
}

const FIVE: Field[] = ['stt', 'task', 'lead', 'support', 'deadline'];
const ROMAN = /^[IVXLC]+\.?$/;

/** The An Giang tracker's 19 columns: A..S, the "Hình thức xử lý" group D..G. */
const ANGIANG_COLUMNS: Field[] = [
  'stt',
  'task',
  'lead',
  'other:Hình thức xử lý / Thay thế (col D)',
  'other:Hình thức xử lý / Bãi bỏ (col E)',
  'other:Hình thức xử lý / Ban hành mới (col F)',
  'other:Hình thức xử lý / Chưa xác định (col G)',
  'other:Người xử lý (col H)',
  'other:VB đăng ký xây dựng (col I)',
  'other:Ngày nhận/Số vb phúc đáp (col J)',
  'other:Chấp thuận của UBND tỉnh (col K)',
  'deadline',
  'other:VB lấy ý kiến góp ý (nếu có) (col M)',
  'other:Ngày nhận/Số vb phúc đáp (col N)',
  'other:VB gửi Sở Tư pháp thẩm định (col O)',
  'other:Ngày nhận/Số vb phúc đáp (col P)',
  'other:VB trình UBND tỉnh ban hành (col Q)',
  'other:Số, ngày, tháng năm ban hành VBQPPL (col R)',
  'other:Ghi chú (col S)',
];

export const LAYOUTS: Record<string, Layout> = {
  // Government resolution: TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian hoàn thành.
  'nq03-cp-2025-pl2-nhiem-vu': {
    sheet: 'PL II',
    columns: ['stt', 'task', 'lead', 'support', 'result', 'deadline'],
    header: ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời gian hoàn thành'],
    // Its group rows are not merged: section IV. carries a stray "năm tiếp theo" in the deadline column.
    section: () => 'plain',
    headerAtPageBreaks: true,
  },
  // Parts A/B/C merged across, Roman groups and "5.1" sub-groups in the task column, the header
  // repeated (5 titles, "Nội dung" merged over the STT and task columns) after most groups.
  // Ambiguous in the source: its markdown gives the sub-group rows seven cells with the title in the
  // third (['5.1', '', 'Thương mại', '', ...]); Word lays such a row out as the number and a title
  // beside it, which is what is pasted here (a title in the lead column would read as a lead).
  'dongnai-179-kh-ubnd-2025-kinh-te-so': {
    sheet: 'Phụ lục',
    columns: ['stt', 'task', 'lead', 'support', 'deadline', 'result'],
    header: ['STT', 'Nhiệm vụ, giải pháp', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm đầu ra'],
    section: (row) => (/^[A-Z]$/.test(String(row.stt)) && !ROMAN.test(String(row.stt)) ? 'merged' : 'plain'),
  },
  // ALL-CAPS header, Roman groups (no dot) with ALL-CAPS titles merged across.
  'dongthap-552-kh-ubnd-2025-doi-moi-cong-nghe': {
    sheet: 'Phụ lục',
    columns: FIVE,
    header: ['STT', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'CHỦ TRÌ', 'PHỐI HỢP', 'THỜI GIAN'],
    section: () => 'merged',
  },
  // The source's text ends right after task 6: the appendix may have had more rows.
  'hanoi-310-kh-ubnd-2025-5g-iot': {
    sheet: 'Phụ lục',
    columns: FIVE,
    header: ['TT', 'Nội dung/nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
    section: () => 'plain',
  },
  // A person column between the task and the lead; the result before the deadline; titles broken over two lines.
  'bvhttdl-6225-cv-2025-nhiem-vu-cuoi-nam': {
    sheet: 'Phụ lục',
    columns: ['stt', 'task', 'other:Người đứng đầu chịu trách nhiệm', 'lead', 'support', 'result', 'deadline'],
    header: ['STT', 'Tên nhiệm vụ', 'Người đứng đầu\nchịu trách nhiệm', 'Cơ quan\nchủ trì', 'Cơ quan\nphối hợp', 'Kết quả\nthực hiện', 'Thời hạn\nhoàn thành'],
    section: () => 'plain',
  },
  // The sub-row giving a second lead: TT, task and deadline merged down over it.
  'cp-394-nq-2025-moi-truong-de-an': {
    sheet: 'Phụ lục',
    columns: FIVE,
    header: ['TT', 'Tên đề án ưu tiên', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'],
    section: () => 'plain',
  },
  // A working tracker: two-row header (the "Hình thức xử lý" group over four flags), formula STT,
  // months typed as dates, the drafting body as the lead, a handler's name between lead and deadline.
  'angiang-stp-2026-theo-doi-vbqppl-qd': {
    sheet: 'QD UBND can xu ly',
    columns: ANGIANG_COLUMNS,
    header: [
      'STT',
      'TÊN GỌI VĂN BẢN',
      'Cơ quan soạn thảo',
      'Hình thức xử lý',
      null,
      null,
      null,
      'Người xử lý',
      'VB đăng ký xây dựng',
      'Ngày nhận/Số vb phúc đáp',
      'Chấp thuận của UBND tỉnh',
      'Ngày dự kiến trình ban hành',
      'VB lấy ý kiến góp ý (nếu có)',
      'Ngày nhận/Số vb phúc đáp',
      'VB gửi Sở Tư pháp thẩm định',
      'Ngày nhận/Số vb phúc đáp',
      'VB trình UBND tỉnh ban hành',
      'Số, ngày, tháng năm ban hành VBQPPL',
      'Ghi chú',
    ],
    header2: [null, null, null, 'Thay thế', 'Bãi bỏ', 'Ban hành mới', 'Chưa xác định'],
    headerMerges: [[0, 3, 0, 6]],
    section: () => 'plain',
    noTitle: true,
    atExcelRows: true,
    sourceMerges: ['S90:S91'],
  },
};

/** The documents that are tables (the Bộ Tư pháp plan is prose, for the import). */
export const TABLE_DOCUMENTS = Object.keys(LAYOUTS);

export function realworldAvailable(): boolean {
  return existsSync(REALWORLD_DIR);
}

export function readRealDocument(name: string): RealDocument {
  return JSON.parse(readFileSync(join(REALWORLD_DIR, `${name}.json`), 'utf8')) as RealDocument;
}

/** "2026-04-01 [Excel date cell, number format '"Tháng "m/yyyy']": the JSON's note of a real date cell. */
const DATE_NOTE = /^(\d{4}-\d{2}-\d{2}) \[Excel date cell, number format '(.*)'\]$/;

/** A value as Excel holds it after the paste: a whole number typed alone becomes a number, a noted date a date. */
function pasted(value: string | number | undefined, field: Field): Cell | null {
  if (value === undefined || value === '') return null;
  if (typeof value === 'number') return { kind: 'number', value };
  const date = DATE_NOTE.exec(value);
  if (date) return { kind: 'date', iso: date[1]!, format: date[2]! };
  if ((field === 'stt' || field === 'deadline') && /^\d{1,4}$/.test(value)) return { kind: 'number', value: Number(value) };
  return { kind: 'text', text: value };
}

function fieldValue(row: RealRow, field: Field): string | number | undefined {
  if (field === null) return undefined;
  if (field.startsWith('other:')) return row.other?.[field.slice(6)];
  if (field === 'stt') return row.stt_cached ?? row.stt;
  return row[field as Exclude<Field, null | `other:${string}`>];
}

/** "PHỤ LỤC II - DANH MỤC ... (Kèm theo ...)" as printed: the appendix's number, its name, what it is attached to. */
export function titleLines(title: string): string[] {
  const own = title.replace(/ - of ".*$/s, '');
  const dash = own.indexOf(' - ');
  const head = dash > 0 && /^PHỤ LỤC/i.test(own) ? [own.slice(0, dash), own.slice(dash + 3)] : [own];
  return head.flatMap((line) => {
    const attached = line.search(/\((?:Ban hành )?[Kk]èm theo/);
    return attached > 0 ? [line.slice(0, attached).trim(), line.slice(attached)] : [line];
  });
}

/** A document laid out otherwise than it was published (columns moved, headings in one cell), for the families' sake. */
export type Variant = Partial<Pick<Layout, 'columns' | 'header' | 'section' | 'headerAtPageBreaks'>>;

/** The pasted sheet of one document, as published or in a variant layout. */
export function pastedGrid(name: string, variant: Variant = {}, doc: RealDocument = readRealDocument(name)): Grid {
  const base = LAYOUTS[name];
  if (!base) throw new Error(`no layout for ${name}`);
  const layout: Layout = { ...base, ...variant };
  const width = layout.columns.length;
  const rows: (Cell | null)[][] = [];
  const merges: CellRange[] = [];
  const text = (value: string | null | undefined): Cell | null => (value ? { kind: 'text', text: value } : null);

  if (!layout.noTitle) {
    for (const line of titleLines(doc.title)) {
      merges.push({ top: rows.length, left: 0, bottom: rows.length, right: width - 1 });
      rows.push([text(line)]);
    }
    rows.push([]);
  }
  const headerTop = rows.length;
  rows.push(layout.header.map(text));
  if (layout.header2) rows.push(layout.columns.map((_, col) => text(layout.header2![col])));
  for (const [top, left, bottom, right] of layout.headerMerges ?? []) merges.push({ top: headerTop + top, left, bottom: headerTop + bottom, right });

  const sttCol = layout.columns.indexOf('stt');
  /** Sheet row of the last task row written, for the merges of its sub-rows. */
  let lastTaskRow = -1;

  for (const source of doc.rows) {
    if (source.kind === 'continuation' && layout.headerAtPageBreaks) rows.push(layout.header.map(text));
    const at = layout.atExcelRows && source.excel_row ? source.excel_row - 1 : rows.length;
    while (rows.length <= at) rows.push([]);
    const cells: (Cell | null)[] = layout.columns.map(() => null);
    switch (source.kind) {
      case 'section': {
        const style = layout.section(source);
        if (style === 'one-cell') {
          cells[0] = text(`${source.stt} ${source.task}`);
          merges.push({ top: at, left: 0, bottom: at, right: width - 1 });
          break;
        }
        cells[sttCol] = pasted(String(source.stt), 'stt');
        if (style === 'merged') {
          cells[sttCol + 1] = text(source.task);
          merges.push({ top: at, left: sttCol + 1, bottom: at, right: width - 1 });
        } else {
          // The title in the task column; whatever the source left in the other columns stays there.
          layout.columns.forEach((field, col) => {
            if (field !== 'stt') cells[col] = pasted(fieldValue(source, field), field);
          });
        }
        break;
      }
      case 'header_repeat': {
        // Fewer titles than columns: the first title spans the columns the repeat leaves out ("Nội dung" over STT and task).
        const titles = source.task.split(' | ');
        const span = width - titles.length;
        titles.forEach((title, i) => (cells[i === 0 ? 0 : span + i] = text(title)));
        if (span > 0) merges.push({ top: at, left: 0, bottom: at, right: span });
        break;
      }
      case 'subtask':
      case 'task':
      case 'continuation': {
        layout.columns.forEach((field, col) => (cells[col] = pasted(fieldValue(source, field), field)));
        if (source.kind === 'subtask' && lastTaskRow >= 0) {
          // A row-span sub-row: what it leaves empty is the task row's cell merged down over it
          // (its number, its deadline; its task text too when it writes none).
          layout.columns.forEach((field, col) => {
            if (cells[col] !== null || rows[lastTaskRow]![col] == null || field === null) return;
            if (field !== 'stt' && field !== 'task' && field !== 'deadline') return;
            const existing = merges.find((m) => m.left === col && m.right === col && m.top === lastTaskRow);
            if (existing) existing.bottom = at;
            else merges.push({ top: lastTaskRow, left: col, bottom: at, right: col });
          });
        }
        if (source.kind === 'task' || (source.kind === 'subtask' && source.task)) lastTaskRow = at;
        break;
      }
    }
    rows[at] = cells;
  }
  for (const range of layout.sourceMerges ?? []) {
    const [from, to] = range.split(':') as [string, string];
    const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(from)!;
    const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(to)!;
    merges.push({ top: Number(r1) - 1, left: columnIndex(c1!), bottom: Number(r2) - 1, right: columnIndex(c2!) });
  }
  return { name: layout.sheet, rows, merges, hiddenRows: new Set() };
}

export function pastedWorkbook(name: string, variant: Variant = {}): Workbook {
  return { sheets: [pastedGrid(name, variant)] };
}

/** One task as the source has it, its cells as a reader should read them (continuations joined). */
export interface ExpectedTask {
  stt: string | null;
  task: string;
  lead: string;
  support: string;
  deadline: string;
  /** Index of the JSON row the task starts at. */
  index: number;
}

export interface ExpectedTable {
  tasks: ExpectedTask[];
  sections: number;
  /** Header rows repeated inside the table. */
  repeats: number;
}

/** "Tháng "m/yyyy of a noted date cell: what the sheet shows. */
export function shownDeadline(value: string): string {
  const date = DATE_NOTE.exec(value);
  if (!date) return value;
  const [year, month] = date[1]!.split('-').map(Number);
  return date[2]!
    .replace(/"([^"]*)"/g, '$1')
    .replace('m', String(month))
    .replace('yyyy', String(year));
}

/**
 * The tasks a reader of the source counts: each task row and each sub-row that writes its own task
 * text; a continuation row (page break) and a sub-row that only adds a lead or deadline belong to
 * the task above, their cells joined on new lines.
 */
export function expectedTable(doc: RealDocument): ExpectedTable {
  const tasks: (ExpectedTask & { parts: Record<'task' | 'lead' | 'support' | 'deadline', string[]> })[] = [];
  let sections = 0;
  let repeats = 0;
  doc.rows.forEach((row, index) => {
    if (row.kind === 'section') sections++;
    else if (row.kind === 'header_repeat') repeats++;
    else if (row.kind === 'task' || (row.kind === 'subtask' && row.task)) {
      const stt = String(row.stt_cached ?? row.stt);
      tasks.push({
        stt: stt === '' ? null : stt,
        task: '',
        lead: '',
        support: '',
        deadline: '',
        index,
        parts: { task: [row.task], lead: [row.lead], support: [row.support], deadline: [shownDeadline(String(row.deadline))] },
      });
    } else {
      const last = tasks.at(-1)!;
      for (const key of ['task', 'lead', 'support', 'deadline'] as const) last.parts[key].push(String(row[key]));
    }
  });
  const read = (parts: string[]) => nfc(joinLines(parts.filter((p) => p !== '').join('\n')));
  return {
    tasks: tasks.map(({ parts, ...task }) => ({ ...task, task: read(parts.task), lead: read(parts.lead), support: read(parts.support), deadline: read(parts.deadline) })),
    sections,
    repeats,
  };
}
