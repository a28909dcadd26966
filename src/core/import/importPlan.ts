/**
 * A plan's own text (a Word document's paragraphs and tables, a PDF's lines and tables rebuilt from
 * where its text stands, or pasted text) turned into appendix tables the rest of the add-in
 * recognises: each table as one clean table (the recogniser resolves its merged and two-row
 * headers), and the prose task list, or a directive's tasks under the units it names, as one more.
 */
import { cellText, type Cell, type Grid } from '../grid';
import { inferPlanYear } from '../planYear';
import { recogniseWorkbook } from '../recognise/recogniseWorkbook';
import type { SheetLayout } from '../summaryLayout';
import type { AppendixTable } from '../table';
import { fold } from '../text';
import { directiveTasks } from './directive';
import { looksPrinted, paragraphsOfLines, type PrintedLine } from './paragraphs';
import { type AnnouncedCount, type ProseRow, proseTasks } from './proseTasks';

/**
 * What a document holds, in order: a Word paragraph, a printed line of a PDF's text layer (with
 * what its place on the page says: it ends short, it starts indented), a table.
 */
export type PlanBlock = { kind: 'paragraph'; text: string } | { kind: 'line'; line: PrintedLine } | { kind: 'table'; grid: Grid };

export interface ImportedTable {
  /** The sheet name it is written under ("Phụ lục I", "Nhiệm vụ"). */
  name: string;
  rows: ProseRow[];
}

export interface ImportedPlan {
  /** The plan's title (its first lines), written above each table. */
  title: string;
  planYear: number;
  tables: ImportedTable[];
  /** Groups that announce a number of tasks, with the number found. */
  counts: AnnouncedCount[];
}

export const IMPORT_HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];

/** The title: the lines before "Căn cứ ..." (at most ten), the way a plan opens. */
function titleOf(paragraphs: readonly string[]): string {
  const lines: string[] = [];
  for (const paragraph of paragraphs.slice(0, 10)) {
    if (/^can cu\b/.test(fold(paragraph))) break;
    lines.push(paragraph.trim());
  }
  return lines.filter((line) => line).join(' ');
}

/** "năm 2025" in the title, else the year the text names most. */
function yearOf(title: string, text: string, asOf: string): number {
  const years = [...fold(text).matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
  return inferPlanYear({ titleText: title, deadlineYears: years }, [], Number(asOf.slice(0, 4)));
}

function rowsOfTable(table: AppendixTable): ProseRow[] {
  const text = (cell: Cell | undefined) => cellText(cell);
  const rows: { at: number; row: ProseRow }[] = [
    ...table.sections.map((s) => ({ at: s.row, row: { kind: 'section' as const, stt: s.stt ?? '', text: s.title, lead: '', support: '', deadline: '' } })),
    ...table.tasks.map((t) => ({
      at: t.row,
      row: {
        kind: 'task' as const,
        stt: t.stt ?? '',
        text: text(t.values.task) || t.text, // as written: the cell's line breaks stay
        lead: text(t.values.lead),
        support: text(t.values.support),
        deadline: text(t.values.deadline),
      },
    })),
  ];
  return rows.sort((a, b) => a.at - b.at).map((r) => r.row);
}

/** The "Phụ lục ..." line just above a table names it. */
function appendixName(before: readonly string[], index: number): string {
  const label = before
    .slice(-3)
    .reverse()
    .find((p) => /^phu luc\b/.test(fold(p.trim())));
  return (label?.trim().replace(/[.:]$/, '') ?? `Bảng ${index + 1}`).slice(0, 31);
}

/**
 * The document's prose as paragraphs, with the tables' places: printed lines (a PDF's, or a Word
 * document converted from a PDF, one paragraph per printed line) are joined back into paragraphs.
 */
function proseOf(blocks: readonly PlanBlock[]): (string | Grid)[] {
  const printed = looksPrinted(blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])));
  const out: (string | Grid)[] = [];
  let lines: PrintedLine[] = [];
  const flush = () => {
    out.push(...paragraphsOfLines(lines));
    lines = [];
  };
  for (const block of blocks) {
    if (block.kind === 'line') lines.push(block.line);
    else if (block.kind === 'paragraph' && printed && !block.text.includes('\n')) lines.push({ text: block.text });
    else {
      flush();
      if (block.kind === 'table') out.push(block.grid);
      else if (block.text.trim()) out.push(block.text);
    }
  }
  flush();
  return out;
}

/** Two tables under one heading get "PHỤ LỤC II (2)": a workbook's sheet names are unique (31 characters at most). */
function uniqueName(name: string, tables: readonly ImportedTable[]): string {
  const taken = new Set(tables.map((t) => t.name.toLowerCase()));
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${name.replace(/ \(\d+\)$/, '').slice(0, 31 - ` (${n})`.length)} (${n})`;
  return name;
}

export function importPlan(blocks: readonly PlanBlock[], asOf: string): ImportedPlan {
  const prose = proseOf(blocks);
  const paragraphs = prose.filter((p): p is string => typeof p === 'string');
  const title = titleOf(paragraphs);
  const planYear = yearOf(title, paragraphs.join('\n'), asOf);
  const tables: ImportedTable[] = [];
  const before: string[] = [];
  for (const block of prose) {
    if (typeof block === 'string') {
      before.push(block);
      continue;
    }
    for (const table of recogniseWorkbook({ sheets: [block] }, { asOf, planYear })) {
      tables.push({ name: uniqueName(appendixName(before, tables.length), tables), rows: rowsOfTable(table) });
    }
  }
  const listed = proseTasks(paragraphs, `31/12/${planYear}`);
  // A list with labelled lines, or appendix tables, are the plan's tasks (its "Tổ chức thực hiện"
  // duties are not); a directive without either has its tasks under the units it names.
  const rows = listed.rows.some((row) => row.kind === 'task') || tables.length ? listed.rows : directiveTasks(paragraphs);
  if (rows.some((row) => row.kind === 'task')) tables.push({ name: 'Nhiệm vụ', rows });
  return { title, planYear, tables, counts: listed.counts };
}

/** Pasted text: its printed lines, joined into paragraphs where the page broke them. */
export function importText(text: string, asOf: string): ImportedPlan {
  return importPlan(
    text.split(/\r?\n/).map((line) => ({ kind: 'line', line: { text: line } })),
    asOf,
  );
}

/** A table as the rows of its sheet: the plan's title, a blank row, the header, then its rows. */
function importedRows(plan: ImportedPlan, table: ImportedTable): string[][] {
  return [[plan.title], [], IMPORT_HEADER, ...table.rows.map((r) => [r.stt, r.text, r.lead, r.support, r.deadline])];
}

/** An imported table as a sheet: title, header, section rows in bold; the appendix layout `check` reads. */
export function importLayout(plan: ImportedPlan, table: ImportedTable): SheetLayout {
  const rows = importedRows(plan, table);
  return {
    key: 'imported',
    name: table.name,
    rows,
    headerRow: 2,
    lastTableRow: rows.length - 1,
    boldRows: table.rows.flatMap((row, i) => (row.kind === 'section' ? [i + 3] : [])),
    widths: [8, 70, 32, 32, 24],
    formats: {},
    table: null,
  };
}
