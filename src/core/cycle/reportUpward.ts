/**
 * The report upward (báo cáo lên cấp trên) as a document model: plain data that a writer turns into
 * Word (src/io/writeReportDocx.ts) and a test reads as text. The administrative format of Nghị định
 * 30/2020/NĐ-CP: the letterhead block, number, place and date, "BÁO CÁO", its subject, "Kính gửi",
 * then the figures at the cut-off date counted as the summary sheets count them, and the closing
 * block. What the plan and the options do not say is left as dots for the office to fill in, and
 * listed in `toFill` so the caller can say so; nothing is invented.
 */
import { CHANGE_LABELS, CONSOLIDATION_WORDS, consolidationSummary, monthOverMonthNotes } from '../consolidate/consolidationLayout';
import type { Consolidation } from '../consolidate/consolidate';
import type { Language } from '../findings';
import { isoToVietnamese } from '../grid';
import { formatNumber, TEXT } from '../i18n';
import { romanNumeral } from '../numbering';
import { TASK_STATES } from '../state';
import { cutOffLine, rateText, reportSentence, type Row } from '../summary';
import { SUMMARY_WORDS } from '../summaryLayout';
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

const W = {
  republic: { vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', en: 'SOCIALIST REPUBLIC OF VIET NAM' },
  motto: { vi: 'Độc lập - Tự do - Hạnh phúc', en: 'Independence - Freedom - Happiness' },
  number: { vi: `Số: ${DOTS}/BC-${DOTS}`, en: `No.: ${DOTS}/BC-${DOTS}` },
  kind: { vi: 'BÁO CÁO', en: 'REPORT' },
  subject: { vi: 'Tình hình thực hiện', en: 'Implementation of' },
  to: { vi: 'Kính gửi', en: 'To' },
  overall: { vi: 'KẾT QUẢ CHUNG', en: 'OVERALL RESULTS' },
  byUnit: { vi: 'KẾT QUẢ THEO ĐƠN VỊ CHỦ TRÌ', en: 'RESULTS BY LEAD UNIT' },
  overdue: { vi: 'NHIỆM VỤ QUÁ HẠN', en: 'OVERDUE TASKS' },
  notReported: { vi: 'ĐƠN VỊ CHƯA GỬI BÁO CÁO', en: 'UNITS THAT HAVE NOT REPORTED' },
  conflicts: { vi: 'CÁC ĐƠN VỊ CHỦ TRÌ BÁO CÁO KHÁC NHAU', en: 'CO-LEAD UNITS WHOSE REPORTS DISAGREE' },
  proposals: { vi: 'ĐỀ XUẤT, KIẾN NGHỊ', en: 'PROPOSALS' },
  noOverdue: { vi: 'Không có nhiệm vụ quá hạn tại ngày chốt số liệu.', en: 'No task is overdue at the cut-off date.' },
  allReported: { vi: 'Tất cả các đơn vị chủ trì đã gửi báo cáo.', en: 'Every lead unit has reported.' },
  noConflicts: { vi: 'Không có nhiệm vụ nào mà các đơn vị chủ trì báo cáo khác nhau.', en: 'No task whose lead units report differently.' },
  noChanges: { vi: 'Không có nhiệm vụ nào thay đổi trạng thái.', en: 'No task changed its state.' },
  conflictRule: {
    vi: 'Mỗi dòng đơn vị tính theo báo cáo của chính đơn vị đó; ở dòng toàn kế hoạch, nhiệm vụ có nhiều đơn vị chủ trì chỉ tính là đã hoàn thành khi mọi đơn vị chủ trì báo cáo đã hoàn thành.',
    en: "Each unit's row counts its own report; in the whole plan's row, a task with several lead units counts as done only when every lead unit reports it done.",
  },
  reports: { vi: 'Báo cáo của từng đơn vị chủ trì', en: 'What each lead unit reports' },
  recipients: { vi: 'Nơi nhận:', en: 'Recipients:' },
  asAbove: { vi: '- Như trên;', en: '- As above;' },
  archive: { vi: '- Lưu: VT.', en: '- Archived: VT.' },
  signerTitle: { vi: 'QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ', en: "SIGNER'S AUTHORITY AND POSITION" },
  signature: { vi: '(Chữ ký của người có thẩm quyền, dấu của cơ quan)', en: '(Signature of the competent person, seal of the office)' },
  signerName: { vi: 'Họ và tên', en: 'Full name' },
} satisfies Record<string, Record<Language, string>>;

/** The blanks as the command line and the pane name them. */
export const BLANK_LABELS: Record<Blank, Record<Language, string>> = {
  governingBody: { vi: 'tên cơ quan chủ quản', en: 'the governing body' },
  issuer: { vi: 'tên cơ quan ban hành báo cáo', en: 'the issuing office' },
  number: { vi: 'số văn bản', en: 'the document number' },
  place: { vi: 'địa danh', en: 'the place' },
  day: { vi: 'ngày, tháng ký', en: 'the day and month of signing' },
  to: { vi: '"Kính gửi"', en: 'the addressee ("Kính gửi")' },
  proposals: { vi: 'đề xuất, kiến nghị', en: 'the proposals' },
  signer: { vi: 'chức vụ, chữ ký, họ tên người ký', en: "the signer's position, signature and name" },
};

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
  const date = heading.date ? (lang === 'vi' ? ` ngày ${isoToVietnamese(heading.date)}` : ` of ${isoToVietnamese(heading.date)}`) : '';
  return `${subject} (${lang === 'vi' ? 'số' : 'No.'} ${heading.number}${date})`;
}

