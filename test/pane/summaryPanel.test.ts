/**
 * @jest-environment jsdom
 */
/// <reference types="jest" />
/// <reference types="node" />
// Type-checked with the pane (tsconfig.pane.json). The Tổng hợp panel as the clerk uses it: the pane
// (App, on its Tổng hợp tab) over the in-memory Excel holding the example report, with the cut-off
// date saved in the workbook. "Tạo các trang tổng hợp" writes the summary sheets the engine makes of
// the sheet and shows the counts and the report sentence; an Excel without PivotTables (ExcelApi
// 1.8) gets the tables and says why there is no PivotTable; a re-run asks first, since it deletes
// the earlier sheets (Excel cannot undo that), and replaces them; an English Office gets it all in
// English. The texts are asserted as the user reads them, not through the pane's catalogue.
import './domGaps';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createElement as h } from 'react';
import { cellText, type Grid } from '../../src/core/grid';
import type { Language } from '../../src/core/findings';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import { reportSentence, summarize } from '../../src/core/summary';
import { summaryLayout } from '../../src/core/summaryLayout';
import type { Host } from '../../src/office/host';
import { App } from '../../src/taskpane/App';
import { asExcelContext, type MemoryContext } from '../helpers/memoryExcel';
import { AS_OF, fresh } from '../helpers/paneSummary';

// The worker's module names its own file with import.meta (webpack's worker syntax), which jest's
// CommonJS cannot load; the pane imports it (Nhập, Hợp nhất), and Tổng hợp never asks for a worker.
jest.mock('../../src/taskpane/worker/startReaderWorker', () => ({
  readerClient: () => {
    throw new Error('no worker in this test');
  },
}));

/** The example report's workbook, its cut-off date saved as the pane saves it (Cài đặt, or the date field). */
function workbook(): MemoryContext {
  const context = fresh();
  context.settings.set('phuluc', JSON.stringify({ asOf: AS_OF }));
  return context;
}

function show(context: MemoryContext, { lang = 'vi', pivotTables = true }: { lang?: Language; pivotTables?: boolean } = {}) {
  const host: Host = { lang, can: { mergedAreas: true, pivotTables }, run: (work) => work(asExcelContext(context)) };
  render(h(App, { host, panel: 'summary' }));
}

/** The sheets the add-in added, in tab order. */
const added = (context: MemoryContext) => context.allSheets().filter((sheet) => !sheet.user);
/** Rows of texts without their trailing empty cells (a sheet's rows are as wide as its widest). */
function trimmed(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((row) => {
    const texts = [...row];
    while (texts.length && texts.at(-1) === '') texts.pop();
    return texts;
  });
}
const rowsOf = (grid: Grid) => trimmed(grid.rows.map((row) => row.map((cell) => cellText(cell))));

/** What the engine makes of the example at the cut-off date (the command line's `phuluc summarize`). */
function expected(lang: Language) {
  const tables = recogniseWorkbook({ sheets: [fresh().grid] }, { asOf: AS_OF });
  const summary = summarize(tables, AS_OF, lang);
  return { tables, summary, layouts: summaryLayout(summary, tables, lang) };
}

/** The button a user reads as `label` (by its text: a role query makes jsdom compute every ancestor's style, slow under Fluent's many rules). */
const button = (label: string) => screen.getByText(label, { selector: 'button' });

/** Waits for the cut-off date saved in the workbook to reach the panel, then presses the button named `label`. */
async function run(label: string) {
  await waitFor(() => expect(screen.getByTestId('as-of-field').textContent).toContain('14/11/2025'));
  fireEvent.click(button(label));
}

/** The panel's message once the run is over. */
async function message(): Promise<string> {
  await waitFor(() => expect(screen.queryByTestId('summary-message')).not.toBeNull(), { timeout: 10_000 });
  return screen.getByTestId('summary-message').textContent ?? '';
}

