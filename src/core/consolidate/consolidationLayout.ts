/**
 * The consolidated workbook as cells: the "Tổng hợp" sheet (every plan task in plan order with each
 * lead unit's report), the summary sheets counted on it, and a sheet of sources, findings and
 * units that have not submitted. Drawn by the same writers as the summary.
 */
import { CHANGE_KINDS, type ChangeKind } from '../cycle/changeKinds';
import type { MonthOverMonth } from '../cycle/previous';
import { KEY_HEADER, planId, taskKey } from '../cycle/identity';
import type { Language } from '../findings';
import { formatNumber, TEXT } from '../i18n';
import { cutOffLine, type Summary, summarize } from '../summary';
import { type LayoutCell, type SheetLayout, summaryLayout } from '../summaryLayout';
import type { Consolidation, UnitReport } from './consolidate';

export const CONSOLIDATION_WORDS = {
  sheet: { vi: 'Tổng hợp', en: 'Consolidated' },
  title: { vi: 'TỔNG HỢP BÁO CÁO CỦA CÁC ĐƠN VỊ', en: 'CONSOLIDATED UNIT REPORTS' },
  sources: { vi: 'Nguồn và phát hiện', en: 'Sources and findings' },
  header: {
    vi: [
      'STT',
      'Nhóm',
      'Nhiệm vụ',
      'Đơn vị chủ trì',
      'Thời hạn',
      'Tình hình thực hiện (đơn vị chủ trì)',
      'Kết quả thực hiện',
      'Ngày hoàn thành',
      'Trạng thái tại ngày chốt',
      'Báo cáo của đơn vị phối hợp',
      'Tệp nguồn',
    ],
    en: ['No.', 'Group', 'Task', 'Lead unit', 'Deadline', 'Status (lead units)', 'Result', 'Completed on', 'State at the cut-off', 'Support units’ reports', 'Source files'],
  },
  sourceHeader: {
    vi: ['Tệp', 'Đơn vị', 'Cần xác nhận', 'Căn cứ xác định đơn vị', 'Số dòng nhiệm vụ', 'Số nhiệm vụ khớp kế hoạch', 'Không tính vì'],
    en: ['File', 'Unit', 'To confirm', 'How the unit was found', 'Task rows', 'Matched to the plan', 'Not counted because'],
  },
  confirm: { vi: 'cần xác nhận', en: 'confirm' },
  findingHeader: { vi: ['Mã', 'Mức độ', 'Tệp', 'Ô', 'Nội dung'], en: ['Code', 'Severity', 'File', 'Cell', 'Message'] },
  notSubmitted: { vi: 'Đơn vị chưa gửi báo cáo', en: 'Units that have not reported' },
  notSubmittedHeader: { vi: ['Đơn vị', 'Nhiệm vụ chủ trì'], en: ['Unit', 'Tasks it leads'] },
  monthOverMonth: { vi: 'So với kỳ trước', en: 'Since last cut-off' },
  monthOverMonthTitle: { vi: 'THAY ĐỔI SO VỚI KỲ TRƯỚC', en: 'CHANGES SINCE THE LAST CUT-OFF' },
  previousCutOff: { vi: 'Kỳ trước', en: 'Last time' },
  countHeader: { vi: ['Thay đổi', 'Số nhiệm vụ'], en: ['Change', 'Tasks'] },
  changeHeader: {
    vi: ['Thay đổi', 'STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Trạng thái kỳ trước', 'Trạng thái kỳ này', 'Số ngày quá hạn'],
    en: ['Change', 'No.', 'Task', 'Lead unit', 'State last time', 'State now', 'Days overdue'],
  },
  // Lists are typed as tuples of their length, so a reader of the fourth title knows there is one.
} satisfies Record<string, Record<Language, string | [string, ...string[]]>>;
const W = CONSOLIDATION_WORDS;

/** Each kind of change since the last cut-off, in the order the sheet, the command line and the report list them. */
export const CHANGE_LABELS: Record<ChangeKind, Record<Language, string>> = {
  newlyDone: { vi: 'mới hoàn thành', en: 'newly done' },
  newlyOverdue: { vi: 'mới quá hạn', en: 'newly overdue' },
  stillOverdue: { vi: 'vẫn quá hạn', en: 'still overdue' },
  backwards: { vi: 'kỳ trước đã hoàn thành, nay chưa', en: 'done last time, not now' },
};

