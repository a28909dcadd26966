/**
 * Numbering: repeated or out-of-order task numbers inside a group, groups whose numbers skip, and
 * groups announcing a task count ("(09 nhiệm vụ)") they do not hold. Sections and tasks under the
 * same parent form one sequence per numbering style ("6." and "7." are groups between tasks "5." and
 * "8.").
 *
 * A unit's report (unitReport.ts) keeps the plan's numbers for its own rows, or numbers them 1, 2, 3:
 * gaps, skipped groups and groups holding fewer tasks than the plan announces are what it should
 * look like, and its numbers match its rows to the plan, so nothing here renumbers it. It still
 * hears of a number repeated inside one group (two rows claiming one task, when the table keeps its
 * group rows) and of a group holding more tasks than the plan announces.
 */
import type { Edit, Finding } from '../findings';
import { type NumberStyle, numberStyle, numberValue, renumber } from '../numbering';
import { finding, type RuleContext } from './context';
import { unitReportOf } from './unitReport';

interface Numbered {
  row: number;
  stt: string;
  value: number;
  isSection: boolean;
}

/** Children of each parent (null = the table itself), per numbering style, in row order. */
function sequences(ctx: RuleContext): Numbered[][] {
  const { table } = ctx;
  const byParentAndStyle = new Map<string, Numbered[]>();
  const add = (parent: number | null, item: Omit<Numbered, 'value'>) => {
    const style: NumberStyle = numberStyle(item.stt);
    const value = numberValue(item.stt);
    if (style === 'none' || value === null) return;
    const key = `${parent}|${style}`;
    const list = byParentAndStyle.get(key) ?? [];
    list.push({ ...item, value });
    byParentAndStyle.set(key, list);
  };
  table.sections.forEach((s) => s.stt && add(s.parent, { row: s.row, stt: s.stt, isSection: true }));
  table.tasks.forEach((t) => t.stt && add(t.section, { row: t.row, stt: t.stt, isSection: false }));
  return [...byParentAndStyle.values()].map((list) => list.sort((a, b) => a.row - b.row));
}

/**
 * The edits that number a sequence consecutively from its first number. Sections in the sequence
 * keep their place ("6." and "7." between tasks "5." and "8."), so they are numbered too.
 */
function renumbering(ctx: RuleContext, items: readonly Numbered[], col: number): Edit[] {
  const [first] = items;
  if (first === undefined) return [];
  return items.flatMap((item, i) => {
    const stt = renumber(item.stt, first.value + i);
    return stt === item.stt.trim() ? [] : [{ kind: 'text' as const, sheet: ctx.table.sheet, row: item.row, col, text: stt }];
  });
}

export function numberingRules(ctx: RuleContext): Finding[] {
  const { table } = ctx;
  const findings: Finding[] = [];
  const sttCol = table.columns.stt ?? 0;
  const unitReport = unitReportOf(table, ctx.grid) !== null;

  for (const items of sequences(ctx)) {
    const tasks = items.filter((i) => !i.isSection);
    // Word's lost auto-numbering: every task of the group carries the same number ("1." x 15).
    const [first, second] = tasks;
    if (first && second && tasks.length >= 3 && tasks.length === items.length && tasks.every((t) => t.value === first.value)) {
      if (unitReport) continue; // the plan's own numbering, as the unit received it
      findings.push(finding(ctx, 'STT_ORDER', second.row, sttCol, { stt: second.stt.trim(), expected: renumber(second.stt, first.value + 1) }, renumbering(ctx, tasks, sttCol)));
      continue;
    }
    // Each number should follow the one before it; comparing with the previous number (not the
    // first) reports a gap once, and a repeated number as a duplicate only.
    let fix: Edit[] | undefined;
    const renumberTasks = () => (fix ??= renumbering(ctx, items, sttCol));
    const seen = new Set<number>();
    items.forEach((item, i) => {
      const previous = items[i - 1];
      const wasSeen = seen.has(item.value);
      seen.add(item.value);
      if (!previous || item.value === previous.value + 1) return;
      if (unitReport) {
        if (wasSeen && !item.isSection && table.sections.length > 0) findings.push(finding(ctx, 'DUPLICATE_STT', item.row, sttCol, { stt: item.stt.trim(), expected: null }));
        return;
      }
      const params = { stt: item.stt.trim(), expected: renumber(item.stt, previous.value + 1) };
      if (item.isSection) findings.push(finding(ctx, 'GROUP_NUMBERING', item.row, sttCol, params));
      else if (wasSeen) findings.push(finding(ctx, 'DUPLICATE_STT', item.row, sttCol, params, renumberTasks()));
      else findings.push(finding(ctx, 'STT_ORDER', item.row, sttCol, params, renumberTasks()));
    });
  }

  // Tasks a section holds, its subsections' included: counted once, children before parents.
  const held = new Map<number, number>(); // section index → tasks; a section no task is counted in holds none
  const hold = (index: number, tasks: number) => held.set(index, (held.get(index) ?? 0) + tasks);
  for (const task of table.tasks) if (task.section !== null) hold(task.section, 1);
  for (const [index, { parent }] of [...table.sections.entries()].reverse()) if (parent !== null) hold(parent, held.get(index) ?? 0);
  table.sections.forEach((section, index) => {
    const count = section.announcedCount;
    const tasks = held.get(index) ?? 0;
    if (count !== null && (unitReport ? tasks > count : tasks !== count)) {
      findings.push(finding(ctx, 'GROUP_COUNT_MISMATCH', section.row, table.columns.task ?? 0, { group: section.label, announced: count, held: tasks }));
    }
  });
  return findings;
}
