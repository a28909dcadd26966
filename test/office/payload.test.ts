/**
 * Bytes per sync for the pane's big jobs on the 5,000-task sheet of bench/pane.bench.ts, as the
 * in-memory Excel weighs them (JSON in UTF-8 plus 100 bytes a call): every request and response stays
 * well under Excel on the web's 5 MB. `PHULUC_PAYLOAD=1 npx jest test/office/payload.test.ts` prints
 * the figures recorded in docs/performance.md.
 */
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import { summarize } from '../../src/core/summary';
import { type SheetLayout, summaryLayout } from '../../src/core/summaryLayout';
import { applyHighlight } from '../../src/office/highlight';
import { planHighlight } from '../../src/office/highlightPlan';
import { readSheet } from '../../src/office/readSheet';
import { sourceSheet, writeOwnSheets } from '../../src/office/writeOwnSheets';
import { gridOf } from '../helpers/grids';
import { asExcelContext, MemoryContext, type SyncRecord } from '../helpers/memoryExcel';
import { paneSheetRows } from '../helpers/paneSheet';

const AS_OF = '2025-11-14';
const BUDGET = 4 * 1024 * 1024;

/** The sheet bench/pane.bench.ts builds. */
function sheetOf(tasks: number) {
  const rows = paneSheetRows(tasks);
  return gridOf(rows, { name: 'Phụ lục' });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB`;
const show = (label: string, log: readonly SyncRecord[]) => {
  if (process.env.PHULUC_PAYLOAD) console.log(`${label}: ${log.length} syncs; request/response per sync: ${log.map((s) => `${kb(s.request)}/${kb(s.response)}`).join(', ')}`);
};

describe('bytes per sync, 5,000 tasks', () => {
  const context = new MemoryContext(sheetOf(5000));
  const excel = asExcelContext(context);
  const since = (from: number) => context.syncLog.slice(from);

  it('check: reading the sheet', async () => {
    const grid = await readSheet(excel, { mergedAreas: true });
    expect(grid.rows).toHaveLength(5001);
    show('check (read)', since(0));
    expect(context.syncs).toBe(2);
    for (const sync of since(0)) expect(Math.max(sync.request, sync.response)).toBeLessThan(BUDGET);
  });

  it('highlight: the read it starts with, then the rules and the helper sheet', async () => {
    const from = context.syncLog.length;
    const grid = await readSheet(excel, { mergedAreas: true });
    const table = recogniseWorkbook({ sheets: [grid] }, { asOf: AS_OF })[0]!;
    const read = context.syncLog.length;
    await applyHighlight(excel, grid.name, planHighlight(table, grid, { asOf: null, dueSoonDays: 7 }));
    show('highlight (read)', since(from).slice(0, read - from));
    show('highlight (rules)', since(read));
    expect(context.syncLog.length - read).toBe(3);
    for (const sync of since(from)) expect(Math.max(sync.request, sync.response)).toBeLessThan(BUDGET);
  });

  it('summary: the sheets, the data table of 5,000 rows, the PivotTable', async () => {
    const from = context.syncLog.length;
    const source = await sourceSheet(excel);
    const grid = await readSheet(excel, { mergedAreas: true }, source);
    const tables = recogniseWorkbook({ sheets: [grid] }, { asOf: AS_OF });
    const read = context.syncLog.length;
    const written = await writeOwnSheets(excel, summaryLayout(summarize(tables, AS_OF), tables, 'vi'), { owner: 'summary', lang: 'vi', source, pivotTables: true });
    expect(written.pivot).toBe('made');
    show('summary (source and read)', since(from).slice(0, read - from));
    show('summary (write)', since(read));
    for (const sync of since(from)) expect(Math.max(sync.request, sync.response)).toBeLessThan(BUDGET);
  });
});

describe('bytes per sync, a consolidation of long reports', () => {
  it('writes 1,000 rows of several KB each in blocks sized by bytes, every request under the budget', async () => {
    const report = 'Đã triển khai thực hiện, ban hành văn bản hướng dẫn, tổ chức tập huấn cho cán bộ; '.repeat(25);
    const rows = Array.from({ length: 1000 }, (_, i) => [i + 1, `Nhiệm vụ ${i + 1}`, `Sở Tư pháp: ${report}`, `Công an thành phố: ${report}`, i % 2 ? { date: '2025-10-01' } : null]);
    const layout: SheetLayout = {
      key: 'consolidated',
      name: 'Hợp nhất',
      rows: [['HỢP NHẤT'], [], [], ['STT', 'Nhiệm vụ', 'Kết quả', 'Phối hợp', 'Ngày hoàn thành'], ...rows],
      headerRow: 3,
      lastTableRow: 1003,
      boldRows: [],
      widths: [6, 40, 60, 60, 12],
      formats: { 4: 'dd/mm/yyyy' },
      table: null,
    };
    const context = new MemoryContext(gridOf([['STT']]));
    const written = await writeOwnSheets(asExcelContext(context), [layout], { owner: 'consolidation', lang: 'vi', source: 'Sheet1', pivotTables: false });
    show(`consolidation, 1,000 rows of ${kb(Buffer.byteLength(JSON.stringify(rows[0])))} (write)`, context.syncLog);
    expect(written.syncs).toBeGreaterThan(2);
    for (const sync of context.syncLog) expect(sync.request).toBeLessThan(BUDGET);
    expect(context.gridOf('Hợp nhất').rows[1003]![2]).toEqual({ kind: 'text', text: `Sở Tư pháp: ${report}` });
  });
});