/** What the comparison could not pair or paired less surely, one sentence each (none when all paired by key). */
export function monthOverMonthNotes(m: MonthOverMonth, lang: Language): string[] {
  const n = (count: number) => formatNumber(count, lang);
  const vi = lang === 'vi';
  return [
    m.unmatched
      ? vi
        ? `${n(m.unmatched)} nhiệm vụ của kỳ trước không khớp nhiệm vụ nào của kế hoạch này: không so sánh.`
        : `Last time's tasks that match no task of this plan (not compared): ${n(m.unmatched)}.`
      : null,
    m.added
      ? vi
        ? `${n(m.added)} nhiệm vụ của kế hoạch này không có ở kỳ trước: không so sánh.`
        : `This plan's tasks that were not there last time (not compared): ${n(m.added)}.`
      : null,
    m.byWording
      ? vi
        ? `${n(m.byWording)} nhiệm vụ khớp theo nội dung, không theo mã nhiệm vụ (bản tổng hợp kỳ trước không có mã, hoặc kế hoạch đã sửa): nên xem lại.`
        : `Tasks paired by wording, not by key (last time's consolidation has no keys, or the plan changed; worth a look): ${n(m.byWording)}.`
      : null,
  ].filter((note) => note !== null);
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
  // The key goes last and hidden: it travels with its row when the user sorts, so next month's comparison finds the task.
  const header = [...W.header[lang], KEY_HEADER];
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
    name: W.sheet[lang],
    rows: [[W.title[lang]], [cutOffLine(c.asOf, lang)], [], header, ...body],
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
  const kinds = CHANGE_KINDS;
  const previous = cutOffLine(m.previousAsOf, lang);
  const dates: LayoutCell[][] = [[W.monthOverMonthTitle[lang]], [cutOffLine(m.asOf, lang)], [`${W.previousCutOff[lang]}: ${previous.charAt(0).toLowerCase()}${previous.slice(1)}`], []];
  const counts: LayoutCell[][] = [W.countHeader[lang], ...kinds.map((kind) => [CHANGE_LABELS[kind][lang], m.counts[kind]])];
  const top = [...dates, ...counts, ...monthOverMonthNotes(m, lang).map((note) => [note]), []];
  const body = m.changes.map((change): LayoutCell[] => [
    CHANGE_LABELS[change.kind][lang],
    change.stt ?? '',
    change.text,
    change.lead.join('; '),
    TEXT[lang].states[change.before],
    TEXT[lang].states[change.after],
    change.daysOverdue,
  ]);
  return {
    key: 'monthOverMonth',
    name: W.monthOverMonth[lang],
    rows: [...top, W.changeHeader[lang], ...body],
    headerRow: top.length,
    lastTableRow: top.length + body.length,
    boldRows: [dates.length],
    widths: [30, 8, 60, 30, 26, 26, 12],
    formats: {},
    table: null,
  };
}

function sourcesSheet(c: Consolidation, lang: Language): SheetLayout {
  // Files to confirm first: they are what the user must look at.
  const ordered = [...c.sources].sort((a, b) => Number(b.confirm && !b.skipped) - Number(a.confirm && !a.skipped));
  const sources = ordered.map((s): LayoutCell[] => [fileName(s.file), s.unit ?? '', s.confirm && !s.skipped ? W.confirm[lang] : '', s.evidence, s.tasks, s.reported, s.error ?? '']);
  const findings = c.findings.map((f): LayoutCell[] => [f.code, TEXT[lang].severities[f.severity], f.file ? fileName(f.file) : '', f.cell ?? '', f.message]);
  const notSubmitted = c.notSubmitted.map((n): LayoutCell[] => [n.unit, n.tasks.map((t) => t.stt ?? t.text).join(', ')]);
  const rows: LayoutCell[][] = [
    [W.sources[lang].toUpperCase()],
    [cutOffLine(c.asOf, lang)],
    [],
    W.sourceHeader[lang],
    ...sources,
    [],
    W.findingHeader[lang],
    ...findings,
    [],
    [W.notSubmitted[lang]],
    W.notSubmittedHeader[lang],
    ...notSubmitted,
  ];
  const findingHeader = 4 + sources.length + 1;
  return {
    key: 'sources',
    name: W.sources[lang],
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
