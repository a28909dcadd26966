/**
 * The templates a standing office sends out each month (issue 17, part 1): one workbook per named
 * lead unit of the plan, holding the tasks it leads, then those it supports, each with its key
 * (identity.ts), and the report columns the unit fills. This file decides what every template says;
 * src/io/writeTemplate.ts draws it with exceljs (command line and the pane's worker alike).
 *
 * The group is a "Nhóm" column, not the plan's section rows: a section row such as "2.1. Nhóm ..."
 * is read as one because it is merged across the table (readRows.ts), and Excel refuses to sort a
 * range holding merged cells of different sizes; sorted or filtered, a section row would also lose
 * its tasks. A column keeps each row's group with the row, and the key column matches the row to its
 * task whatever the unit does.
 *
 * The column headers and the status words stay Vietnamese in an English template: they are what
 * `check` and `consolidate` read (roles.ts, status.ts). Everything else follows the language.
 */
import { isoToVietnamese } from '../grid';
import type { Language } from '../findings';
import { cutOffLine } from '../summary';
import { OFFERED_STATUS_WORDS } from '../status';
import type { AppendixTable, Task } from '../table';
import { nfc, squish } from '../text';
import type { Unit } from '../units';
import type { Workbook } from '../grid';
import { KEY_HEADER, planId, periodOf, type TemplateIdentity, taskKey } from './identity';
import { type PlanHeading, planHeading } from './planHeading';

export interface TemplateOptions {
  /** The cut-off day the units report at (ISO). */
  asOf: string;
  /** The day the filled templates are due back (ISO), when the office sets one. */
  reportBy?: string;
  lang: Language;
}

/** One task as a template row: the plan's cells as text, and its key. */
export interface TemplateRow {
  key: string;
  stt: string;
  group: string;
  task: string;
  lead: string;
  support: string;
  deadline: string;
}

export interface UnitTemplate {
  /** The unit's name in the plan's spelling (its first). */
  unit: string;
  unitKey: string;
  /** Every spelling the plan gives the unit, the first being `unit` (one unit key, one template). */
  spellings: string[];
  /** The file name: the unit's name, without the characters Windows forbids, unique among the plan's templates. */
  file: string;
  identity: TemplateIdentity;
  /** The letterhead: the plan's governing body when it writes one, then the unit's name. */
  letterhead: string[];
  /** The lines under it: report title, the plan's title, number and date, period, cut-off, reporting deadline. */
  heading: string[];
  led: TemplateRow[];
  supported: TemplateRow[];
}

export interface PlanTemplates {
  plan: string;
  heading: PlanHeading;
  templates: UnitTemplate[];
  /** Tasks no named unit leads (a collective, or nobody), with their sheet: no template carries them. */
  unassigned: { sheet: string; task: Task }[];
}

/** A column of the template's table: a plan column shows a row's `field` (locked); a report column is the unit's to fill. */
export type TemplateColumn = { header: string; width: number } & ({ field: keyof TemplateRow; report: false } | { report: true });

/** The plan's columns, the report columns and the hidden key, in order. */
export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { header: 'STT', width: 7, field: 'stt', report: false },
  { header: 'Nhóm', width: 24, field: 'group', report: false },
  { header: 'Nhiệm vụ', width: 48, field: 'task', report: false },
  { header: 'Đơn vị chủ trì', width: 20, field: 'lead', report: false },
  { header: 'Đơn vị phối hợp', width: 22, field: 'support', report: false },
  { header: 'Thời gian hoàn thành', width: 16, field: 'deadline', report: false },
  { header: 'Tình hình thực hiện', width: 20, report: true },
  { header: 'Kết quả thực hiện', width: 36, report: true },
  { header: 'Ngày hoàn thành', width: 14, report: true },
  { header: 'Khó khăn, vướng mắc; đề xuất', width: 30, report: true },
  { header: KEY_HEADER, width: 16, field: 'key', report: false },
];

const at = (header: string) => TEMPLATE_COLUMNS.findIndex((c) => c.header === header);

/** 0-based columns of TEMPLATE_COLUMNS the writer needs by name. */
export const TEMPLATE_COLUMN = { group: at('Nhóm'), status: at('Tình hình thực hiện'), completed: at('Ngày hoàn thành'), key: at(KEY_HEADER) } as const;

/** The row's cells in TEMPLATE_COLUMNS order, the report columns empty. */
export function rowCells(row: TemplateRow): string[] {
  return TEMPLATE_COLUMNS.map((column) => (column.report ? '' : row[column.field]));
}