/** The per-unit table's rows as shown, cell by cell. */
const unitTable = () => [...screen.getByTestId('summary-units').querySelectorAll('tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

const VI_SHEETS = ['Tổng hợp theo đơn vị', 'Đơn vị phối hợp', 'Theo nhóm', 'Theo tháng', 'Quá hạn', 'Dữ liệu'];
const VI_SENTENCE = 'Tổng số 50 nhiệm vụ; đã hoàn thành 4 (đúng hạn 3, quá hạn 1); chưa hoàn thành 25 (trong hạn 18, quá hạn 1, chưa có thời hạn cụ thể 6); thường xuyên 21.';

afterEach(cleanup);

describe('SummaryPanel', () => {
  it('writes the summary sheets of the active sheet and shows the counts and the report sentence', async () => {
    const context = workbook();
    show(context);
    expect(screen.getByTestId('summary-undo-note').textContent).toBe(
      'Lưu ý: chạy lại sẽ xoá các trang tổng hợp cũ; Excel không hoàn tác (Ctrl+Z) được việc xoá trang và các bước trước đó.',
    );
    await run('Tạo các trang tổng hợp');
    expect(await message()).toBe(`Đã tạo các trang: ${VI_SHEETS.join(', ')}, Bảng Pivot. Số liệu tính đến ngày 14/11/2025.`);

    // In the workbook: the engine's sheets (as `phuluc summarize` makes them), the first one shown, and the PivotTable.
    const { summary, layouts } = expected('vi');
    expect(added(context).map((sheet) => sheet.name)).toEqual([...VI_SHEETS, 'Bảng Pivot']);
    expect(context.active).toBe('Tổng hợp theo đơn vị');
    const byUnit = layouts.find((layout) => layout.key === 'byUnit')!;
    expect(rowsOf(context.gridOf(byUnit.name))).toEqual(trimmed(byUnit.rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))));
    expect(added(context).at(-1)?.pivots).toHaveLength(1);

    // In the panel: the cut-off date, the plan's sentence, and a row per lead unit then the whole plan's.
    expect(screen.getByTestId('summary-as-of').textContent).toBe('Số liệu tính đến ngày 14/11/2025');
    expect(screen.getByTestId<HTMLTextAreaElement>('report-sentence').value).toBe(VI_SENTENCE);
    const table = unitTable();
    expect(table[0]).toEqual(['Đơn vị chủ trì', 'Tổng số', 'Quá hạn', 'Tỷ lệ HT']);
    expect(table.at(-1)).toEqual(['Toàn kế hoạch (mỗi nhiệm vụ tính một lần)', '50', '1', '80% (4/5)']);
    expect(table).toContainEqual(['Công an thành phố', '9', '0', '100% (1/1)']);
    expect(table.slice(1, -1).map(([unit, total]) => [unit, total])).toEqual(summary.byUnit.map((row) => [row.label, String(row.total)]));

    // A unit's row gives that unit's sentence.
    const unit = summary.byUnit.find((row) => row.label === 'Sở Khoa học và Công nghệ')!;
    fireEvent.click(screen.getAllByTestId('unit-row').find((row) => row.getAttribute('data-label') === unit.label)!);
    expect(screen.getByTestId<HTMLSelectElement>('sentence-unit').value).toBe('Sở Khoa học và Công nghệ');
    expect(screen.getByTestId<HTMLTextAreaElement>('report-sentence').value).toBe(reportSentence(unit, 'vi'));
    expect(screen.getByTestId<HTMLTextAreaElement>('report-sentence').value).toMatch(/^Tổng số 7 nhiệm vụ; /);
  });

  it('writes the tables without a PivotTable where Excel lacks them (ExcelApi 1.8), and says why', async () => {
    const context = workbook();
    context.maxApi = '1.7';
    context.missing.add('pivotTables');
    show(context, { pivotTables: false });
    await run('Tạo các trang tổng hợp');
    expect(await message()).toBe(
      `Đã tạo các trang: ${VI_SHEETS.join(', ')}. Số liệu tính đến ngày 14/11/2025. Phiên bản Excel này chưa hỗ trợ PivotTable và biểu đồ qua add-in (ExcelApi 1.8); các bảng tổng hợp vẫn đầy đủ.`,
    );
    expect(added(context).map((sheet) => sheet.name)).toEqual(VI_SHEETS);
    expect(added(context).flatMap((sheet) => [...sheet.pivots, ...sheet.charts])).toEqual([]);
    expect(unitTable().at(-1)).toEqual(['Toàn kế hoạch (mỗi nhiệm vụ tính một lần)', '50', '1', '80% (4/5)']);
  });

  it('speaks English when Office does', async () => {
    const context = workbook();
    show(context, { lang: 'en' });
    expect(screen.getByTestId('summary-undo-note').textContent).toBe(
      "Note: a re-run deletes the earlier summary sheets; Excel's Undo (Ctrl+Z) cannot take that back, nor the steps before it.",
    );
    await run('Write the summary sheets');
    expect(await message()).toBe('Wrote the sheets: By lead unit, By support unit, By group, By month due, Overdue, Data, Pivot. Figures as of 14/11/2025.');
    expect(added(context).map((sheet) => sheet.name)).toEqual(['By lead unit', 'By support unit', 'By group', 'By month due', 'Overdue', 'Data', 'Pivot']);
    expect(screen.getByTestId('summary-as-of').textContent).toBe('Figures as of 14/11/2025');
    const table = unitTable();
    expect(table[0]).toEqual(['Lead unit', 'Total', 'Overdue', 'Done rate']);
    expect(table.at(-1)).toEqual(['Whole plan (each task once)', '50', '1', '80% (4/5)']);
    expect(screen.getByTestId<HTMLTextAreaElement>('report-sentence').value).toBe(
      '50 tasks in all; 4 done (3 on time, 1 late); 25 not done (18 within the deadline, 1 overdue, 6 with no fixed deadline); 21 recurring.',
    );
    expect(screen.getByTestId('summary-notes').textContent).toContain(
      "A task with several lead units counts for each of them (5 such tasks), so the unit rows add up to 55, more than the plan's 50 tasks.",
    );
  });

  // Last: once the user has said Continue, the pane asks no more in this session (useUndoWarning).
  it('asks before a re-run deletes the earlier sheets, and replaces them when told to go on', async () => {
    const context = workbook();
    show(context);
    await run('Tạo các trang tổng hợp');
    await message();
    const first = added(context).map((sheet) => sheet.name);

    // Again: the question first; Huỷ leaves the workbook as it was.
    const changes = context.changes;
    fireEvent.click(button('Tạo các trang tổng hợp'));
    const question = await screen.findByTestId('summary-undo-confirm');
    expect(question.textContent).toContain(
      'Excel sẽ không hoàn tác (Ctrl+Z) được thao tác này, kể cả các bước bạn đã làm trước đó. Nếu có thể cần lại bản hiện tại, hãy lưu tệp trước. Tiếp tục?',
    );
    expect(button('Tạo các trang tổng hợp').hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(question).getByText('Huỷ', { selector: 'button' }));
    expect(screen.queryByTestId('summary-undo-confirm')).toBeNull();
    expect(context.changes).toBe(changes);

    // Asked again; Tiếp tục replaces the earlier sheets: the same names, no second set.
    fireEvent.click(button('Tạo các trang tổng hợp'));
    fireEvent.click(within(await screen.findByTestId('summary-undo-confirm')).getByText('Tiếp tục', { selector: 'button' }));
    await waitFor(() => expect(screen.getByTestId('summary-message').textContent).toContain('thay cho các trang tổng hợp cũ'));
    expect(screen.getByTestId('summary-message').textContent).toBe(
      `Đã tạo các trang: ${VI_SHEETS.join(', ')}, Bảng Pivot (thay cho các trang tổng hợp cũ). Số liệu tính đến ngày 14/11/2025.`,
    );
    expect(added(context).map((sheet) => sheet.name)).toEqual(first);
    expect(context.changes).toBeGreaterThan(changes);
  });
});
