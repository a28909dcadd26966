/**
 * The readable summary `phuluc check` prints without --json: every line within 80 columns, short
 * for big plans (the first overdue tasks, findings of one code on one line; --all prints them all),
 * and the tasks counted in the buckets of the report sentence, so the two always agree.
 */
import type { AnalysedTable } from '../core/analyse';
import { daysBetweenIso } from '../core/calendar';
import type { Finding, Language } from '../core/findings';
import { columnLetter, isoToVietnamese } from '../core/grid';
import { formatNumber, TEXT } from '../core/i18n';
import { describePlanYear } from '../core/planYear';
import { roleEntries } from '../core/roles';
import type { UnitReport } from '../core/rules/unitReport';
import { type Buckets, rateText, sentenceParts } from '../core/summary';
import type { Task } from '../core/table';
import { CLI_TEXT as T } from './messages';
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
  const n = formatNumber(count, lang);
  if (lang === 'vi') return `    … và ${n} ${what === 'tasks' ? 'nhiệm vụ' : 'phát hiện'} khác (--all để xem hết)`;
  return `    … and ${n} more ${what === 'tasks' ? 'tasks' : 'findings'} (--all to see them all)`;
}

function overdueLines(task: Task, asOf: string, lang: Language): string[] {
  // Overdue means past a due day: a task without one has no line here, never a made-up day.
  const { due: day } = task.deadline;
  if (day === null) return [];
  const due = isoToVietnamese(day);
  const written = task.deadline.text && task.deadline.text !== due ? ` (${task.deadline.text})` : '';
  const days = daysBetweenIso(day, asOf);
  const late = lang === 'vi' ? `quá ${formatNumber(days, lang)} ngày` : `${formatNumber(days, lang)} days late`;
  const number = task.stt ? ` · ${T.stt[lang]} ${task.stt}` : '';
  const lead = task.lead.map((u) => u.name).join('; ') || '–';
  return [fit(`    ${T.row[lang]} ${task.row + 1}${number} · ${T.due[lang]} ${due}${written} · ${late}`), fit(`      ${lead} — ${task.text}`)];
}

/** "A5:A19, B15": the cells of a group of findings, runs down a column joined. */
function cellList(cells: readonly string[]): string[] {
  const parsed = cells.map((cell) => /^([A-Z]+)(\d+)$/.exec(cell));
  if (parsed.some((m) => !m)) return [...new Set(cells)];
  const sorted = [...new Set(cells)]
    .map((cell) => /^([A-Z]+)(\d+)$/.exec(cell)!)
    .map((m) => ({ col: m[1]!, row: Number(m[2]) }))
    .sort((a, b) => a.col.length - b.col.length || a.col.localeCompare(b.col) || a.row - b.row);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]!.col === sorted[i]!.col && sorted[j + 1]!.row === sorted[j]!.row + 1) j++;
    runs.push(j === i ? `${sorted[i]!.col}${sorted[i]!.row}` : `${sorted[i]!.col}${sorted[i]!.row}:${sorted[j]!.col}${sorted[j]!.row}`);
    i = j + 1;
  }
  return runs;
}

/** Findings of one code and severity, in the order their first one appears. */
function groups(findings: readonly Finding[]): Finding[][] {
  const byCode = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.severity} ${f.code}`;
    if (!byCode.has(key)) byCode.set(key, []);
    byCode.get(key)!.push(f);
  }
  return [...byCode.values()];
}

function findingLines(findings: readonly Finding[], { lang, all }: PrintOptions): string[] {
  const severity = (f: Finding) => `[${TEXT[lang].severities[f.severity]}]`;
  if (all) return findings.flatMap((f) => wrap(`${severity(f)} ${f.cell} ${f.code}: ${f.message}`, '    ', '      '));
  const lines: string[] = [];
  const grouped = groups(findings);
  for (const group of grouped.slice(0, FIRST)) {
    const [first] = group as [Finding];
    if (group.length === 1) {
      lines.push(fit(`    ${severity(first)} ${first.cell} ${first.code}: ${first.message}`));
      continue;
    }
    const count = lang === 'vi' ? `${formatNumber(group.length, lang)} ô` : `${formatNumber(group.length, lang)} cells`;
    lines.push(fit(`    ${severity(first)} ${first.code}, ${count}: ${cellList(group.map((f) => f.cell)).join(', ')}`));
    lines.push(fit(`      ${first.cell}: ${first.message}`));
  }
  const left = grouped.slice(FIRST).reduce((n, group) => n + group.length, 0);
  if (left) lines.push(more(left, 'findings', lang));
  return lines;
}

const UNIT_REPORT_REASON: Record<UnitReport['reason'], Record<Language, (text: string) => string>> = {
  reportColumns: { vi: (text) => `có cột "${text}"; không đòi số thứ tự của kế hoạch`, en: (text) => `has a "${text}" column; the plan's numbering is not required` },
  oneLead: { vi: (text) => `mọi nhiệm vụ do ${text} chủ trì; không đòi số thứ tự của kế hoạch`, en: (text) => `every task is led by ${text}; the plan's numbering is not required` },
};

