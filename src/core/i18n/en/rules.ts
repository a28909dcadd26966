/**
 * English messages of the rule findings (src/core/rules/catalogue.ts): one per code, from that
 * code's parameters and the cell and row the finding points at. Each says what is wrong and how to
 * fix it.
 */
import { formsTried } from '../../deadline/parsers';
import { isoToVietnamese } from '../../grid';
import type { RuleParams, TaskRef, Where } from '../../rules/catalogue';
import type { Catalogue } from '../catalogue';
import { formatNumber } from '../numbers';
import { roles } from './labels';

/** "1 (row 7)": a task as messages name it, by its number and row, or by its row alone when it has none. */
function task(p: TaskRef & Where): string {
  const where = `row ${p.row}`;
  return p.stt ? `${p.stt} (${where})` : where;
}

const day = isoToVietnamese;

/** A merged area and its value: C26:C27 "Sở Tư pháp". */
function merged(p: RuleParams['MERGED_DATA_CELLS']): string {
  return `${p.range}${p.text ? ` "${p.text}"` : ''}`;
}

export const rules: Catalogue['rules'] = {
  MISSING_COLUMN: (p) => `The table has no "${roles[p.role]}" column (header at ${p.cell}). Add it so tasks can be tracked.`,
  MISSING_TASK_TEXT: (p) => `Task ${task(p)} has no text. Enter the task in ${p.cell}.`,
  MISSING_LEAD: (p) => `Task ${task(p)} has no lead unit. Enter the lead unit in ${p.cell}.`,
  MISSING_DEADLINE: (p) => `Task ${task(p)} has no deadline. Enter one in ${p.cell}, e.g. "30/09/2025", "Tháng 9/2025", "Quý IV/2025" or "Thường xuyên".`,
  UNPARSED_DEADLINE: (p) => `Cannot read the deadline "${p.deadline}" in ${p.cell} (tried: ${formsTried('en')}). Rewrite it in one of those forms.`,
  STATUS_IN_DEADLINE: (p) =>
    `The deadline cell ${p.cell} holds a progress note ("${p.deadline}"), not a deadline, so the task has no due day. Move it to the status or note column and write the deadline in ${p.cell} (e.g. "Quý II/2026").`,
  DUPLICATE_STT: (p) =>
    `The number "${p.stt}" in ${p.cell} repeats within its group. ${
      p.expected !== null ? `Renumber the tasks (expected ${p.expected}).` : "Write the task's number in the plan (numbers match the report to the plan)."
    }`,
  STT_ORDER: (p) => `The number "${p.stt}" in ${p.cell} is out of sequence (expected ${p.expected}). Renumber the group.`,
  GROUP_NUMBERING: (p) => `The group number "${p.stt}" in ${p.cell} skips (the next should be ${p.expected}). Check whether a group is missing.`,
  GROUP_COUNT_MISMATCH: (p) =>
    `The group "${p.group}" (${p.cell}) announces ${formatNumber(p.announced, 'en')} tasks but holds ${formatNumber(p.held, 'en')}. Add the missing tasks or correct the count.`,
  LEAD_IN_SUPPORT: (p) => `"${p.unit}" both leads and supports task ${task(p)}. Remove it from the support cell ${p.cell}.`,
  UNKNOWN_UNIT: (p) => `"${p.unit}" (${p.cell}) is not in the unit directory.${p.closest !== null ? ` Did you mean "${p.closest}"?` : ''} Use the directory's name.`,
  UNKNOWN_STATUS: (p) => `The status "${p.status}" in ${p.cell} is not a known status (Đã hoàn thành, Đang thực hiện, Chưa thực hiện ...). Pick one of them.`,
  DONE_WITHOUT_DATE: (p) => `Task ${task(p)} is done but has no completion date. Enter it (dd/mm/yyyy) in ${p.cell}.`,
  COMPLETION_AFTER_AS_OF: (p) => `The completion date ${day(p.completedOn)} in ${p.cell} is after the cut-off date ${day(p.asOf)}. Correct one of them.`,
  DATE_WITHOUT_DONE: (p) => `Task ${task(p)} has a completion date (${p.cell}) but is not marked done. Fix the status or remove the date.`,
  DONE_WITHOUT_EVIDENCE: (p) => `Task ${task(p)} is done but its result (${p.cell}) cites no document (e.g. "Báo cáo số 412/BC-STP"). Cite the document number.`,
  STATUS_COLUMN_GUESSED: (p) =>
    `The table has no "Tình hình thực hiện" (status) column; column ${p.column} ("${p.header}") holds status words (Đã hoàn thành, Đang thực hiện ...), so it is read as the status. If that is wrong, set the status column yourself; better, head it "Tình hình thực hiện".`,
  DONE_IN_PART: (p) =>
    `The status "${p.status}" in ${p.cell} is a partial completion (${p.progress !== null ? `${p.progress}%` : 'in part'}): the task counts as not done. When it is finished, write "Đã hoàn thành".`,
  DEADLINE_OUTSIDE_PLAN: (p) => `The deadline "${p.deadline}" in ${p.cell} falls outside the plan's period (${day(p.planStart)} – ${day(p.planEnd)}). Check the year or the day.`,
  FORMULA_ERROR: (p) => `${p.cell} holds the formula error ${p.error}. Fix the formula or type the value.`,
  TEXT_NOT_NFC: (p) => `The text in ${p.cell} uses combining accents (not NFC), so search and comparison fail. Fix: normalise to composed Unicode.`,
  LEGACY_ENCODING: (p) => `${p.cell} is typed in the old ${p.encoding} encoding ("${p.text}"). Fix: convert to Unicode ("${p.unicode}").`,
  EXTRA_SPACES: (p) => `${p.cell} has extra spaces (leading, trailing or doubled). Fix: remove them.`,
  HIDDEN_ROW: (p) => `Row ${p.row} is hidden inside the table; whoever consolidates it may miss it. Unhide or delete it.`,
  MERGED_DATA_CELLS: (p) => `${p.cell} is merged across task rows (${merged(p)}); filtering, sorting or consolidating loses data. Fix: unmerge and write the value into each cell.`,
  SPLIT_ROW: (p) => `Task ${task(p)} is broken over ${p.rows} rows (usually a paste from PDF). Put it back on one row.`,
  SWAPPED_DATE: (p) =>
    `The date ${day(p.date)} in ${p.cell} was probably swapped by a month-first Excel: in the same column, ${p.evidenceCell} "${p.evidenceText}" is a dd/mm date that Excel could not read and kept as text. Fix: change it to ${day(p.swapped)}.`,
  DATE_AS_TEXT: (p) =>
    `The date "${p.text}" in ${p.cell} is text, not a date: a month-first Excel could not read it, and swapped the date in ${p.swappedCell} of the same column. Fix: make it the date ${day(p.date)} (fixed together with the swapped date, so the column no longer mixes text and dates).`,
};