const WORDS = {
  report: { vi: 'BÁO CÁO KẾT QUẢ THỰC HIỆN', en: 'REPORT ON IMPLEMENTATION' },
  sheet: { vi: 'Báo cáo', en: 'Report' },
  guide: { vi: 'Hướng dẫn', en: 'Instructions' },
  led: { vi: 'NHIỆM VỤ ĐƠN VỊ CHỦ TRÌ', en: 'TASKS THE UNIT LEADS' },
  supported: { vi: 'NHIỆM VỤ ĐƠN VỊ PHỐI HỢP', en: 'TASKS THE UNIT SUPPORTS' },
} as const;

/** The two sheets' names: the report first (opened first), then the instructions. */
export function sheetNames(lang: Language): { report: string; guide: string } {
  return { report: WORDS.sheet[lang], guide: WORDS.guide[lang] };
}

/**
 * The titles of the two blocks. The writer puts them in the group column, which no column role
 * reads, so `check` and `consolidate` pass over the row (readRows.ts) instead of taking it for a
 * group heading: under one heading, the plan's numbers repeated across its groups ("(1)" in each)
 * would be reported as duplicates.
 */
export function blockTitles(lang: Language): { led: string; supported: string } {
  return { led: WORDS.led[lang], supported: WORDS.supported[lang] };
}

const DOTS = '……';

/** "tháng 11/2025" from "2025-11". */
function periodText(period: string, lang: Language): string {
  const [year, month] = period.split('-');
  return lang === 'vi' ? `tháng ${month}/${year}` : `${month}/${year}`;
}

/** The lines under the letterhead; what the plan does not write is dots, to be filled in, never guessed. */
function headingLines(heading: PlanHeading, options: TemplateOptions): string[] {
  const { lang } = options;
  const vi = lang === 'vi';
  const number = heading.number ?? DOTS;
  const date = heading.date ? isoToVietnamese(heading.date) : DOTS;
  const period = periodText(periodOf(options.asOf), lang);
  return [
    WORDS.report[lang],
    ...(heading.title ? [heading.title] : []),
    // Not "Số: ...": that line is the sender's own number in a letterhead (reportingUnit.ts).
    vi ? `Kế hoạch số ${number} ngày ${date}` : `Plan No. ${number} of ${date}`,
    vi ? `Kỳ báo cáo: ${period}` : `Reporting period: ${period}`,
    cutOffLine(options.asOf, lang),
    ...(options.reportBy ? [vi ? `Hạn gửi báo cáo: ${isoToVietnamese(options.reportBy)}` : `Report due by: ${isoToVietnamese(options.reportBy)}`] : []),
  ];
}

/** Names joined as a cell lists them: ";" always separates units when the cell is read again. */
function unitsText(units: readonly Unit[]): string {
  return units.map((u) => u.name).join('; ');
}

function templateRow(task: Task, key: string): TemplateRow {
  return { key, stt: task.stt ?? '', group: task.group ?? '', task: task.text, lead: unitsText(task.lead), support: unitsText(task.support), deadline: task.deadline.text };
}

/** Characters Windows forbids in a file name, and control characters. */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]+/g;
/** Long enough for any unit's name, short enough for Windows paths once a folder is added. */
const MAX_NAME = 120;

/**
 * A unit's file name: its name with the Vietnamese letters kept, the forbidden characters made
 * spaces ("Phòng A/B" → "Phòng A B", not "Phòng AB"), no trailing dot or space (Windows drops them).
 */
export function fileNameOf(unit: string): string {
  let name = squish(nfc(unit).replace(FORBIDDEN, ' '));
  if ([...name].length > MAX_NAME) {
    // Cut between words where one ends in the last quarter; a name of long words is cut where it must.
    const cut = [...name].slice(0, MAX_NAME + 1).join('');
    const space = cut.lastIndexOf(' ');
    name = space > (MAX_NAME * 3) / 4 ? cut.slice(0, space) : [...name].slice(0, MAX_NAME).join('');
  }
  name = name.replace(/[. ]+$/, '');
  return name || 'Đơn vị';
}

/** Names made unique the way Windows compares them (case aside): "Sở A.xlsx", "Sở A (2).xlsx". */
function uniqueFileNames(): (name: string) => string {
  const taken = new Set<string>();
  return (name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLocaleLowerCase('vi')); n++) candidate = `${name} (${n})`;
    taken.add(candidate.toLocaleLowerCase('vi'));
    return `${candidate}.xlsx`;
  };
}

const named = (units: readonly Unit[]) => units.filter((u) => !u.collective);

/**
 * The templates of a plan (its recognised tables, at least one): one per unit key that leads a task
 * by name, in the order the plan first names them as a lead. Task keys count every task of every
 * table in order, as consolidation does.
 */