function dateLine(place: string | null, year: number, signedOn: string | undefined, lang: Language): string {
  // NĐ30 writes a day below 10 and the months 1 and 2 with a leading zero ("ngày 05 tháng 02"), other months without.
  const [y, m, d] = signedOn ? signedOn.split('-').map((part, i) => (i === 1 && Number(part) > 2 ? String(Number(part)) : part)) : [String(year), DOTS, DOTS];
  return lang === 'vi' ? `${place ?? DOTS}, ngày ${d} tháng ${m} năm ${y}` : `${place ?? DOTS}, ${d}/${m}/${y}`;
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
  return table(
    [SUMMARY_WORDS.stt[lang], SUMMARY_WORDS.unit[lang], SUMMARY_WORDS.total[lang], ...TASK_STATES.map((s) => TEXT[lang].states[s]), SUMMARY_WORDS.rate[lang]],
    [...units.map((row, i) => ({ cells: cells(row, n(i + 1), row.label) })), { cells: cells(plan, '', SUMMARY_WORDS.planTotal[lang]), bold: true }],
    [6, 27, 8, 9, 9, 9, 9, 9, 9, 12],
    ['center', 'left', 'center', 'center', 'center', 'center', 'center', 'center', 'center', 'center'],
  );
}

/** Why the unit rows add up as they do: a shared task counts for each lead, and is done only when every lead says so. */
function unitNotes(units: readonly Row[], plan: Row, shared: number, lang: Language): string[] {
  const n = (count: number) => formatNumber(count, lang);
  if (!shared) return [];
  const sum = units.reduce((s, row) => s + row.total, 0);
  return [
    lang === 'vi'
      ? `Nhiệm vụ có nhiều đơn vị chủ trì được tính cho mỗi đơn vị, nên các dòng đơn vị cộng lại ${n(sum)} (${n(shared)} nhiệm vụ có từ hai đơn vị chủ trì); dòng "${SUMMARY_WORDS.planTotal.vi}" tính mỗi nhiệm vụ một lần (${n(plan.total)}). ${W.conflictRule.vi}`
      : `A task with several lead units counts for each of them, so the unit rows add up to ${n(sum)} (${n(shared)} tasks have two or more lead units); the "${SUMMARY_WORDS.planTotal.en}" row counts each task once (${n(plan.total)}). ${W.conflictRule.en}`,
  ];
}

/** The letterhead: governing and issuing bodies and the number on the left, the national motto and the date line on the right. */
function letterhead(heading: PlanHeading, issuer: string | null, options: ReportUpwardOptions): Block {
  const { lang } = options;
  const size = SIZE.letterhead;
  return {
    kind: 'columns',
    widths: TWO_COLUMNS,
    left: [
      { text: heading.governingBody ?? DOTS, size, align: 'center' },
      { text: issuer ? issuer.toLocaleUpperCase('vi') : DOTS, size, bold: true, align: 'center', ruleBelow: true },
      { text: W.number[lang], size, align: 'center' },
    ],
    right: [
      { text: W.republic[lang], size, bold: true, align: 'center' },
      { text: W.motto[lang], size: 14, bold: true, align: 'center', ruleBelow: true },
      { text: dateLine(heading.place, options.year, options.signedOn, lang), size: 14, italic: true, align: 'center' },
    ],
  };
}

