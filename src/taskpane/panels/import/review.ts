/**
 * The imported plan under review: each row with a key that stays with it, every cell editable, a row
 * deleted or merged into the row above, and the deletes and merges undone last first. A reducer
 * (`reduce`), so the review table's rows are re-drawn only when they change.
 */
import type { Language } from '../../../core/findings';
import { formatNumber } from '../../../core/i18n';
import type { ImportedPlan, ImportedTable } from '../../../core/import/importPlan';
import type { ProseRow } from '../../../core/import/proseTasks';
import type { StringKey } from '../../paneText';

/** The cells after STT, each a text that wraps. */
export const TEXT_FIELDS = ['text', 'lead', 'support', 'deadline'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type FieldName = 'stt' | TextField;
/** A row under review, with a key that stays with it when rows above are deleted or merged. */
export type ReviewRow = ProseRow & { key: number };
export type ReviewTable = Omit<ImportedTable, 'rows'> & { rows: ReviewRow[] };
export type Review = Omit<ImportedPlan, 'tables'> & { tables: ReviewTable[] };

/** A delete or a merge, with what undoing it needs. */
export type Step = { kind: 'delete'; table: number; at: number; removed: ReviewRow } | { kind: 'merge'; table: number; at: number; upper: ReviewRow; lower: ReviewRow };

export interface State {
  plan: Review | null;
  /** The deletes and merges done, the last one last: undone in reverse order. */
  steps: Step[];
}

export type Action =
  | { type: 'load'; plan: ImportedPlan }
  | { type: 'edit'; table: number; row: number; field: FieldName; value: string }
  | { type: 'delete'; table: number; row: number }
  | { type: 'merge'; table: number; row: number }
  | { type: 'undo' };

let nextKey = 0;

/** Two cells' texts as one: the upper's, a line break, the lower's (an empty one adds nothing). */
function joinCells(upper: string, lower: string): string {
  if (!lower.trim()) return upper;
  if (!upper.trim()) return lower;
  return `${upper}\n${lower}`;
}

/** Row `row` merged into the row above it: each cell's texts joined, the upper row's STT and kind kept. */
function mergeRows(upper: ProseRow, lower: ProseRow): ProseRow {
  return {
    kind: upper.kind,
    stt: upper.stt,
    text: joinCells(upper.text, lower.text),
    lead: joinCells(upper.lead, lower.lead),
    support: joinCells(upper.support, lower.support),
    deadline: joinCells(upper.deadline, lower.deadline),
  };
}

function withRows(plan: Review, table: number, rows: (rows: ReviewRow[]) => ReviewRow[]): Review {
  return { ...plan, tables: plan.tables.map((tb, i) => (i === table ? { ...tb, rows: rows(tb.rows) } : tb)) };
}

export function reduce(state: State, action: Action): State {
  if (action.type === 'load') {
    const tables = action.plan.tables.map((table) => ({ ...table, rows: table.rows.map((row) => ({ ...row, key: nextKey++ })) }));
    return { plan: { ...action.plan, tables }, steps: [] };
  }
  const { plan, steps } = state;
  if (!plan) return state;
  switch (action.type) {
    case 'edit':
      return { ...state, plan: withRows(plan, action.table, (rows) => rows.map((r, j) => (j === action.row ? { ...r, [action.field]: action.value } : r))) };
    case 'delete': {
      const removed = plan.tables[action.table]?.rows[action.row];
      if (!removed) return state;
      return {
        plan: withRows(plan, action.table, (rows) => rows.filter((_, j) => j !== action.row)),
        steps: [...steps, { kind: 'delete', table: action.table, at: action.row, removed }],
      };
    }
    case 'merge': {
      const rows = plan.tables[action.table]?.rows;
      const upper = rows?.[action.row - 1];
      const lower = rows?.[action.row];
      if (!upper || !lower) return state;
      const merged: ReviewRow = { ...mergeRows(upper, lower), key: upper.key };
      return {
        plan: withRows(plan, action.table, (all) => all.flatMap((r, j) => (j === action.row - 1 ? [merged] : j === action.row ? [] : [r]))),
        steps: [...steps, { kind: 'merge', table: action.table, at: action.row - 1, upper, lower }],
      };
    }
    case 'undo': {
      const step = steps.at(-1);
      if (!step) return state;
      const restored =
        step.kind === 'delete'
          ? withRows(plan, step.table, (rows) => [...rows.slice(0, step.at), step.removed, ...rows.slice(step.at)])
          : withRows(plan, step.table, (rows) => [...rows.slice(0, step.at), step.upper, step.lower, ...rows.slice(step.at + 1)]);
      return { plan: restored, steps: steps.slice(0, -1) };
    }
  }
}

/** A row as the undo bar names it: its STT and the start of its text. */
function rowLabel(row: ProseRow): string {
  const text = row.text.replace(/\s+/g, ' ').trim();
  const short = text.length > 40 ? `${text.slice(0, 38).trimEnd()}…` : text;
  return `${row.stt.trim() ? `${row.stt.trim()} ` : ''}“${short}”`;
}

export function stepText(step: Step, t: (key: StringKey) => string): string {
  return step.kind === 'delete' ? `${t('rowDeleted')} ${rowLabel(step.removed)}.` : `${t('rowMerged')} ${rowLabel(step.lower)} ${t('intoRow')} ${rowLabel(step.upper)}.`;
}

/** The table's counts as the sheet will hold them. */
export function countsOf(table: ImportedTable, t: (key: StringKey) => string, lang: Language): string {
  const tasks = table.rows.filter((row) => row.kind === 'task').length;
  const groups = table.rows.length - tasks;
  return `${table.name}: ${formatNumber(tasks, lang)} ${t('tasks')}${groups ? `, ${formatNumber(groups, lang)} ${t('groups')}` : ''}`;
}
