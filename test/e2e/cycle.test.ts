/**
 * The monthly cycle in the real task pane (issue 17), in Chromium, Chrome or Edge over the browser
 * preview's in-memory workbook holding seed 001's plan: the units' templates made in the worker and
 * downloaded as one .zip; after a consolidation of the unit files (test/helpers/unitFiles.ts), the
 * report upward downloaded in Word and the units to chase with their texts and a working copy
 * button; last period's consolidation refused when it is not one, taken from this workbook's own
 * sheet, and compared. The preview is built once per run (globalSetup.ts); without a browser these
 * tests are skipped. `npm run screenshots` also saves cycle-*.png under docs/screenshots/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { startPreview } from '../../scripts/preview';
import { consolidate, readReport } from '../../src/core/consolidate/consolidate';
import { consolidationLayout } from '../../src/core/consolidate/consolidationLayout';
import { CHANGE_KINDS, compareWithPrevious, type PreviousConsolidation, readPreviousConsolidation } from '../../src/core/cycle/previous';
import { cellText } from '../../src/core/grid';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import { reportSentence, summarize } from '../../src/core/summary';
import { fold } from '../../src/core/text';
import { readDocxBytes } from '../../src/io/docx';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import { readWorkbookBytes } from '../../src/io/workbookBytes';
import { writeLayouts } from '../../src/io/writeSummary';
import { findBrowser, launchBrowser } from '../helpers/browser';
import { MASTER, unitFolder } from '../helpers/unitFiles';

const ROOT = join(__dirname, '..', '..');
const SHOTS = process.env.PHULUC_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : null;
/** Without a browser the tests are skipped (globalTeardown says how to run them; under CI=true globalSetup fails). */
const describeInBrowser = findBrowser().found ? describe : describe.skip;

const AS_OF = '2025-11-14';
const LAST_MONTH = '2025-10-15';

let browser: Browser;
let server: Server;
let url: string;

