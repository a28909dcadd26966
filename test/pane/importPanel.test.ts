/**
 * @jest-environment jsdom
 */
/// <reference types="jest" />
/// <reference types="node" />
// Type-checked with the pane (tsconfig.pane.json). The Nhập panel as the clerk uses it: the pane (App,
// on its Nhập tab) over the in-memory Excel, its reader worker played in this thread by the engine
// the worker runs (a Word document read by readDocxBytes, a PDF by pdf.js in the PDF reader's thread,
// text by importText), on seed 001's plan (test/fixtures/plans). A plan's tasks are shown for review;
// ✕ deletes a row and ↑ merges a row into the one above (each cell's text joined, the upper row's
// STT kept), both undone from the bar at the bottom; "Ghi vào trang tính mới" writes exactly the
// table shown as a new sheet; a text with no task list says so; counts are written with Vietnamese
// separators; a group announcing more tasks than it holds is pointed out. The texts are asserted as
// the user reads them, not through the pane's catalogue.
import './domGaps';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createElement as h } from 'react';
import { cellText } from '../../src/core/grid';
import { type ImportedPlan, importPlan, importText } from '../../src/core/import/importPlan';
import { sniffPlanFile } from '../../src/core/import/planFiles';
import { paragraphsOf } from '../../src/core/import/paragraphs';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import { readDocxBytes } from '../../src/io/docx';
import { readPdfPlan } from '../../src/io/pdfReader';
import { planReadMessage } from '../../src/io/pdfText';
import type { Host } from '../../src/office/host';
import { App } from '../../src/taskpane/App';
import type { ImportSource, Request, WorkerReply } from '../../src/taskpane/worker/messages';
import { checkRequest } from '../../src/taskpane/worker/requestSchemas';
import { docxOf } from '../helpers/docx';
import { gridOf } from '../helpers/grids';
import { asExcelContext, MemoryContext } from '../helpers/memoryExcel';

jest.setTimeout(60_000); // a PDF is read by pdf.js in a thread of its own

const AS_OF = '2025-11-14';
const SEED = readFileSync(join(__dirname, '..', 'fixtures', 'plans', 'seed001-de-an-06-hai-phong.txt'), 'utf8');
/** Seed 001's plan as a Word document, a paragraph per paragraph. */
const SEED_DOCX = docxOf(paragraphsOf(SEED).map((paragraph) => ({ paragraph })));
const temp = mkdtempSync(join(tmpdir(), 'phuluc-import-pane-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// The pane's reader worker (worker/readerWorker.ts, which jest's CommonJS cannot load: webpack's
// worker syntax) played here: each request checked as the worker checks it, then read by the
// engine the worker runs. A PDF goes to pdf.js in the PDF reader's thread, as `phuluc import` reads one.
jest.mock('../../src/taskpane/worker/startReaderWorker', () => ({
  readerClient: () => ({ ask: (request: unknown) => mockWorker(request), stop: () => undefined }),
}));

/** The import requests the pane sent. */
const asked: Request<'import'>[] = [];

async function mockWorker(data: unknown): Promise<WorkerReply> {
  const { request, error } = checkRequest(data);
  if (!request) return { kind: 'failed', error };
  if (request.kind !== 'import') return { kind: 'failed', error: `the import panel asked for ${request.kind}` };
  asked.push(request);
  try {
    return { kind: 'imported', plan: await importSource(request.source, request.asOf), error: null };
  } catch (caught) {
    return { kind: 'imported', plan: null, error: planReadMessage(caught, request.lang) };
  }
}

async function importSource(source: ImportSource, asOf: string): Promise<ImportedPlan> {
  if ('text' in source) return importText(source.text, asOf);
  const bytes = new Uint8Array(source.bytes);
  if (sniffPlanFile(bytes) !== 'pdf') return importPlan(readDocxBytes(bytes), asOf);
  const file = join(temp, `plan-${asked.length}.pdf`);
  writeFileSync(file, bytes);
  const reply = await readPdfPlan(file, asOf);
  if (!('plan' in reply)) throw new Error(`the PDF was not read: ${reply.failure}`);
  return reply.plan;
}

/**
 * The plan's paragraphs as a PDF (test/helpers/pdf.ts), written in a thread of Node's own: pdfkit
 * cannot be loaded in jsdom (it is given its browser build, or finds its files from the page's URL).
 */
async function pdfOf(paragraphs: readonly string[]): Promise<Uint8Array> {
  const file = join(temp, `plan-${paragraphs.length}.pdf`);
  const code = [
    `require(${JSON.stringify(require.resolve('tsx/cjs'))});`,
    `const { workerData } = require('node:worker_threads');`,
    `const { pdfOf } = require(${JSON.stringify(join(__dirname, '..', 'helpers', 'pdf.ts'))});`,
    `pdfOf(workerData.paragraphs.map((paragraph) => ({ paragraph }))).then((bytes) => require('node:fs').writeFileSync(workerData.file, bytes));`,
  ].join('\n');
  const worker = new Worker(code, { eval: true, workerData: { paragraphs, file } });
  await new Promise<void>((done, fail) => {
    worker.on('error', fail);
    worker.on('exit', (code) => (code === 0 ? done() : fail(new Error(`the PDF thread exited with ${code}`))));
  });
  return new Uint8Array(readFileSync(file));
}

// jsdom 20's File has no arrayBuffer() or text(), which the panel reads a picked file with; a browser's does.
for (const [name, read] of [
  ['arrayBuffer', (reader: FileReader, blob: Blob) => reader.readAsArrayBuffer(blob)],
  ['text', (reader: FileReader, blob: Blob) => reader.readAsText(blob)],
] as const) {
  if (!(name in Blob.prototype))
    Object.defineProperty(Blob.prototype, name, {
      configurable: true,
      value(this: Blob) {
        return new Promise((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(reader.result);
          reader.onerror = () => reject(reader.error);
          read(reader, this);
        });
      },
    });
}

/** An empty workbook (the plan is imported before any appendix exists), shown in the pane on its Nhập tab. */
async function show(): Promise<MemoryContext> {
  const context = new MemoryContext(gridOf([[]], { name: 'Sheet1' }));
  context.settings.set('phuluc', JSON.stringify({ asOf: AS_OF }));
  const host: Host = { lang: 'vi', can: { mergedAreas: true, pivotTables: true }, run: (work) => work(asExcelContext(context)) };
  render(h(App, { host, panel: 'import' }));
  await act(() => new Promise((done) => setTimeout(done))); // the settings saved in the workbook, loaded
  return context;
}

/**
 * The button a user reads as `label`. By its text, not its role: jsdom computes every ancestor's
 * style for a role query, which Fluent's many style rules make slow on a long table.
 */
const button = (label: string, scope: HTMLElement = document.body) => within(scope).getByText(label, { selector: 'button' });

/** Picks a file with "Chọn tệp Word (.docx), PDF hoặc văn bản (.txt) của kế hoạch…". */
function pick(name: string, bytes: Uint8Array) {
  fireEvent.click(button('Chọn tệp Word (.docx), PDF hoặc văn bản (.txt) của kế hoạch…'));
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([Uint8Array.from(bytes)], name)] } });
}

