/**
 * The checks that need nothing but the recognised table: required cells, readable deadlines,
 * formula errors. Each finding points at the cell to fix.
 */
import type { Finding, Language } from '../findings';
import { a1, type Grid } from '../grid';
import { ROLE_LABELS } from '../i18n';
import type { Role } from '../roles';
import type { AppendixTable, Task } from '../table';
import { CATALOGUE, type MessageParams, type RuleCode } from './catalogue';

function finding(code: RuleCode, table: AppendixTable, row: number, col: number, lang: Language, params: Partial<MessageParams>): Finding {
  const cell = a1(row, col);
  const spec = CATALOGUE[code];
  const task = params.task ?? (lang === 'vi' ? `dòng ${row + 1}` : `row ${row + 1}`);
  return {
    code,
    severity: spec.severity,
    sheet: table.sheet,
    cell,
    message: spec.message[lang]({ cell, row: row + 1, task, ...params }),
  };
}

function taskName(task: Task, lang: Language): string {
  const where = lang === 'vi' ? `dòng ${task.row + 1}` : `row ${task.row + 1}`;
  return task.stt ? `${task.stt} (${where})` : where;
}

const REQUIRED: { role: Role; code: RuleCode; empty: (t: Task) => boolean }[] = [
  { role: 'task', code: 'MISSING_TASK_TEXT', empty: (t) => t.text === '' },
  { role: 'lead', code: 'MISSING_LEAD', empty: (t) => t.lead.length === 0 },
  { role: 'deadline', code: 'MISSING_DEADLINE', empty: (t) => t.deadline.text === '' },
];

export function checkTable(table: AppendixTable, grid: Grid, lang: Language): Finding[] {
  const findings: Finding[] = [];
  const headerRow = table.headerRows[0]!;
  for (const { role, code, empty } of REQUIRED) {
    const col = table.columns[role];
    if (col === undefined) {
      findings.push(finding('MISSING_COLUMN', table, headerRow, 0, lang, { role: ROLE_LABELS[role][lang] }));
      continue;
    }
    for (const task of table.tasks) {
      if (empty(task)) findings.push(finding(code, table, task.row, col, lang, { task: taskName(task, lang) }));
    }
  }

  const deadlineCol = table.columns.deadline;
  if (deadlineCol !== undefined) {
    for (const task of table.tasks) {
      if (task.deadline.kind === 'unknown' && task.deadline.text !== '' && task.values.deadline?.kind !== 'error') {
        findings.push(finding('UNPARSED_DEADLINE', table, task.row, deadlineCol, lang, { text: task.deadline.text }));
      }
    }
  }

  const columns = Object.values(table.columns);
  for (let row = table.headerRows.at(-1)! + 1; row <= table.lastRow; row++) {
    for (const col of columns) {
      const cell = grid.rows[row]?.[col];
      if (cell?.kind === 'error') findings.push(finding('FORMULA_ERROR', table, row, col, lang, { text: cell.code }));
    }
  }
  return findings;
}
