/**
 * The report upward (báo cáo lên cấp trên) as a document model: plain data that a writer turns into
 * Word (src/io/writeReportDocx.ts) and a test reads as text. The administrative format of Nghị định
 * 30/2020/NĐ-CP: the letterhead block, number, place and date, "BÁO CÁO", its subject, "Kính gửi",
 * then the figures at the cut-off date counted as the summary sheets count them, and the closing
 * block. What the plan and the options do not say is left as dots for the office to fill in, and
 * listed in `toFill` so the caller can say so; nothing is invented.
 */
import { consolidationSummary, monthOverMonthNotes } from '../consolidate/consolidationLayout';
import type { Consolidation } from '../consolidate/consolidate';
import type { Language } from '../findings';
import { isoToVietnamese } from '../grid';
import { formatNumber, TEXT } from '../i18n';
import { romanNumeral } from '../numbering';
import { TASK_STATES } from '../state';
import { cutOffLine, rateText, reportSentence, type Row } from '../summary';
import { fold, nfc } from '../text';
import type { PlanHeading } from './planHeading';
import { CHANGE_KINDS } from './changeKinds';
import type { MonthOverMonth } from './previous';

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A line of text as the document sets it; the body's size (14 pt) and left alignment unless said. */
export interface Line {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
  align?: Align;
  /** A short rule under the line: NĐ30's line under the issuing body. */
  ruleBelow?: boolean;
  /** Indent the first line (a body paragraph). */
  indent?: boolean;
}

export interface TableModel {
  header: string[];
  /** Cells as text; a line break starts a new paragraph in the cell. */
  rows: { cells: string[]; bold?: boolean }[];
  /** Relative widths of the columns. */
  widths: number[];
  align: Exclude<Align, 'justify'>[];
}

export type Block =
  | ({ kind: 'paragraph' } & Line)
  | { kind: 'heading'; text: string }
  /** Two columns without borders: the letterhead and the signature block. */
  | { kind: 'columns'; left: Line[]; right: Line[]; widths: [number, number] }
  | ({ kind: 'table' } & TableModel);

export interface DocumentModel {
  /** The document's title property. */
  title: string;
  blocks: Block[];
}

/** What the office fills in before signing, in the user's words. */
export type Blank = 'governingBody' | 'issuer' | 'number' | 'place' | 'day' | 'to' | 'proposals' | 'signer';

export interface ReportUpward extends DocumentModel {
  /** The dots left in the document, in the order they appear. */
  toFill: Blank[];
  /** Where the issuing body came from: the option, the plan's own letterhead, or nowhere (dots). */
  issuerFrom: 'option' | 'plan' | null;
  /** The issuing body written, or null when left as dots. */
  issuer: string | null;
}

export interface ReportUpwardOptions {
  lang: Language;
  /** The year on the date line: the year the report is made (the caller's today). */
  year: number;
  /** The day the report is signed (ISO), when known; else day and month are left to the signer. */
  signedOn?: string;
  /** The office that issues the report; the plan's issuing body when not given. */
  issuer?: string;
  /** "Kính gửi": whom the report goes to. */
  to?: string;
  /** What changed since the last cut-off: a section of its own when given, nothing when not. */
  previous?: MonthOverMonth;
}

/** A blank for the office to fill in by hand. */
export const DOTS = '……';

/** Sizes in points: NĐ30 sets the body in 13–14 pt, "Nơi nhận" in 12 and its list in 11. */
const SIZE = { letterhead: 13, recipients: 12, recipientList: 11 } as const;

/** Relative column widths of the two-column blocks: the letterhead's left column is the narrower. */
const TWO_COLUMNS: [number, number] = [42, 58];

/** A report titled "Báo cáo tình hình thực hiện ..." is referred to by what it reports on. */
const REPORT_TITLE = /^bao cao\s+(?:tinh hinh|ket qua)\s+(?:thuc hien\s+)?/;

/**
 * The plan as the report and the reminders refer to it: its title (without a leading "Báo cáo tình
 * hình thực hiện"), with its number and date when the plan writes them; dots when it has no title.
 */
export function planReference(heading: PlanHeading, lang: Language): string {
  const title = nfc(heading.title.trim());
  const folded = fold(title);
  // fold keeps one character per NFC letter, so the match's length cuts the title itself.
  const cut = folded.length === title.length ? (REPORT_TITLE.exec(folded)?.[0].length ?? 0) : 0;
  const subject = title.slice(cut).trim() || DOTS;
  if (!heading.number) return subject;
  return TEXT[lang].cycle.report.planReference(subject, heading.number, heading.date ? isoToVietnamese(heading.date) : null);
}

function dateLine(place: string | null, year: number, signedOn: string | undefined, lang: Language): string {
  // NĐ30 writes a day below 10 and the months 1 and 2 with a leading zero ("ngày 05 tháng 02"), other months without.
  const signed = signedOn ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(signedOn) : null;
  if (!signed?.[1] || !signed[2] || !signed[3]) return TEXT[lang].cycle.report.dateLine(place ?? DOTS, DOTS, DOTS, String(year));
  const month = Number(signed[2]) > 2 ? String(Number(signed[2])) : signed[2];
  return TEXT[lang].cycle.report.dateLine(place ?? DOTS, signed[3], month, signed[1]);
}