/** Pastes the plan's text and presses "Đọc nội dung đã dán". */
function paste(text: string) {
  fireEvent.change(screen.getByLabelText('Hoặc dán nội dung kế hoạch (các nhiệm vụ, "Cơ quan chủ trì: ...")'), { target: { value: text } });
  fireEvent.click(button('Đọc nội dung đã dán'));
}

/** The panel's message once the plan is read (or refused). */
const message = async () => (await screen.findByTestId('import-message', {}, { timeout: 30_000 })).textContent ?? '';

type Shown = { stt: string; text: string; lead: string; support: string; deadline: string };

/** The review table's rows as shown: each cell's text as it stands in its box. */
function shown(): Shown[] {
  return screen.getAllByTestId('import-row').map((row) => {
    const value = (field: string) => row.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-field="${field}"]`)?.value ?? '';
    return { stt: value('stt'), text: value('text'), lead: value('lead'), support: value('support'), deadline: value('deadline') };
  });
}

const rowsOf = (plan: ImportedPlan): Shown[] => plan.tables[0]!.rows.map(({ stt, text, lead, support, deadline }) => ({ stt, text, lead, support, deadline }));
/** The review row numbered `n` (from 1). */
const rowNumbered = (n: number) => screen.getAllByTestId('import-row')[n - 1]!;

afterEach(() => {
  cleanup();
  asked.length = 0;
});

describe('ImportPanel', () => {
  it('shows the tasks of a Word plan for review, with their count and groups', async () => {
    await show();
    pick('ke-hoach-de-an-06.docx', SEED_DOCX);
    expect(await message()).toBe('Tìm thấy 50 nhiệm vụ trong 1 bảng. Xem lại: sửa ô, xoá hoặc gộp dòng nếu cần, rồi bấm Ghi.');
    expect(asked.map((request) => 'bytes' in request.source)).toEqual([true]);
    expect(screen.getByTestId('import-count').textContent).toBe('Nhiệm vụ: 50 nhiệm vụ, 14 nhóm');
    const rows = shown();
    expect(rows).toEqual(rowsOf(importPlan(readDocxBytes(SEED_DOCX), AS_OF)));
    expect(rows[0]).toEqual({ stt: 'III.', text: 'CÁC NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG TRÁCH NHIỆM', lead: '', support: '', deadline: '' });
    expect(rows[18]).toMatchObject({ stt: '(1)', lead: 'Sở Tư pháp', deadline: 'Thường xuyên' });
    expect(rows[18]!.text).toMatch(/^Làm sạch dữ liệu hộ tịch, tái sử dụng dữ liệu đã số hóa/);
    expect(button('Ghi vào trang tính mới')).toBeTruthy();
  });

  it('reads a PDF plan’s text layer into the same tasks', async () => {
    const plan = [
      'KẾ HOẠCH Chuyển đổi số năm 2025',
      '1. Nhóm nhiệm vụ về dữ liệu (02 nhiệm vụ)',
      '(1) Làm sạch dữ liệu hộ tịch, tái sử dụng dữ liệu đã số hóa.',
      '- Cơ quan chủ trì: Sở Tư pháp.',
      '- Cơ quan phối hợp: Công an thành phố.',
      '- Thời gian hoàn thành: 30/9/2025.',
      '(2) Số hóa hồ sơ đất đai.',
      '- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.',
      '- Thời gian hoàn thành: Quý IV/2025.',
    ];
    await show();
    pick('ke-hoach.pdf', await pdfOf(plan));
    expect(await message()).toBe('Tìm thấy 2 nhiệm vụ trong 1 bảng. Xem lại: sửa ô, xoá hoặc gộp dòng nếu cần, rồi bấm Ghi.');
    expect(shown()).toEqual([
      { stt: '1.', text: 'Nhóm nhiệm vụ về dữ liệu (02 nhiệm vụ)', lead: '', support: '', deadline: '' },
      { stt: '(1)', text: 'Làm sạch dữ liệu hộ tịch, tái sử dụng dữ liệu đã số hóa.', lead: 'Sở Tư pháp', support: 'Công an thành phố', deadline: '30/9/2025' },
      { stt: '(2)', text: 'Số hóa hồ sơ đất đai.', lead: 'Sở Nông nghiệp và Môi trường', support: '', deadline: 'Quý IV/2025' },
    ]);
  });

  it('deletes a row (✕) and merges a row into the one above (↑), undoes the last step, and writes what the table shows', async () => {
    const context = await show();
    paste(SEED);
    await message();
    const before = shown();
    expect(before.slice(17, 20).map((row) => row.stt)).toEqual(['2.1.', '(1)', '(2)']);

    // ✕ on row 3 (task 1.1.): the row goes, the bar says which.
    fireEvent.click(within(rowNumbered(3)).getByLabelText('Xoá dòng 3'));
    expect(shown()).toEqual([...before.slice(0, 2), ...before.slice(3)]);
    expect(screen.getByTestId('import-last-step').textContent).toMatch(/^Đã xoá dòng 1\.1\. “Các sở, ngành tái cấu trúc quy trình .*”\.$/);
    expect(screen.getByTestId('import-count').textContent).toBe('Nhiệm vụ: 49 nhiệm vụ, 14 nhóm');

    // ↑ on what is now row 19, task (2) of 2.1.: into (1) above it, each cell joined, (1) kept.
    const [upper, lower] = [before[18]!, before[19]!];
    fireEvent.click(within(rowNumbered(19)).getByLabelText('Gộp dòng 19 vào dòng trên'));
    const merged = shown();
    expect(merged).toHaveLength(before.length - 2);
    expect(merged[17]).toEqual({
      stt: '(1)',
      text: `${upper.text}\n${lower.text}`,
      lead: 'Sở Tư pháp\nSở Khoa học và Công nghệ',
      support: `${upper.support}\n${lower.support}`,
      deadline: 'Thường xuyên\nTheo chỉ đạo của các bộ, ngành Trung ương',
    });
    expect(merged[18]).toEqual(before[20]);
    expect(screen.getByTestId('import-last-step').textContent).toMatch(/^Đã gộp dòng \(2\) “Thực hiện việc kết nối .*” vào dòng \(1\) “Làm sạch dữ liệu hộ tịch.*”\.$/);

    // Hoàn tác takes back the merge, then the delete.
    fireEvent.click(button('Hoàn tác'));
    expect(shown()).toEqual([...before.slice(0, 2), ...before.slice(3)]);
    fireEvent.click(button('Hoàn tác'));
    expect(shown()).toEqual(before);
    expect(screen.queryByTestId('import-undo-bar')).toBeNull();

    // Delete and merge again, correct a cell, and write.
    fireEvent.click(within(rowNumbered(3)).getByLabelText('Xoá dòng 3'));
    fireEvent.click(within(rowNumbered(19)).getByLabelText('Gộp dòng 19 vào dòng trên'));
    fireEvent.change(within(rowNumbered(4)).getByLabelText('Đơn vị chủ trì 4'), { target: { value: 'Sở Nội vụ' } });
    const table = shown();
    expect(table[3]!.lead).toBe('Sở Nội vụ');
    fireEvent.click(button('Ghi vào trang tính mới'));
    await waitFor(() => expect(screen.getByTestId('import-message').textContent).toMatch(/^Đã ghi trang/));
    expect(screen.getByTestId('import-message').textContent).toBe('Đã ghi trang: Nhiệm vụ. Trang này là của bạn: dùng Kiểm tra, Quá hạn, Tổng hợp như mọi bảng phụ lục.');

    // The new sheet: the plan's title, a blank row, the header, then the rows exactly as the table showed them.
    const sheets = context.allSheets().filter((sheet) => !sheet.user);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Nhiệm vụ']);
    expect(context.active).toBe('Nhiệm vụ');
    const cells = sheets[0]!.grid.rows.map((row) => Array.from({ length: 5 }, (_, c) => cellText(row[c])));
    expect(cells[0]![0]).toMatch(/^KẾ HOẠCH Thực hiện Đề án "phát triển ứng dụng dữ liệu dân cư/);
    expect(cells[2]).toEqual(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành']);
    expect(cells.slice(3)).toEqual(table.map((row) => [row.stt, row.text, row.lead, row.support, row.deadline]));
    // ... and it reads back as an appendix of 48 tasks: 50, one deleted, two merged into one.
    const [written] = recogniseWorkbook({ sheets: [sheets[0]!.grid] }, { asOf: AS_OF });
    expect(written?.tasks).toHaveLength(48);
  });

  it('says so when the text holds no appendix table and no task list, and offers nothing to write', async () => {
    await show();
    paste('Biên bản họp giao ban tháng 11.\nĐồng chí Chủ tịch chủ trì cuộc họp.\nCuộc họp kết thúc lúc 11 giờ.');
    expect(await message()).toBe('Có lỗi: Không tìm thấy bảng phụ lục hay danh sách nhiệm vụ (có dòng "Cơ quan chủ trì: ...").');
    expect(screen.queryAllByTestId('import-row')).toEqual([]);
    expect(screen.queryByText('Ghi vào trang tính mới', { selector: 'button' })).toBeNull();
  });

  it('writes the counts of a long plan with Vietnamese thousands separators, in the group-count warning too', async () => {
    const tasks = Array.from({ length: 1_005 }, (_, i) => `${i + 1}. Rà soát hồ sơ số ${i + 1}.\n- Cơ quan chủ trì: Sở Tư pháp.\n- Thời gian hoàn thành: 31/12/2025.`);
    await show();
    paste(['KẾ HOẠCH Rà soát hồ sơ năm 2025', 'I. NHIỆM VỤ CỤ THỂ (1000 nhiệm vụ)', ...tasks].join('\n'));
    expect(await message()).toBe(
      'Tìm thấy 1.005 nhiệm vụ trong 1 bảng. Xem lại: sửa ô, xoá hoặc gộp dòng nếu cần, rồi bấm Ghi. Nhóm ghi số nhiệm vụ khác số tìm thấy (ghi / tìm thấy): I. NHIỆM VỤ CỤ THỂ (1000 nhiệm vụ) (1.000 / 1.005)',
    );
    expect(screen.getByTestId('import-count').textContent).toBe('Nhiệm vụ: 1.005 nhiệm vụ, 1 nhóm');
    expect(screen.getAllByTestId('import-row')).toHaveLength(1_006);
  });

  it('warns when a group announces more tasks than it holds', async () => {
    await show();
    paste(
      [
        'KẾ HOẠCH Chuyển đổi số năm 2025',
        '1. Nhóm nhiệm vụ về dữ liệu (03 nhiệm vụ)',
        '(1) Làm sạch dữ liệu hộ tịch.',
        '- Cơ quan chủ trì: Sở Tư pháp.',
        '- Thời gian hoàn thành: 30/9/2025.',
        '(2) Số hóa hồ sơ đất đai.',
        '- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.',
        '- Thời gian hoàn thành: 31/12/2025.',
      ].join('\n'),
    );
    expect(await message()).toBe(
      'Tìm thấy 2 nhiệm vụ trong 1 bảng. Xem lại: sửa ô, xoá hoặc gộp dòng nếu cần, rồi bấm Ghi. Nhóm ghi số nhiệm vụ khác số tìm thấy (ghi / tìm thấy): 1. Nhóm nhiệm vụ về dữ liệu (03 nhiệm vụ) (3 / 2)',
    );
    expect(shown().map((row) => row.stt)).toEqual(['1.', '(1)', '(2)']);
  });
});