function closing(lang: Language): Block {
  return {
    kind: 'columns',
    widths: [50, 50],
    left: [
      { text: W.recipients[lang], size: SIZE.recipients, bold: true, italic: true },
      { text: W.asAbove[lang], size: SIZE.recipientList },
      { text: W.archive[lang], size: SIZE.recipientList },
    ],
    right: [
      { text: W.signerTitle[lang], bold: true, align: 'center' },
      { text: W.signature[lang], italic: true, align: 'center' },
      { text: '', align: 'center' },
      { text: '', align: 'center' },
      { text: W.signerName[lang], bold: true, align: 'center' },
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
  const since = lang === 'vi' ? `So với kỳ trước (số liệu tính đến ngày ${isoToVietnamese(m.previousAsOf)}): ` : `Since the last cut-off (${isoToVietnamese(m.previousAsOf)}): `;
  const counts = kinds.map((kind) => `${CHANGE_LABELS[kind][lang]} ${n(m.changes.filter((ch) => ch.kind === kind).length)}`).join('; ');
  const blocks: Block[] = [{ kind: 'paragraph', text: `${since}${counts}.`, indent: true, align: 'justify' }];
  for (const note of monthOverMonthNotes(m, lang)) blocks.push({ kind: 'paragraph', text: note, indent: true, align: 'justify' });
  if (!m.changes.length) return [...blocks, { kind: 'paragraph', text: W.noChanges[lang], indent: true }];
  // The sheet's header, with the task's number folded into its text as the other tables of the report do.
  const [change, , task, lead, before, after, days] = CONSOLIDATION_WORDS.changeHeader[lang];
  blocks.push(
    table(
      [SUMMARY_WORDS.stt[lang], task, lead, change, before, after, days],
      m.changes.map((ch, i) => ({
        cells: [
          n(i + 1),
          taskCell(ch.stt, ch.text),
          ch.lead.join('; '),
          CHANGE_LABELS[ch.kind][lang],
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

  section(W.overall[lang], [
    body(`${cutOffLine(c.asOf, lang)}.`),
    body(
      lang === 'vi'
        ? `Đã nhận báo cáo của ${n(reported)} đơn vị${c.notSubmitted.length ? `; ${n(c.notSubmitted.length)} đơn vị chủ trì chưa gửi báo cáo (mục ${notReportedAt})` : ''}.`
        : `Reports received from ${n(reported)} units${c.notSubmitted.length ? `; ${n(c.notSubmitted.length)} lead units have not reported (section ${notReportedAt})` : ''}.`,
    ),
    body(reportSentence(summary.plan, lang)),
    body(`${rateText(summary.plan, lang)}.`),
  ]);

  section(W.byUnit[lang], [unitTable(summary.byUnit, summary.plan, lang), ...unitNotes(summary.byUnit, summary.plan, summary.sharedLead, lang).map(body)]);

  section(
    W.overdue[lang],
    summary.overdue.length
      ? [
          body(
            lang === 'vi'
              ? `Có ${n(summary.overdue.length)} nhiệm vụ chưa hoàn thành đã quá hạn tại ngày chốt số liệu:`
              : `${n(summary.overdue.length)} tasks not done are overdue at the cut-off date:`,
          ),
          table(
            [SUMMARY_WORDS.stt[lang], SUMMARY_WORDS.task[lang], SUMMARY_WORDS.unit[lang], SUMMARY_WORDS.deadline[lang], SUMMARY_WORDS.due[lang], SUMMARY_WORDS.days[lang]],
            summary.overdue.map((o, i) => ({ cells: [n(i + 1), taskCell(o.stt, o.task), o.lead, o.deadline, isoToVietnamese(o.due), n(o.daysOverdue)] })),
            [6, 44, 20, 12, 11, 9],
            ['center', 'left', 'left', 'left', 'center', 'center'],
          ),
        ]
      : [body(W.noOverdue[lang])],
  );

  const [unitHeader, tasksHeader] = CONSOLIDATION_WORDS.notSubmittedHeader[lang];
  section(
    W.notReported[lang],
    c.notSubmitted.length
      ? [
          table(
            [SUMMARY_WORDS.stt[lang], unitHeader, tasksHeader],
            c.notSubmitted.map((u, i) => ({ cells: [n(i + 1), u.unit, u.tasks.map((t) => taskCell(t.stt, t.text)).join('\n')] })),
            [6, 28, 66],
            ['center', 'left', 'left'],
          ),
        ]
      : [body(W.allReported[lang])],
  );

  const disagreeing = conflicts(c);
  section(
    W.conflicts[lang],
    disagreeing.length
      ? [
          body(W.conflictRule[lang]),
          table(
            [SUMMARY_WORDS.stt[lang], SUMMARY_WORDS.task[lang], W.reports[lang]],
            disagreeing.map((t, i) => ({ cells: [n(i + 1), taskCell(t.stt, t.text), t.reports.join('\n')] })),
            [6, 54, 40],
            ['center', 'left', 'left'],
          ),
        ]
      : [body(W.noConflicts[lang])],
  );

  if (options.previous) section(CONSOLIDATION_WORDS.monthOverMonthTitle[lang], changesSection(options.previous, lang));
  section(W.proposals[lang], [body(DOTS)]);

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
  const subject = `${W.subject[lang]} ${reference}`;
  return {
    title: `${W.kind[lang]} ${subject}`,
    toFill,
    issuerFrom,
    issuer,
    blocks: [
      letterhead(heading, issuer, options),
      { kind: 'paragraph', text: W.kind[lang], bold: true, align: 'center' },
      { kind: 'paragraph', text: subject, bold: true, align: 'center' },
      { kind: 'paragraph', text: `${W.to[lang]}: ${to ?? DOTS}`, align: 'center' },
      ...sections.flatMap(({ title, blocks }, i) => [{ kind: 'heading' as const, text: `${romanNumeral(i + 1)}. ${title}` }, ...blocks]),
      closing(lang),
    ],
  };
}