function table(header: string[], rows: TableModel['rows'], widths: number[], align: TableModel['align']): Block {
  return { kind: 'table', header, rows, widths, align };
}

/** The task as a row names it: its number in the plan, then its text. */
function taskCell(stt: string | null, text: string): string {
  return stt ? `${stt} ${text}` : text;
}

/** The per-unit table: the summary sheet's rows and its plan total, with each rate beside its counts. */
function unitTable(units: readonly Row[], plan: Row, lang: Language): Block {
  const n = (count: number) => formatNumber(count, lang);
  const cells = (row: Row, stt: string, label: string) => [stt, label, n(row.total), ...TASK_STATES.map((s) => n(row[s])), rateText(row, lang, true)];
  const S = TEXT[lang].summary.words;
  return table(
    [S.stt, S.unit, S.total, ...TASK_STATES.map((s) => TEXT[lang].states[s]), S.rate],
    [...units.map((row, i) => ({ cells: cells(row, n(i + 1), row.label) })), { cells: cells(plan, '', S.planTotal), bold: true }],
    [6, 27, 8, 9, 9, 9, 9, 9, 9, 12],
    ['center', 'left', 'center', 'center', 'center', 'center', 'center', 'center', 'center', 'center'],
  );
}

/** Why the unit rows add up as they do: a shared task counts for each lead, and is done only when every lead says so. */
function unitNotes(units: readonly Row[], plan: Row, shared: number, lang: Language): string[] {
  if (!shared) return [];
  const sum = units.reduce((s, row) => s + row.total, 0);
  return [TEXT[lang].cycle.report.sharedNote(sum, shared, plan.total)];
}

/** The letterhead: governing and issuing bodies and the number on the left, the national motto and the date line on the right. */
function letterhead(heading: PlanHeading, issuer: string | null, options: ReportUpwardOptions): Block {
  const { lang } = options;
  const W = TEXT[lang].cycle.report;
  const size = SIZE.letterhead;
  return {
    kind: 'columns',
    widths: TWO_COLUMNS,
    left: [
      { text: heading.governingBody ?? DOTS, size, align: 'center' },
      { text: issuer ? issuer.toLocaleUpperCase('vi') : DOTS, size, bold: true, align: 'center', ruleBelow: true },
      { text: W.number(DOTS), size, align: 'center' },
    ],
    right: [
      { text: W.republic, size, bold: true, align: 'center' },
      { text: W.motto, size: 14, bold: true, align: 'center', ruleBelow: true },
      { text: dateLine(heading.place, options.year, options.signedOn, lang), size: 14, italic: true, align: 'center' },
    ],
  };
}

function closing(lang: Language): Block {
  const W = TEXT[lang].cycle.report;
  return {
    kind: 'columns',
    widths: [50, 50],
    left: [
      { text: W.recipients, size: SIZE.recipients, bold: true, italic: true },
      { text: W.asAbove, size: SIZE.recipientList },
      { text: W.archive, size: SIZE.recipientList },
    ],
    right: [
      { text: W.signerTitle, bold: true, align: 'center' },
      { text: W.signature, italic: true, align: 'center' },
      { text: '', align: 'center' },
      { text: '', align: 'center' },
      { text: W.signerName, bold: true, align: 'center' },
    ],
  };
}

/** Tasks whose lead units disagree on whether they are done: consolidation's CONFLICTING_STATUS, with each lead's words. */
function conflicts(c: Consolidation): { stt: string | null; text: string; reports: string[] }[] {
  return c.tasks
    .filter(({ lead }) => lead.length > 1 && new Set(lead.map((r) => r.status.done)).size > 1)
    .map(({ task, lead }) => ({ stt: task.stt, text: task.text, reports: lead.map((r) => `${r.unit}: ${r.status.text ?? '—'}`) }));
}

function changesSection(m: MonthOverMonth, lang: Language): Block[] {
  const n = (count: number) => formatNumber(count, lang);
  const kinds = CHANGE_KINDS;
  const since = TEXT[lang].cycle.report.since(isoToVietnamese(m.previousAsOf));
  const counts = kinds.map((kind) => `${TEXT[lang].consolidation.changes[kind]} ${n(m.changes.filter((ch) => ch.kind === kind).length)}`).join('; ');
  const blocks: Block[] = [{ kind: 'paragraph', text: `${since}${counts}.`, indent: true, align: 'justify' }];
  for (const note of monthOverMonthNotes(m, lang)) blocks.push({ kind: 'paragraph', text: note, indent: true, align: 'justify' });
  if (!m.changes.length) return [...blocks, { kind: 'paragraph', text: TEXT[lang].cycle.report.noChanges, indent: true }];
  // The sheet's header, with the task's number folded into its text as the other tables of the report do.
  const [change, , task, lead, before, after, days] = TEXT[lang].consolidation.words.changeHeader;
  blocks.push(
    table(
      [TEXT[lang].summary.words.stt, task, lead, change, before, after, days],
      m.changes.map((ch, i) => ({
        cells: [
          n(i + 1),
          taskCell(ch.stt, ch.text),
          ch.lead.join('; '),
          TEXT[lang].consolidation.changes[ch.kind],
          TEXT[lang].states[ch.before],
          TEXT[lang].states[ch.after],
          ch.daysOverdue === null ? '' : n(ch.daysOverdue),
        ],
      })),
      [6, 34, 17, 12, 12, 12, 7],
      ['center', 'left', 'left', 'left', 'left', 'left', 'center'],
    ),
  );
  return blocks;
}

