/** The readable summary `phuluc check` prints without --json. */
import type { AnalysedTable } from '../core/analyse';
import type { Finding, Language } from '../core/findings';
import { columnLetter, isoToVietnamese } from '../core/grid';
import { ROLE_LABELS, SEVERITY_LABELS, STATE_LABELS } from '../core/i18n';
import type { Role } from '../core/roles';
import { TASK_STATES } from '../core/state';
import { CLI_TEXT as T } from './messages';

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function findingLine(f: Finding, lang: Language): string {
  return `    [${SEVERITY_LABELS[f.severity][lang]}] ${f.cell} ${f.code}: ${f.message}`;
}

export function printCheck(file: string, asOf: string, analysed: readonly AnalysedTable[], lang: Language): string {
  const lines = [`${T.file[lang]}: ${file}`, `${T.asOf[lang]}: ${isoToVietnamese(asOf)}`];
  for (const { table, findings } of analysed) {
    const headerRows = table.headerRows.map((r) => r + 1).join('–');
    lines.push(
      '',
      `${T.sheet[lang]} "${table.sheet}": ${T.headerRow[lang]} ${headerRows}, ${T.planYear[lang]} ${table.planYear}`,
      `  ${T.columns[lang]}: ${(Object.entries(table.columns) as [Role, number][])
        .map(([role, col]) => `${ROLE_LABELS[role][lang]} ${columnLetter(col)}`)
        .join(' · ')}`,
    );
    const counts = TASK_STATES.map((state) => `${STATE_LABELS[state][lang]} ${table.tasks.filter((t) => t.state === state).length}`);
    const groups = table.sections.length ? `, ${table.sections.length} ${T.groups[lang]}` : '';
    lines.push(`  ${table.tasks.length} ${T.tasks[lang]}${groups}: ${counts.join(' · ')}`);

    const overdue = table.tasks.filter((t) => t.state === 'overdue');
    if (overdue.length) {
      lines.push(`  ${T.overdueList[lang]}:`);
      for (const task of overdue) {
        const lead = task.lead.map((u) => u.name).join('; ');
        const number = task.stt ? ` · ${T.stt[lang]} ${task.stt}` : '';
        lines.push(
          `    ${T.row[lang]} ${task.row + 1}${number}: ${shorten(task.text, 60)} — ${lead} — ${T.due[lang]} ${isoToVietnamese(task.deadline.due!)} (${task.deadline.text})`,
        );
      }
    }
    if (findings.length === 0) lines.push(`  ${T.noFindings[lang]}`);
    else lines.push(`  ${T.findings[lang]}:`, ...findings.map((f) => findingLine(f, lang)));
  }
  const all = analysed.flatMap((a) => a.findings);
  const tasks = analysed.reduce((n, a) => n + a.table.tasks.length, 0);
  lines.push(
    '',
    `${T.total[lang]}: ${analysed.length} ${T.tables[lang]}, ${tasks} ${T.tasks[lang]}, ${all.filter((f) => f.severity === 'error').length} ${T.errors[lang]}, ${all.filter((f) => f.severity === 'warning').length} ${T.warnings[lang]}.`,
  );
  return lines.join('\n');
}