function severityCounts(findings: readonly Finding[], lang: Language): string {
  const n = (severity: Finding['severity']) => formatNumber(findings.filter((f) => f.severity === severity).length, lang);
  return `${n('error')} ${T.errors[lang]}, ${n('warning')} ${T.warnings[lang]}, ${n('info')} ${T.notes[lang]}`;
}

export function printCheck(file: string, asOf: string, analysed: readonly AnalysedTable[], options: PrintOptions): string {
  const { lang, all } = options;
  const lines = [`${T.file[lang]}: ${file}`, `${T.asOf[lang]}: ${isoToVietnamese(asOf)}`];
  for (const { table, findings, unitReport } of analysed) {
    const headerRows = table.headerRows.map((r) => r + 1).join('–');
    lines.push('', fit(`${T.sheet[lang]} "${table.sheet}": ${T.headerRow[lang]} ${headerRows}`));
    lines.push(...wrap(`${T.planYear[lang]}: ${describePlanYear(table.planYearSource, lang)}`, '  ', '    '));
    if (unitReport) lines.push(...wrap(`${T.unitReport[lang]}: ${UNIT_REPORT_REASON[unitReport.reason][lang](unitReport.text)}`, '  ', '    '));
    const columns = roleEntries(table.columns).map(([role, col]) => `${TEXT[lang].roles[role]} ${columnLetter(col)}${table.guessed?.includes(role) ? ` (${T.guessed[lang]})` : ''}`);
    lines.push(...wrapItems(columns, ' · ', `  ${T.columns[lang]}: `, '       '));
    const groupCount = table.sections.length ? `, ${formatNumber(table.sections.length, lang)} ${T.groups[lang]}` : '';
    lines.push(`  ${formatNumber(table.tasks.length, lang)} ${T.tasks[lang]}${groupCount}:`, ...bucketLines(bucketsOf(table.tasks), lang, '    '));

    const overdue = table.tasks.filter((t) => t.state === 'overdue');
    if (overdue.length) {
      lines.push(`  ${T.overdueList[lang]} (${formatNumber(overdue.length, lang)}):`);
      const shown = all ? overdue : overdue.slice(0, FIRST);
      for (const task of shown) lines.push(...overdueLines(task, asOf, lang));
      if (shown.length < overdue.length) lines.push(more(overdue.length - shown.length, 'tasks', lang));
    }
    if (findings.length === 0) lines.push(`  ${T.noFindings[lang]}`);
    else lines.push(`  ${T.findings[lang]} (${severityCounts(findings, lang)}):`, ...findingLines(findings, options));
  }
  const every = analysed.flatMap((a) => a.findings);
  const tasks = analysed.reduce((n, a) => n + a.table.tasks.length, 0);
  const tableWord = lang === 'en' && analysed.length === 1 ? 'table' : T.tables[lang];
  lines.push(
    '',
    ...wrap(`${T.total[lang]}: ${formatNumber(analysed.length, lang)} ${tableWord}, ${formatNumber(tasks, lang)} ${T.tasks[lang]}, ${severityCounts(every, lang)}.`, '', '  '),
  );
  return lines.join('\n');
}