/**
 * The report upward of a consolidation. Its figures are the consolidation's (consolidationSummary),
 * so the Word table, the "Tổng hợp theo đơn vị" sheet and the JSON cannot disagree.
 */
export function reportUpward(c: Consolidation, heading: PlanHeading, options: ReportUpwardOptions): ReportUpward {
  const { lang } = options;
  const W = TEXT[lang].cycle.report;
  const S = TEXT[lang].summary.words;
  const n = (count: number) => formatNumber(count, lang);
  const summary = consolidationSummary(c, lang);
  const issuer = options.issuer?.trim() || heading.issuer;
  const issuerFrom = options.issuer?.trim() ? 'option' : heading.issuer ? 'plan' : null;
  const to = options.to?.trim() || null;
  const reference = planReference(heading, lang);
  const reported = c.sources.filter((s) => !s.skipped && s.unit !== null).length;

  const sections: { title: string; blocks: Block[] }[] = [];
  const section = (title: string, blocks: Block[]) => sections.push({ title, blocks });
  const body = (text: string): Block => ({ kind: 'paragraph', text, indent: true, align: 'justify' });
  // The sections come in a fixed order (overall, by unit, overdue, not reported, ...): the fourth lists the units.
  const notReportedAt = romanNumeral(4);

  section(W.overall, [
    body(`${cutOffLine(c.asOf, lang)}.`),
    body(W.received(reported, c.notSubmitted.length, notReportedAt)),
    body(reportSentence(summary.plan, lang)),
    body(`${rateText(summary.plan, lang)}.`),
  ]);

  section(W.byUnit, [unitTable(summary.byUnit, summary.plan, lang), ...unitNotes(summary.byUnit, summary.plan, summary.sharedLead, lang).map(body)]);

  section(
    W.overdue,
    summary.overdue.length
      ? [
          body(W.overdueIntro(summary.overdue.length)),
          table(
            [S.stt, S.task, S.unit, S.deadline, S.due, S.days],
            summary.overdue.map((o, i) => ({ cells: [n(i + 1), taskCell(o.stt, o.task), o.lead, o.deadline, isoToVietnamese(o.due), n(o.daysOverdue)] })),
            [6, 44, 20, 12, 11, 9],
            ['center', 'left', 'left', 'left', 'center', 'center'],
          ),
        ]
      : [body(W.noOverdue)],
  );

  const [unitHeader, tasksHeader] = TEXT[lang].consolidation.words.notSubmittedHeader;
  section(
    W.notReported,
    c.notSubmitted.length
      ? [
          table(
            [S.stt, unitHeader, tasksHeader],
            c.notSubmitted.map((u, i) => ({ cells: [n(i + 1), u.unit, u.tasks.map((t) => taskCell(t.stt, t.text)).join('\n')] })),
            [6, 28, 66],
            ['center', 'left', 'left'],
          ),
        ]
      : [body(W.allReported)],
  );

  const disagreeing = conflicts(c);
  section(
    W.conflicts,
    disagreeing.length
      ? [
          body(W.conflictRule),
          table(
            [S.stt, S.task, W.reports],
            disagreeing.map((t, i) => ({ cells: [n(i + 1), taskCell(t.stt, t.text), t.reports.join('\n')] })),
            [6, 54, 40],
            ['center', 'left', 'left'],
          ),
        ]
      : [body(W.noConflicts)],
  );

  if (options.previous) section(TEXT[lang].consolidation.words.monthOverMonthTitle, changesSection(options.previous, lang));
  section(W.proposals, [body(DOTS)]);

  const toFill: Blank[] = [
    ...(heading.governingBody ? [] : ['governingBody' as const]),
    ...(issuer ? [] : ['issuer' as const]),
    'number',
    ...(heading.place ? [] : ['place' as const]),
    ...(options.signedOn ? [] : ['day' as const]),
    ...(to ? [] : ['to' as const]),
    'proposals',
    'signer',
  ];
  const subject = `${W.subject} ${reference}`;
  return {
    title: `${W.kind} ${subject}`,
    toFill,
    issuerFrom,
    issuer,
    blocks: [
      letterhead(heading, issuer, options),
      { kind: 'paragraph', text: W.kind, bold: true, align: 'center' },
      { kind: 'paragraph', text: subject, bold: true, align: 'center' },
      { kind: 'paragraph', text: `${W.to}: ${to ?? DOTS}`, align: 'center' },
      ...sections.flatMap(({ title, blocks }, i) => [{ kind: 'heading' as const, text: `${romanNumeral(i + 1)}. ${title}` }, ...blocks]),
      closing(lang),
    ],
  };
}