export function buildTemplates(workbook: Workbook, tables: readonly AppendixTable[], options: TemplateOptions): PlanTemplates {
  const plan = planId(tables);
  const [first] = tables;
  if (!first) throw new Error('buildTemplates: a plan with no appendix table has no templates to make');
  const heading = planHeading(workbook, first);
  const tasks = tables
    .flatMap((table) => table.tasks.map((task) => ({ task, sheet: table.sheet })))
    .map(({ task, sheet }, index) => ({ task, sheet, row: templateRow(task, taskKey(plan, index)) }));
  // First the lead units (a unit may support a task before the one it leads), then their support rows.
  const units = new Map<string, { spellings: [string, ...string[]]; led: TemplateRow[]; supported: TemplateRow[] }>();
  const unassigned: PlanTemplates['unassigned'] = [];
  for (const { task, sheet, row } of tasks) {
    const leads = named(task.lead);
    if (leads.length === 0) unassigned.push({ sheet, task });
    for (const unit of leads) {
      let entry = units.get(unit.key);
      if (!entry) units.set(unit.key, (entry = { spellings: [unit.name], led: [], supported: [] }));
      if (!entry.spellings.includes(unit.name)) entry.spellings.push(unit.name);
      // "Sở Nội vụ; Sở Nội vụ" is led once.
      if (entry.led.at(-1) !== row) entry.led.push(row);
    }
  }
  for (const { task, row } of tasks) {
    const leadKeys = new Set(task.lead.map((u) => u.key));
    for (const unit of [...task.lead, ...task.support]) {
      const entry = unit.collective ? undefined : units.get(unit.key);
      if (!entry) continue;
      if (!entry.spellings.includes(unit.name)) entry.spellings.push(unit.name);
      // A unit that both leads and supports a task reports it once, as its lead.
      if (!leadKeys.has(unit.key) && entry.supported.at(-1) !== row) entry.supported.push(row);
    }
  }
  const fileName = uniqueFileNames();
  const templates = [...units.entries()].map(([unitKey, entry]): UnitTemplate => {
    const [unit] = entry.spellings;
    return {
      unit,
      unitKey,
      spellings: entry.spellings,
      file: fileName(fileNameOf(unit)),
      identity: { plan, planTitle: heading.title, period: periodOf(options.asOf), asOf: options.asOf, unit },
      letterhead: [...(heading.governingBody ? [heading.governingBody] : []), unit],
      heading: headingLines(heading, options),
      led: entry.led,
      supported: entry.supported,
    };
  });
  return { plan, heading, templates, unassigned };
}

