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
import { TEXT } from '../i18n';
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

/** The two sheets' names: the report first (opened first), then the instructions. */
export function sheetNames(lang: Language): { report: string; guide: string } {
  return { report: TEXT[lang].cycle.template.sheet, guide: TEXT[lang].cycle.template.guide };
}

/**
 * The titles of the two blocks. The writer puts them in the group column, which no column role
 * reads, so `check` and `consolidate` pass over the row (readRows.ts) instead of taking it for a
 * group heading: under one heading, the plan's numbers repeated across its groups ("(1)" in each)
 * would be reported as duplicates.
 */
export function blockTitles(lang: Language): { led: string; supported: string } {
  return { led: TEXT[lang].cycle.template.led, supported: TEXT[lang].cycle.template.supported };
}

const DOTS = '……';

/** "tháng 11/2025" from "2025-11". */
function periodText(period: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  return match?.[1] && match[2] ? TEXT[lang].cycle.template.period(match[2], match[1]) : period;
}

/** The lines under the letterhead; what the plan does not write is dots, to be filled in, never guessed. */
function headingLines(heading: PlanHeading, options: TemplateOptions): string[] {
  const { lang } = options;
  const T = TEXT[lang].cycle.template;
  const number = heading.number ?? DOTS;
  const date = heading.date ? isoToVietnamese(heading.date) : DOTS;
  const period = periodText(periodOf(options.asOf), lang);
  return [
    T.report,
    ...(heading.title ? [heading.title] : []),
    // Not "Số: ...": that line is the sender's own number in a letterhead (reportingUnit.ts).
    T.planLine(number, date),
    T.periodLine(period),
    cutOffLine(options.asOf, lang),
    ...(options.reportBy ? [T.reportByLine(isoToVietnamese(options.reportBy))] : []),
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
  return { words: offered(), ...TEXT[lang].cycle.template.statusValidation(offered().join(', ')) };
}

/** The completion date's messages: a real day, written dd/mm/yyyy, not after the cut-off. */
export function dateValidation(asOf: string, lang: Language): ValidationText {
  return TEXT[lang].cycle.template.dateValidation(isoToVietnamese(asOf));
}

/** What the instruction sheet says, in any language: days as dd/mm/yyyy. */
export interface InstructionFacts {
  unit: string;
  /** The plan's title; empty when it has none. */
  title: string;
  /** The reporting period as the heading words it. */
  period: string;
  /** The cut-off. */
  day: string;
  /** The report sheet's name, and the report columns' headers joined. */
  sheet: string;
  report: string;
  /** The status words offered, joined. */
  words: string;
  keyHeader: string;
  reportBy: string | null;
}

/** The instruction sheet "Hướng dẫn": its title, then one numbered line each. */
export function instructions(template: UnitTemplate, options: TemplateOptions): string[] {
  const { lang, asOf, reportBy } = options;
  const [sheetTitle, ...steps] = TEXT[lang].cycle.template.instructions({
    unit: template.unit,
    title: template.identity.planTitle,
    period: periodText(template.identity.period, lang),
    day: isoToVietnamese(asOf),
    sheet: sheetNames(lang).report,
    report: TEMPLATE_COLUMNS.filter((c) => c.report)
      .map((c) => c.header)
      .join('; '),
    words: offered().join(', '),
    keyHeader: KEY_HEADER,
    reportBy: reportBy ? isoToVietnamese(reportBy) : null,
  });
  return [sheetTitle, ...steps.map((line, i) => `${i + 1}. ${line}`)];
}