beforeAll(async () => {
  if (!findBrowser().found) return;
  const preview = await startPreview();
  ({ url, server } = preview);
  preview.addBook('plan', MASTER);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** The Hợp nhất panel over the plan, in a context that takes downloads and may use the clipboard. */
async function open(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN', acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${url}?panel=consolidate&book=plan`);
  await page.getByTestId('plan-name').waitFor();
  return { context, page };
}

async function shot(page: Page, name: string, testId: string): Promise<void> {
  if (!SHOTS) return;
  await page.getByTestId(testId).scrollIntoViewIfNeeded();
  await page.waitForTimeout(600); // let Fluent's open and fade animations finish
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Types a day into a date field, as the user does, and leaves it (which commits it). */
async function typeDay(page: Page, testId: string, day: string): Promise<void> {
  await page.getByTestId(testId).fill(day);
  await page.keyboard.press('Tab');
}

/** Clicks `button` and gives the file the pane offered: its name and bytes. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
  return { name: (file as Download).suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** The workbooks of the unit folder, as the pane's file picker gets them. */
function unitFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.xlsx?$/.test(name))
    .map((name) => join(dir, name));
}

/** What the command line's engine makes of the same plan and files at `asOf`. */
function engineConsolidation(dir: string, asOf: string) {
  const tables = recogniseWorkbook(readWorkbookFile(MASTER), { asOf });
  const reports = unitFiles(dir)
    .filter((file) => !file.includes('~$'))
    .map((file) => {
      const name = file.slice(dir.length + 1);
      try {
        return readReport(name, readWorkbookFile(file), { asOf, planYear: tables[0]!.planYear, lang: 'vi' });
      } catch {
        return { file: name, error: 'unreadable' };
      }
    });
  return consolidate(tables, reports, { asOf, lang: 'vi' });
}

/** A .docx's paragraphs and table cells as lines of text. */
const docxLines = (bytes: Uint8Array): string[] =>
  readDocxBytes(bytes).flatMap((block) =>
    block.kind === 'paragraph' ? [block.text] : block.kind === 'table' ? block.grid.rows.flatMap((row) => row.map((cell) => cellText(cell))) : [],
  );

describeInBrowser('the monthly cycle in the task pane', () => {
  it('makes one template per named lead unit in the worker, with its tasks, and offers them as one .zip', async () => {
    const { context, page } = await open();
    // Templates never assume today: without a cut-off the pane says so.
    await page.getByTestId('templates-run').click();
    await expect(page.getByTestId('templates-message').textContent()).resolves.toContain('Chọn Ngày chốt số liệu trước');
    await typeDay(page, 'as-of', '14/11/2025');
    await typeDay(page, 'report-by', '20/11/2025');

    const zip = await download(page, 'templates-run');
    expect(zip.name).toBe('Biểu mẫu báo cáo 11-2025.zip');
    const files = unzipSync(new Uint8Array(zip.bytes));

    // One template per named lead unit (a unit spelt two ways is one), named by the plan's first spelling.
    const tasks = recogniseWorkbook(readWorkbookFile(MASTER), { asOf: AS_OF }).flatMap((table) => table.tasks);
    const units = new Map<string, string>();
    for (const task of tasks) for (const unit of task.lead) if (!unit.collective && !units.has(unit.key)) units.set(unit.key, unit.name);
    expect(Object.keys(files).sort()).toEqual([...units.values()].map((name) => `${name}.xlsx`).sort());
    for (const [key, name] of units) {
      const book = XLSX.read(files[`${name}.xlsx`]!, { type: 'array' });
      const text = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, defval: '' }).flat().map(String);
      expect(text).toContain(name);
      expect(text).toContain('Hạn gửi báo cáo: 20/11/2025');
      for (const task of tasks.filter((t) => t.lead.some((u) => u.key === key))) expect(text).toContain(task.text);
    }

    await expect(page.getByTestId('templates-progress').textContent()).resolves.toContain(`Đơn vị ${units.size}/${units.size}`);
    await expect(page.getByTestId('template').count()).resolves.toBe(units.size);
    await expect(page.locator('[data-testid="template"][data-unit="Công an thành phố"]').getAttribute('data-file')).resolves.toBe('Công an thành phố.xlsx');
    // The tasks no template carries, by the collective that leads them.
    const collective = tasks.find((t) => t.lead.length > 0 && t.lead.every((u) => u.collective))!;
    await expect(page.getByTestId('templates-unassigned').textContent()).resolves.toContain(collective.lead.map((u) => u.name).join('; '));
    // The download may not have started (Excel for Mac): the command that makes the same files.
    await expect(page.getByTestId('templates-download-note').textContent()).resolves.toContain('phuluc templates <kế-hoạch.xlsx> --sheet');
    await shot(page, 'cycle-templates', 'templates');
    await context.close();
  }, 120_000);

  it('after a consolidation, downloads the report upward in Word and lists each unit to chase with a text to copy', async () => {
    const dir = unitFolder();
    const expected = engineConsolidation(dir, AS_OF);
    const { context, page } = await open();
    await typeDay(page, 'as-of', '14/11/2025');
    await page.getByTestId('pick-files').setInputFiles(unitFiles(dir));
    await page.getByTestId('consolidate-message').waitFor();

    const report = await download(page, 'report-run');
    expect(report.name).toBe('Báo cáo 14-11-2025.docx');
    const lines = docxLines(new Uint8Array(report.bytes));
    expect(lines).toContain('Số liệu tính đến ngày 14/11/2025.');
    expect(lines).toContain(reportSentence(summarize(expected.tables, AS_OF, 'vi').plan, 'vi'));
    await expect(page.getByTestId('report-message').textContent()).resolves.toContain('Cần điền trước khi ký: ');
    await expect(page.getByTestId('report-download-note').textContent()).resolves.toContain('--report bao-cao.docx');

    await page.getByTestId('reminders-run').click();
    await page.getByTestId('reminders').waitFor();
    const missing = await page.getByTestId('not-submitted-unit').locator('strong').allTextContents();
    expect(missing).toEqual(expected.notSubmitted.map((n) => n.unit));
    const chased = await page.getByTestId('reminder').evaluateAll((items) => items.map((item) => item.getAttribute('data-unit')));
    expect(chased.slice(0, missing.length)).toEqual(missing); // the units that sent nothing first
    // No due day set: the texts leave it blank, and the pane says so.
    await expect(page.getByTestId('cycle-report').textContent()).resolves.toContain('Chưa đặt Hạn gửi báo cáo');

    const first = page.getByTestId('reminder').first();
    const text = await first.getByTestId('reminder-text').inputValue();
    expect(text).toContain(`Kính gửi: ${missing[0]}`);
    await first.getByTestId('reminder-copy').click();
    await expect(first.getByTestId('reminder-copy-note').textContent()).resolves.toBe('Đã sao chép.');
    await expect(page.evaluate('navigator.clipboard.readText()')).resolves.toBe(text);
    await shot(page, 'cycle-report', 'cycle-report');
    await context.close();
  }, 120_000);

  it('compares with last period’s consolidation from this workbook, and refuses a file that is not one or a cut-off not before this one', async () => {
    const dir = unitFolder();
    const { context, page } = await open();
    // Last month: consolidated and written into the workbook.
    await typeDay(page, 'as-of', '15/10/2025');
    await page.getByTestId('pick-files').setInputFiles(unitFiles(dir));
    await page.getByTestId('consolidate-message').waitFor();
    await page.getByTestId('consolidate-run').click();
    await page.getByText(/Đã hợp nhất/).waitFor();

    // This month: the same files read again at the new cut-off.
    await typeDay(page, 'as-of', '14/11/2025');
    await page.getByTestId('pick-files').setInputFiles(unitFiles(dir));
    await page.getByTestId('consolidate-message').filter({ hasText: 'Đã đọc' }).waitFor();
    await page.getByTestId('previous-file').setInputFiles(join(dir, 'stp.xlsx'));
    await expect(page.getByTestId('previous-message').textContent()).resolves.toContain('stp.xlsx: không phải bản tổng hợp của phuluc');
    await expect(page.getByTestId('previous-picked').count()).resolves.toBe(0);

    await page.getByTestId('previous-here').click();
    await expect(page.getByTestId('previous-picked').textContent()).resolves.toContain('Kỳ trước: 15/10/2025 — trang trong sổ này ‘Tổng hợp’');
    await page.getByTestId('previous-changes').waitFor();
    // The counts the command line's engine finds for the same months.
    const october = readPreviousConsolidation(readWorkbookBytes(new Uint8Array(await writeLayouts(consolidationLayout(engineConsolidation(dir, LAST_MONTH), 'vi'))), 'tong-hop.xlsx'));
    const changes = compareWithPrevious(engineConsolidation(dir, AS_OF), october as PreviousConsolidation);
    if ('problem' in changes) throw new Error(changes.problem);
    const shownCounts = await page
      .getByTestId('previous-change')
      .evaluateAll((items) => items.map((item) => [item.getAttribute('data-kind'), item.querySelector('strong')?.textContent]));
    expect(shownCounts).toEqual(CHANGE_KINDS.map((kind) => [kind, String(changes.counts[kind])]));
    await shot(page, 'cycle-previous', 'previous');

    // Written: the consolidation gets its changes sheet, and the Word report its section.
    await page.getByTestId('consolidate-run').click();
    await page.getByTestId('consolidate-replace').click();
    await page.getByText(/Đã hợp nhất/).waitFor();
    await expect(page.locator('[data-testid="sheet-tab"][data-sheet="So với kỳ trước"]').count()).resolves.toBe(1);
    const report = docxLines(new Uint8Array((await download(page, 'report-run')).bytes));
    expect(report.some((line) => fold(line).includes(fold('THAY ĐỔI SO VỚI KỲ TRƯỚC')))).toBe(true);

    // The workbook now holds this month's consolidation: its cut-off is not before this one, so nothing is compared.
    await page.getByTestId('previous-here').click();
    await expect(page.getByTestId('previous-message').textContent()).resolves.toContain('kỳ trước có ngày chốt 14/11/2025, không trước ngày chốt kỳ này 14/11/2025');
    await expect(page.getByTestId('previous-picked').count()).resolves.toBe(0);
    await context.close();
  }, 180_000);
});
