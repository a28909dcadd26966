/**
 * The consolidated workbook as cells: the "Tổng hợp" sheet (every plan task in plan order with each
 * lead unit's report), the summary sheets counted on it, and a sheet of sources, findings and
 * units that have not submitted. Drawn by the same writers as the summary.
 */
import type { Language } from '../findings';
import { SEVERITY_LABELS, STATE_LABELS } from '../i18n';
import { cutOffLine, summarize } from '../summary';
import { type LayoutCell, type SheetLayout, summaryLayout } from '../summaryLayout';
import type { Consolidation, UnitReport } from './consolidate';

const W = {
  sheet: { vi: 'Tổng hợp', en: 'Consolidated' },
  title: { vi: 'TỔNG HỢP BÁO CÁO CỦA CÁC ĐƠN VỊ', en: 'CONSOLIDATED UNIT REPORTS' },
  sources: { vi: 'Nguồn và phát hiện', en: 'Sources and findings' },
  header: {
    vi: ['STT', 'Nhóm', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình hình thực hiện (đơn vị chủ trì)', 'Kết quả thực hiện', 'Ngày hoàn thành', 'Trạng thái tại ngày chốt', 'Báo cáo của đơn vị phối hợp', 'Tệp nguồn'],
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
} satisfies Record<string, Record<Language, string | string[]>>;

function byUnit(reports: readonly UnitReport[], text: (r: UnitReport) => string, named: boolean): string {
  return reports.map((r) => (named ? `${r.unit}: ${text(r)}` : text(r))).filter((line) => line.trim()).join('\n');
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function consolidatedSheet(c: Consolidation, lang: Language): SheetLayout {
  const header = W.header[lang];
  const body = c.tasks.map(({ task, lead, support, status, state }): LayoutCell[] => {
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
      STATE_LABELS[state][lang],
      byUnit(support, (r) => [r.status.text, r.result].filter(Boolean).join(' – '), true),
      [...new Set([...lead, ...support].map((r) => fileName(r.file)))].join('\n'),
    ];
  });
  return {
    key: 'consolidated',
    name: W.sheet[lang],
    rows: [[W.title[lang]], [cutOffLine(c.asOf, lang)], [], header, ...body],
    headerRow: 3,
    lastTableRow: 3 + body.length,
    boldRows: [],
    widths: [6, 30, 60, 30, 16, 40, 40, 12, 24, 40, 24],
    formats: { 7: 'dd/mm/yyyy' },
    table: null,
  };
}

function sourcesSheet(c: Consolidation, lang: Language): SheetLayout {
  // Files to confirm first: they are what the user must look at.
  const ordered = [...c.sources].sort((a, b) => Number(b.confirm && !b.skipped) - Number(a.confirm && !a.skipped));
  const sources = ordered.map((s): LayoutCell[] => [fileName(s.file), s.unit ?? '', s.confirm && !s.skipped ? W.confirm[lang] : '', s.evidence, s.tasks, s.reported, s.error ?? '']);
  const findings = c.findings.map((f): LayoutCell[] => [f.code, SEVERITY_LABELS[f.severity][lang], f.file ? fileName(f.file) : '', f.cell ?? '', f.message]);
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

export function consolidationLayout(c: Consolidation, lang: Language): SheetLayout[] {
  return [consolidatedSheet(c, lang), ...summaryLayout(summarize(c.tables, c.asOf, lang), c.tables, lang), sourcesSheet(c, lang)];
}
