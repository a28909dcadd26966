/**
 * The readable summary `phuluc check` prints without --json: every line within 80 columns, short
 * for big plans (the first overdue tasks, findings of one code on one line; --all prints them all),
 * and the tasks counted in the buckets of the report sentence, so the two always agree.
 */
import type { CheckedTable } from '../core/check';
import { daysBetweenIso } from '../core/calendar';
import type { Finding, Language } from '../core/findings';
import { columnLetter, isoToVietnamese } from '../core/grid';
import { formatNumber, TEXT } from '../core/i18n';
import { describePlanYear } from '../core/planYear';
import { roleEntries } from '../core/roles';
import { type Buckets, rateText, sentenceParts } from '../core/summary';
import type { Task } from '../core/table';
import { fit, wrap, wrapItems } from './text';

/** Overdue tasks and finding groups printed per table without --all. */
export const FIRST = 10;

export interface PrintOptions {
  lang: Language;
  /** Every overdue task and every finding, each finding whole. */
  all: boolean;
}

/** A table's (or file's) tasks per bucket. */
export function bucketsOf(tasks: readonly Task[]): Buckets {
  const buckets: Buckets = { total: tasks.length, done_on_time: 0, done_late: 0, on_track: 0, overdue: 0, recurring: 0, no_deadline: 0 };
  for (const task of tasks) buckets[task.state]++;
  return buckets;
}

/** The counts as the report sentence words them, one bucket group a line, then the rate with its counts. */
export function bucketLines(buckets: Buckets, lang: Language, indent: string): string[] {
  const { done, notDone, recurring } = sentenceParts(buckets, lang);
  return [done, notDone, recurring, rateText(buckets, lang)].flatMap((part) => wrap(part, indent, `${indent}  `));
}

function more(count: number, what: 'tasks' | 'findings', lang: Language): string {
  const { check } = TEXT[lang].cli;
  return `    ${(what === 'tasks' ? check.moreTasks : check.moreFindings)(formatNumber(count, lang))}`;
}

function overdueLines(task: Task, asOf: string, lang: Language): string[] {
  // Overdue means past a due day: a task without one has no line here, never a made-up day.
  const { due: day } = task.deadline;
  if (day === null) return [];
  const due = isoToVietnamese(day);
  const written = task.deadline.text && task.deadline.text !== due ? ` (${task.deadline.text})` : '';
  const days = daysBetweenIso(day, asOf);
  const late = TEXT[lang].cli.check.daysLate(formatNumber(days, lang));
  const number = task.stt ? ` · ${TEXT[lang].cli.stt} ${task.stt}` : '';
  const lead = task.lead.map((u) => u.name).join('; ') || '–';
  return [fit(`    ${TEXT[lang].cli.row} ${task.row + 1}${number} · ${TEXT[lang].cli.due} ${due}${written} · ${late}`), fit(`      ${lead} — ${task.text}`)];
}

/** "A5:A19, B15": the cells of a group of findings, runs down a column joined; as given when one is no A1 address. */
function cellList(cells: readonly string[]): string[] {
  const unique = [...new Set(cells)];
  const parsed: { col: string; row: number }[] = [];
  for (const cell of unique) {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(cell) ?? [];
    if (col === undefined || row === undefined) return unique;
    parsed.push({ col, row: Number(row) });
  }
  parsed.sort((a, b) => a.col.length - b.col.length || a.col.localeCompare(b.col) || a.row - b.row);
  // Each run is a first cell and the last one below it, row after row in one column.
  const runs: { first: { col: string; row: number }; last: { col: string; row: number } }[] = [];
  for (const cell of parsed) {
    const run = runs.at(-1);
    if (run && run.last.col === cell.col && run.last.row + 1 === cell.row) run.last = cell;
    else runs.push({ first: cell, last: cell });
  }
  return runs.map(({ first, last }) => (first === last ? `${first.col}${first.row}` : `${first.col}${first.row}:${last.col}${last.row}`));
}

