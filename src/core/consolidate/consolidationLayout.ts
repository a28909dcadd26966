/**
 * The consolidated workbook as cells: the "Tổng hợp" sheet (every plan task in plan order with each
 * lead unit's report), the summary sheets counted on it, and a sheet of sources, findings and
 * units that have not submitted. Drawn by the same writers as the summary.
 */
import { CHANGE_KINDS } from '../cycle/changeKinds';
import type { MonthOverMonth } from '../cycle/previous';
import { KEY_HEADER, planId, taskKey } from '../cycle/identity';
import type { Language } from '../findings';
import { TEXT } from '../i18n';
import { cutOffLine, type Summary, summarize } from '../summary';
import { type LayoutCell, type SheetLayout, summaryLayout } from '../summaryLayout';
import type { Consolidation, UnitReport } from './consolidate';

/** What the comparison could not pair or paired less surely, one sentence each (none when all paired by key). */
export function monthOverMonthNotes(m: MonthOverMonth, lang: Language): string[] {
  const notes = TEXT[lang].consolidation.monthOverMonthNotes;
  return [m.unmatched ? notes.unmatched(m.unmatched) : null, m.added ? notes.added(m.added) : null, m.byWording ? notes.byWording(m.byWording) : null].filter((note) => note !== null);
}

function byUnit(reports: readonly UnitReport[], text: (r: UnitReport) => string, named: boolean): string {
  return reports
    .map((r) => (named ? `${r.unit}: ${text(r)}` : text(r)))
    .filter((line) => line.trim())
    .join('\n');
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function consolidatedSheet(c: Consolidation, lang: Language): SheetLayout {
  const W = TEXT[lang].consolidation.words;
  // The key goes last and hidden: it travels with its row when the user sorts, so next month's comparison finds the task.
  const header = [...W.header, KEY_HEADER];
  const plan = planId(c.tables);
  const body = c.tasks.map(({ task, lead, support, status, state }, i): LayoutCell[] => {
    const named = task.lead.length > 1 || lead.length > 1;
    return [
      task.stt ?? '',
      task.group ?? '',
      task.text,
      task.lead.map((u) => u.name).join('; '),
      task.deadline.text,
      byUnit(lead, (r) => r.status.text ?? '', named),
      byUnit(lead, (r) => r.result, named),
      status.completedOn ? { date: status.completedOn } : null,
      TEXT[lang].states[state],
      byUnit(support, (r) => [r.status.text, r.result].filter(Boolean).join(' – '), true),
      [...new Set([...lead, ...support].map((r) => fileName(r.file)))].join('\n'),
      taskKey(plan, i),
    ];
  });
  return {
    key: 'consolidated',
    name: W.sheet,
    rows: [[W.title], [cutOffLine(c.asOf, lang)], [], header, ...body],
    headerRow: 3,
    lastTableRow: 3 + body.length,
    boldRows: [],
    widths: [6, 30, 60, 30, 16, 40, 40, 12, 24, 40, 24, 16],
    formats: { 7: 'dd/mm/yyyy' },
    table: null,
    hidden: [header.length - 1],
  };
}

/** What changed since the last cut-off: both cut-off days, the count of each kind, then every task that changed. */
function monthOverMonthSheet(m: MonthOverMonth, lang: Language): SheetLayout {
  const W = TEXT[lang].consolidation.words;
  const changes = TEXT[lang].consolidation.changes;
  const kinds = CHANGE_KINDS;
  const previous = cutOffLine(m.previousAsOf, lang);
  const dates: LayoutCell[][] = [[W.monthOverMonthTitle], [cutOffLine(m.asOf, lang)], [`${W.previousCutOff}: ${previous.charAt(0).toLowerCase()}${previous.slice(1)}`], []];
  const counts: LayoutCell[][] = [W.countHeader, ...kinds.map((kind) => [changes[kind], m.counts[kind]])];
  const top = [...dates, ...counts, ...monthOverMonthNotes(m, lang).map((note) => [note]), []];
  const body = m.changes.map((change): LayoutCell[] => [
    changes[change.kind],
    change.stt ?? '',
    change.text,
    change.lead.join('; '),
    TEXT[lang].states[change.before],
    TEXT[lang].states[change.after],
    change.daysOverdue,
  ]);
  return {
    key: 'monthOverMonth',
    name: W.monthOverMonth,
    rows: [...top, W.changeHeader, ...body],
    headerRow: top.length,
    lastTableRow: top.length + body.length,
    boldRows: [dates.length],
    widths: [30, 8, 60, 30, 26, 26, 12],
    formats: {},
    table: null,
  };
}

function sourcesSheet(c: Consolidation, lang: Language): SheetLayout {
  const W = TEXT[lang].consolidation.words;
  // Files to confirm first: they are what the user must look at.
  const ordered = [...c.sources].sort((a, b) => Number(b.confirm && !b.skipped) - Number(a.confirm && !a.skipped));
  const sources = ordered.map((s): LayoutCell[] => [fileName(s.file), s.unit ?? '', s.confirm && !s.skipped ? W.confirm : '', s.evidence, s.tasks, s.reported, s.error ?? '']);
  const findings = c.findings.map((f): LayoutCell[] => [f.code, TEXT[lang].severities[f.severity], f.file ? fileName(f.file) : '', f.cell ?? '', f.message]);
  const notSubmitted = c.notSubmitted.map((n): LayoutCell[] => [n.unit, n.tasks.map((t) => t.stt ?? t.text).join(', ')]);
  const rows: LayoutCell[][] = [
    [W.sources.toUpperCase()],
    [cutOffLine(c.asOf, lang)],
    [],
    W.sourceHeader,
    ...sources,
    [],
    W.findingHeader,
    ...findings,
    [],
    [W.notSubmitted],
    W.notSubmittedHeader,
    ...notSubmitted,
  ];
  const findingHeader = 4 + sources.length + 1;
  return {
    key: 'sources',
    name: W.sources,
    rows,
    headerRow: 3,
    lastTableRow: 3 + sources.length,
    boldRows: [findingHeader, findingHeader + findings.length + 2, findingHeader + findings.length + 3],
    widths: [34, 30, 14, 50, 12, 12, 60],
    formats: {},
    table: null,
  };
}

/** Every sheet of a consolidation; with `changes` (compareWithPrevious), what changed since the last cut-off after the consolidated sheet. */
/**
 * The consolidation's figures, one set for the sheets, the Word report and the JSON: the plan's row
 * from the consolidated tasks (a co-led task is done when every lead reports it done), each lead
 * unit's row from its own report (c.byUnit), so a unit is never counted late for its partner.
 */
export function consolidationSummary(c: Consolidation, lang: Language): Summary {
  return { ...summarize(c.tables, c.asOf, lang), byUnit: c.byUnit };
}

export function consolidationLayout(c: Consolidation, lang: Language, changes?: MonthOverMonth): SheetLayout[] {
  return [consolidatedSheet(c, lang), ...(changes ? [monthOverMonthSheet(changes, lang)] : []), ...summaryLayout(consolidationSummary(c, lang), c.tables, lang), sourcesSheet(c, lang)];
}