/** What a data validation shows: its input message and its error message (Excel: titles to 32 characters, texts to 255). */
export interface ValidationText {
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

const offered = () => OFFERED_STATUS_WORDS.map((w) => w.written);

/** The status list's messages: the words offered, and where details go instead. */
export function statusValidation(lang: Language): ValidationText & { words: string[] } {
  const words = offered().join(', ');
  return lang === 'vi'
    ? {
        words: offered(),
        promptTitle: 'Tình hình thực hiện',
        prompt: `Chọn một từ trong danh sách: ${words}. Ghi chi tiết ở cột Kết quả thực hiện.`,
        errorTitle: 'Không có trong danh sách',
        error: `Chỉ chọn một trong các từ: ${words}. Ghi chi tiết ở cột Kết quả thực hiện.`,
      }
    : {
        words: offered(),
        promptTitle: 'Status',
        prompt: `Pick a word from the list: ${words}. Details go in Kết quả thực hiện.`,
        errorTitle: 'Not in the list',
        error: `Pick one of: ${words}. Details go in Kết quả thực hiện.`,
      };
}

/** The completion date's messages: a real day, written dd/mm/yyyy, not after the cut-off. */
export function dateValidation(asOf: string, lang: Language): ValidationText {
  const day = isoToVietnamese(asOf);
  return lang === 'vi'
    ? {
        promptTitle: 'Ngày hoàn thành',
        prompt: `Ghi ngày đã hoàn thành dạng dd/mm/yyyy (ví dụ 25/09/2025), không sau ngày chốt số liệu ${day}. Để trống nếu chưa hoàn thành.`,
        errorTitle: 'Ngày không hợp lệ',
        error: `Cần một ngày có thật, dạng dd/mm/yyyy, không sau ngày chốt số liệu ${day}.`,
      }
    : {
        promptTitle: 'Completion date',
        prompt: `Type the day it was done as dd/mm/yyyy (e.g. 25/09/2025), not after the cut-off date ${day}. Leave it empty if not done.`,
        errorTitle: 'Not a valid day',
        error: `Type a real day as dd/mm/yyyy, not after the cut-off date ${day}.`,
      };
}

/** The instruction sheet "Hướng dẫn": its title, then one numbered line each. */
export function instructions(template: UnitTemplate, options: TemplateOptions): string[] {
  const { lang, asOf, reportBy } = options;
  const sheet = sheetNames(lang).report;
  const report = TEMPLATE_COLUMNS.filter((c) => c.report)
    .map((c) => c.header)
    .join('; ');
  const words = offered().join(', ');
  const day = isoToVietnamese(asOf);
  const period = periodText(template.identity.period, lang);
  const title = template.identity.planTitle;
  const lines: [string, ...string[]] =
    lang === 'vi'
      ? [
          'HƯỚNG DẪN ĐIỀN BIỂU MẪU BÁO CÁO',
          `Biểu mẫu của ${template.unit} báo cáo kết quả thực hiện ${title || 'kế hoạch'}, kỳ báo cáo ${period}, số liệu tính đến ngày ${day}.`,
          `Ở trang "${sheet}", điền các cột nền vàng: ${report}. Các cột của kế hoạch (STT, Nhóm, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian hoàn thành) được khóa để giữ đúng nội dung kế hoạch.`,
          `Phần "${WORDS.led.vi}" là các nhiệm vụ đơn vị chủ trì; phần "${WORDS.supported.vi}" là các nhiệm vụ đơn vị phối hợp: báo cáo phần việc đơn vị đã làm.`,
          `Tình hình thực hiện: chọn một trong các từ ${words}. Ghi rõ kết quả, văn bản đã ban hành (số, ngày) ở cột Kết quả thực hiện.`,
          `Ngày hoàn thành: ghi ngày dạng dd/mm/yyyy (ví dụ 25/09/2025), không sau ngày ${day}; để trống nếu chưa hoàn thành.`,
          `Không xóa cột ẩn "${KEY_HEADER}" (cột cuối): mã trong cột này ghép đúng từng dòng vào nhiệm vụ của kế hoạch khi tổng hợp, kể cả khi đơn vị sắp xếp, lọc, xóa dòng hay sửa lời nhiệm vụ.`,
          'Trang tính được bảo vệ, không có mật khẩu: lọc được ngay bằng nút lọc ở dòng tiêu đề; muốn sắp xếp, xóa dòng hay sửa ô bị khóa, chọn Review (Xem lại) > Unprotect Sheet (Bỏ bảo vệ Trang tính), không cần nhập mật khẩu. Excel không cho sắp xếp ô bị khóa khi trang tính đang được bảo vệ.',
          ...(reportBy ? [`Gửi lại tệp này trước hết ngày ${isoToVietnamese(reportBy)}.`] : []),
          'Trước khi gửi, có thể kiểm tra tệp bằng nút Kiểm tra của phần bổ trợ phuluc trong Excel, hoặc lệnh phuluc check <tệp.xlsx>.',
        ]
      : [
          'HOW TO FILL IN THIS REPORT TEMPLATE',
          `The template of ${template.unit} for its report on ${title || 'the plan'}, reporting period ${period}, figures as of ${day}.`,
          `On the sheet "${sheet}", fill in the yellow columns: ${report}. The plan's columns (STT, Nhóm, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian hoàn thành) are locked so the plan's text stays as it is.`,
          `The block "${WORDS.led.en}" holds the tasks the unit leads; the block "${WORDS.supported.en}" those it supports: report the unit's part in them.`,
          `Tình hình thực hiện (status): pick one of ${words}. Write the results and the documents issued (number, date) in Kết quả thực hiện.`,
          `Ngày hoàn thành (completion date): type the day as dd/mm/yyyy (e.g. 25/09/2025), not after ${day}; leave it empty if not done.`,
          `Do not delete the hidden column "${KEY_HEADER}" (the last one): its code matches each row to its plan task when reports are consolidated, even after sorting, filtering, deleting rows or rewording a task.`,
          'The sheet is protected without a password: filter at once with the buttons on the header row; to sort, delete rows or edit a locked cell, choose Review > Unprotect Sheet, no password asked. Excel does not sort locked cells while the sheet is protected.',
          ...(reportBy ? [`Send this file back by ${isoToVietnamese(reportBy)}.`] : []),
          "Before sending, check the file with the phuluc add-in's Check button in Excel, or with phuluc check <file.xlsx>.",
        ];
  const [sheetTitle, ...steps] = lines;
  return [sheetTitle, ...steps.map((line, i) => `${i + 1}. ${line}`)];
}