/** Findings of one code and severity, in the order their first one appears. */
function groups(findings: readonly Finding[]): Finding[][] {
  const byCode = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.severity} ${f.code}`;
    const group = byCode.get(key);
    if (group) group.push(f);
    else byCode.set(key, [f]);
  }
  return [...byCode.values()];
}

function findingLines(findings: readonly Finding[], { lang, all }: PrintOptions): string[] {
  const severity = (f: Finding) => `[${TEXT[lang].severities[f.severity]}]`;
  if (all) return findings.flatMap((f) => wrap(`${severity(f)} ${f.cell} ${f.code}: ${f.message}`, '    ', '      '));
  const lines: string[] = [];
  const grouped = groups(findings);
  for (const group of grouped.slice(0, FIRST)) {
    const [first] = group;
    if (!first) continue; // a group holds at least its first finding
    if (group.length === 1) {
      lines.push(fit(`    ${severity(first)} ${first.cell} ${first.code}: ${first.message}`));
      continue;
    }
    const count = TEXT[lang].cli.check.cells(formatNumber(group.length, lang));
    lines.push(fit(`    ${severity(first)} ${first.code}, ${count}: ${cellList(group.map((f) => f.cell)).join(', ')}`));
    lines.push(fit(`      ${first.cell}: ${first.message}`));
  }
  const left = grouped.slice(FIRST).reduce((n, group) => n + group.length, 0);
  if (left) lines.push(more(left, 'findings', lang));
  return lines;
}

function severityCounts(findings: readonly Finding[], lang: Language): string {
  const n = (severity: Finding['severity']) => formatNumber(findings.filter((f) => f.severity === severity).length, lang);
  return `${n('error')} ${TEXT[lang].cli.errors}, ${n('warning')} ${TEXT[lang].cli.warnings}, ${n('info')} ${TEXT[lang].cli.notes}`;
}

export function printCheck(file: string, asOf: string, analysed: readonly CheckedTable[], options: PrintOptions): string {
  const { lang, all } = options;
  const lines = [`${TEXT[lang].common.file}: ${file}`, `${TEXT[lang].common.asOf}: ${isoToVietnamese(asOf)}`];
  for (const { table, findings, unitReport } of analysed) {
    const headerRows = table.headerRows.map((r) => r + 1).join('–');
    lines.push('', fit(`${TEXT[lang].cli.sheet} "${table.sheet}": ${TEXT[lang].common.headerRow} ${headerRows}`));
    lines.push(...wrap(`${TEXT[lang].common.planYear}: ${describePlanYear(table.planYearSource, lang)}`, '  ', '    '));
    if (unitReport) lines.push(...wrap(`${TEXT[lang].common.unitReport}: ${TEXT[lang].common.unitReportReasons[unitReport.reason](unitReport.text)}`, '  ', '    '));
    const columns = roleEntries(table.columns).map(
      ([role, col]) => `${TEXT[lang].roles[role]} ${columnLetter(col)}${table.guessed?.includes(role) ? ` (${TEXT[lang].cli.guessed})` : ''}`,
    );
    lines.push(...wrapItems(columns, ' · ', `  ${TEXT[lang].cli.columns}: `, '       '));
    const groupCount = table.sections.length ? `, ${formatNumber(table.sections.length, lang)} ${TEXT[lang].common.groups}` : '';
    lines.push(`  ${formatNumber(table.tasks.length, lang)} ${TEXT[lang].common.tasks}${groupCount}:`, ...bucketLines(bucketsOf(table.tasks), lang, '    '));

    const overdue = table.tasks.filter((t) => t.state === 'overdue');
    if (overdue.length) {
      lines.push(`  ${TEXT[lang].cli.overdueList} (${formatNumber(overdue.length, lang)}):`);
      const shown = all ? overdue : overdue.slice(0, FIRST);
      for (const task of shown) lines.push(...overdueLines(task, asOf, lang));
      if (shown.length < overdue.length) lines.push(more(overdue.length - shown.length, 'tasks', lang));
    }
    if (findings.length === 0) lines.push(`  ${TEXT[lang].common.noFindings}`);
    else lines.push(`  ${TEXT[lang].common.findings} (${severityCounts(findings, lang)}):`, ...findingLines(findings, options));
  }
  const every = analysed.flatMap((a) => a.findings);
  const tasks = analysed.reduce((n, a) => n + a.table.tasks.length, 0);
  const tableWord = analysed.length === 1 ? TEXT[lang].cli.table : TEXT[lang].common.tables;
  lines.push(
    '',
    ...wrap(
      `${TEXT[lang].cli.total}: ${formatNumber(analysed.length, lang)} ${tableWord}, ${formatNumber(tasks, lang)} ${TEXT[lang].common.tasks}, ${severityCounts(every, lang)}.`,
      '',
      '  ',
    ),
  );
  return lines.join('\n');
}
