/**
 * The real task pane in Chromium, Chrome or Edge (found by test/helpers/browser.ts, driven by
 * playwright-core), over the browser preview's in-memory workbook: check, go to a finding, fix,
 * highlight, clear. The preview is built once per run by test/e2e/globalSetup.ts; without a browser
 * these tests are skipped. `npm run screenshots` also saves each panel under docs/screenshots/.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { type Preview, startPreview } from '../../scripts/preview';
import { checkWorkbook } from '../../src/core/check';
import type { Language, Severity } from '../../src/core/findings';
import { TEXT } from '../../src/core/i18n';
import { describePlanYear } from '../../src/core/planYear';
import { paragraphsOf } from '../../src/core/import/paragraphs';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import * as XLSX from '@e965/xlsx';
import { findBrowser, launchBrowser } from '../helpers/browser';
import { docxOf } from '../helpers/docx';
import { pdfOf } from '../helpers/pdf';
import { reportDayFolder } from '../helpers/reportDay';
import { ledBy, unitFolder } from '../helpers/unitFiles';

const ROOT = join(__dirname, '..', '..');
const SHOTS = process.env.PHULUC_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : null;
/** Without a browser the tests are skipped (globalTeardown says how to run them; under CI=true globalSetup fails). */
const describeInBrowser = findBrowser().found ? describe : describe.skip;

/** A unit's report with a defect of every kind, among them a date Excel swapped and the dd/mm text that proves it. */
const PLANTED = join(ROOT, 'test', 'fixtures', 'planted-defects.xlsx');

let browser: Browser;
let server: Server;
let url: string;
let preview: Preview;

beforeAll(async () => {
  if (!findBrowser().found) return;
  preview = await startPreview();
  ({ url, server } = preview);
  preview.addBook('planted', PLANTED);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function open(query = '', browserLocale?: { locale: string; timezoneId: string }): Promise<Page> {
  // The browser's locale is the office's: a Vietnamese Windows shows dates as dd/mm/yyyy.
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: query.includes('lang=en') ? 'en-GB' : 'vi-VN', ...browserLocale });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${url}${query}`);
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await page.waitForTimeout(600); // let Fluent's open and fade animations finish
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const sheet = (page: Page) => page.getByTestId('sheet');
/** The panel on show (the others stay mounted, hidden, with fields of the same names). */
const shown = (page: Page) => page.locator('[role="tabpanel"]:not([hidden])');
const asOf = (page: Page) => shown(page).getByTestId('as-of');
/** The workbook's settings as the pane saved them. */
const saved = async (page: Page) => JSON.parse(String(await page.evaluate("window.phulucPreview.context.settings.get('phuluc') ?? '{}'"))) as Record<string, unknown>;
/** Waits until `read` gives `expected` (a setting saved through Excel.run), then checks it. */
async function settled(read: () => Promise<unknown>, expected: unknown, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  let last = await read();
  while (!Object.is(last, expected) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  expect(last).toBe(expected);
}
/** What the engine (the command line's) says of a workbook file at a cut-off date. */
const engine = (file: string, cutOff: string) => checkWorkbook(readWorkbookFile(file), { asOf: cutOff });
const heading = (severity: Severity, lang: Language = 'vi') => TEXT[lang].severities[severity].charAt(0).toLocaleUpperCase(lang) + TEXT[lang].severities[severity].slice(1);

/**
 * A report from the city's public-service centre, which works for Văn phòng UBND: its letterhead
 * names no unit of the plan; the row it filled is the task Văn phòng UBND leads.
 */
function centreReport(): Buffer {
  const rows = ledBy('Văn phòng Ủy ban nhân dân thành phố');
  const aoa = [
    ['UBND THÀNH PHỐ HẢI PHÒNG'],
    ['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG'],
    [],
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH'],
    [],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tình hình thực hiện', 'Kết quả thực hiện'],
    ...rows.map((task, i) => [i + 1, task.text, task.lead.map((u) => u.name).join('; '), task.deadline.text, 'Đã hoàn thành', 'Đã vận hành tại Trung tâm']),
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), 'Báo cáo');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/**
 * A commune's report on its own plan: the year is written only on the cover sheet ("... năm 2024"),
 * the deadlines write none ("Quý II"), and the status stands under "Kết quả thực hiện", a column
 * read as the status from its cells.
 */
function coverAndReport(): string {
  const book = XLSX.utils.book_new();
  const cover = [['ỦY BAN NHÂN DÂN', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['XÃ AN HƯNG'], [], ['KẾ HOẠCH'], ['Triển khai chuyển đổi số năm 2024']];
  const report = [
    ['ỦY BAN NHÂN DÂN XÃ AN HƯNG'],
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHUYỂN ĐỔI SỐ'],
    [],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả thực hiện', 'Ghi chú'],
    [1, 'Rà soát thủ tục hành chính', 'Văn phòng HĐND và UBND', 'Quý II', 'Đã hoàn thành', ''],
    [2, 'Số hóa hồ sơ hộ tịch', 'Công chức Tư pháp - Hộ tịch', 'Tháng 9', 'Đang thực hiện (đạt 60%)', ''],
    [3, 'Tập huấn kỹ năng số cho cán bộ', 'Công chức Văn hóa - Xã hội', 'Quý IV', 'HT', ''],
    [4, 'Cập nhật trang thông tin điện tử', 'Văn phòng HĐND và UBND', 'Thường xuyên', 'Đang TH', ''],
    [5, 'Triển khai thanh toán không dùng tiền mặt', 'Công chức Tài chính - Kế toán', 'Tháng 12', 'Chưa triển khai', ''],
  ];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(cover), 'Kế hoạch');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(report), 'Báo cáo');
  const file = join(mkdtempSync(join(tmpdir(), 'phuluc-cover-')), 'bao-cao-an-hung.xlsx');
  writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return file;
}

describeInBrowser('the task pane in Chromium', () => {
  it('checks the sheet, goes to a finding, and fixes safely', async () => {
    // A unit's report with genuine defects, a swapped date among them (the Hải Phòng example has none to fix).
    const [expected] = engine(PLANTED, '2025-11-14');
    const page = await open('?panel=check&book=planted');
    await asOf(page).fill('14/11/2025');
    await page.getByTestId('check-run').click();
    await page.getByTestId('table').waitFor();
    await expect(page.getByTestId('table-title').textContent()).resolves.toContain(`${expected!.table.tasks.length} nhiệm vụ`);
    await expect(page.getByTestId('column-role').count()).resolves.toBe(8);
    await expect(page.getByTestId('check-as-of').textContent()).resolves.toBe('Số liệu tính đến ngày 14/11/2025');
    // The plan year and where it came from, in the command line's words; a unit's report, said so.
    await expect(page.getByTestId('plan-year-source').textContent()).resolves.toBe(`Năm kế hoạch: ${describePlanYear(expected!.table.planYearSource, 'vi')}`);
    await expect(page.getByTestId('unit-report').textContent()).resolves.toContain('không đòi số thứ tự của kế hoạch');
    await expect(page.getByTestId('table-rate').textContent()).resolves.toMatch(/^Tỷ lệ hoàn thành \d+(,\d)?% \(\d+\/\d+: đã HT ÷ \(đã HT \+ chưa HT quá hạn\)\)$/);
    // Findings under Vietnamese severities, as many as the command line finds.
    for (const severity of ['error', 'warning', 'info'] as const) {
      const count = expected!.findings.filter((f) => f.severity === severity).length;
      await expect(page.locator(`[data-testid="severity"][data-severity="${severity}"]`).getByTestId('severity-title').textContent()).resolves.toBe(`${heading(severity)} (${count})`);
    }

    const finding = page.getByTestId('finding').first();
    const cell = await finding.getAttribute('data-cell');
    await finding.click();
    await expect(sheet(page).getAttribute('data-selection')).resolves.toBe(cell);
    await shot(page, 'kiem-tra');

    await expect(page.locator('[data-testid="finding"][data-code="SWAPPED_DATE"]').count()).resolves.toBe(1);
    await page.getByTestId('fix-all').click();
    await page.getByTestId('fix-preview').waitFor();
    // Each change says what it does, not a rule's code.
    const changes = await page.getByTestId('fix-preview').locator('li').allTextContents();
    expect(changes).toContain('E30: đổi lại ngày bị Excel đảo ngày và tháng → 05/11/2025');
    expect(changes.join('\n')).not.toMatch(/[A-Z]{4,}_[A-Z]+/);
    await shot(page, 'sua-an-toan');
    await page.getByTestId('fix-apply').click();
    await page.getByTestId('fix-all').waitFor({ state: 'detached' });
    await expect(page.locator('[data-testid="finding"][data-code="SWAPPED_DATE"]').count()).resolves.toBe(0);
    await expect(page.locator('td[data-cell="E30"]').textContent()).resolves.toBe('05/11/2025');
    await page.close();
  }, 60_000);

  it('highlights overdue rows with three rules and clears only them', async () => {
    const page = await open('?panel=overdue');
    await asOf(page).fill('2026-01-15');
    // The helper sheet is made very hidden and deleted, which Excel cannot undo: said under the buttons, and asked the first time.
    await expect(page.getByTestId('overdue-undo-note').textContent()).resolves.toContain('Excel không hoàn tác (Ctrl+Z)');
    await page.getByTestId('highlight-run').click();
    await expect(page.getByTestId('overdue-undo-confirm').textContent()).resolves.toContain('Excel sẽ không hoàn tác (Ctrl+Z) được thao tác này');
    await expect(sheet(page).getAttribute('data-formats')).resolves.toBe('0'); // nothing done before the user says so
    await page.getByTestId('overdue-undo-confirm-continue').click();
    await page.getByTestId('overdue-message').waitFor();
    await expect(page.getByTestId('overdue-undo-confirm').count()).resolves.toBe(0);
    await expect(sheet(page).getAttribute('data-formats')).resolves.toBe('3');
    await expect(page.locator('tr[style*="#FFC7CE"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('tr[style*="#C6EFCE"]').count()).resolves.toBe(4);
    await shot(page, 'qua-han');

    await page.getByTestId('highlight-clear').click(); // the user was told once this session: not asked again
    await page.getByText(/Đã xoá tô màu/).waitFor();
    await expect(page.getByTestId('overdue-undo-confirm').count()).resolves.toBe(0);
    await expect(sheet(page).getAttribute('data-formats')).resolves.toBe('0');
    await page.close();
  }, 60_000);

  it('writes the summary sheets with a PivotTable, gives the report sentence, and replaces only its own sheets', async () => {
    const page = await open('?panel=summary');
    await asOf(page).fill('2025-11-14');
    await page.getByTestId('summary-run').click();
    await page.getByTestId('summary-message').waitFor();
    // Every bucket named, as `phuluc check` and the summary sheets count them.
    await expect(page.getByTestId('report-sentence').inputValue()).resolves.toBe(
      'Tổng số 50 nhiệm vụ; đã hoàn thành 4 (đúng hạn 3, quá hạn 1); chưa hoàn thành 25 (trong hạn 18, quá hạn 1, chưa có thời hạn cụ thể 6); thường xuyên 21.',
    );
    await expect(page.getByTestId('sentence-rate').textContent()).resolves.toBe('Tỷ lệ hoàn thành 80% (4/5: đã HT ÷ (đã HT + chưa HT quá hạn))');
    await expect(page.getByTestId('summary-as-of').textContent()).resolves.toBe('Số liệu tính đến ngày 14/11/2025');
    await expect(page.getByTestId('summary-message').textContent()).resolves.toContain('Số liệu tính đến ngày 14/11/2025.');
    const [report] = engine(join(ROOT, 'examples', 'bao-cao-de-an-06-hai-phong.xlsx'), '2025-11-14');
    await expect(page.getByTestId('plan-year-source').textContent()).resolves.toBe(`Năm kế hoạch: ${describePlanYear(report!.table.planYearSource, 'vi')}`);
    await expect(sheet(page).getAttribute('data-name')).resolves.toBe('Tổng hợp theo đơn vị');
    await expect(page.locator('tr', { hasText: 'Công an thành phố' }).first().locator('td').nth(2).textContent()).resolves.toBe('9');
    // The per-unit table: each rate with its counts, the plan's own total on its own row, and how both are counted.
    const units = page.getByTestId('summary-units');
    await expect(units.locator('[data-testid="unit-row"]').first().getByTestId('unit-rate').textContent()).resolves.toMatch(/^(\d+(,\d)?% \(\d+\/\d+\)|chưa tính được)$/);
    const planRow = units.getByTestId('plan-row');
    await expect(planRow.locator('td').first().textContent()).resolves.toBe('Toàn kế hoạch (mỗi nhiệm vụ tính một lần)');
    await expect(planRow.locator('td').nth(1).textContent()).resolves.toBe('50');
    await expect(planRow.getByTestId('unit-rate').textContent()).resolves.toBe('80% (4/5)');
    const notes = await page.getByTestId('summary-notes').textContent();
    expect(notes).toContain('Nhiệm vụ có nhiều đơn vị chủ trì được tính cho mỗi đơn vị');
    expect(notes).toContain('Tỷ lệ HT = đã HT ÷ (đã HT + chưa HT quá hạn)');
    await units.getByText('Sở Nội vụ').click();
    await expect(page.getByTestId('report-sentence').inputValue()).resolves.toContain('Tổng số 2 nhiệm vụ; đã hoàn thành 1 (đúng hạn 0, quá hạn 1)');
    await expect(page.getByTestId('sentence-rate').textContent()).resolves.toMatch(/^Tỷ lệ hoàn thành .*\(1\/\d+: /);
    await page.getByTestId('summary-notes').scrollIntoViewIfNeeded(); // the screenshot shows the per-unit table, its plan row and its notes
    await shot(page, 'tong-hop');

    // Run again from the summary sheet itself: the earlier sheets would be deleted, which Excel cannot undo; the
    // note under the button says so, and the first time the pane asks before anything is written.
    await expect(page.getByTestId('summary-undo-note').textContent()).resolves.toContain('chạy lại sẽ xoá các trang tổng hợp cũ; Excel không hoàn tác (Ctrl+Z)');
    const tabsBefore = await page.getByTestId('sheet-tab').allTextContents();
    await page.getByTestId('summary-run').click();
    await expect(page.getByTestId('summary-undo-confirm').textContent()).resolves.toContain('Excel sẽ không hoàn tác (Ctrl+Z) được thao tác này, kể cả các bước bạn đã làm trước đó');
    await expect(page.getByTestId('summary-run').isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('sheet-tab').allTextContents()).resolves.toEqual(tabsBefore);
    await expect(page.getByText(/thay cho các trang tổng hợp cũ/).count()).resolves.toBe(0);
    // Cancel leaves everything as it was; asked again on the next try, then written.
    await page.getByTestId('summary-undo-confirm-cancel').click();
    await expect(page.getByTestId('summary-undo-confirm').count()).resolves.toBe(0);
    await page.getByTestId('summary-run').click();
    await page.getByTestId('summary-undo-confirm-continue').click();
    await page.getByText(/thay cho các trang tổng hợp cũ/).waitFor();
    await expect(page.getByTestId('sheet-tab').allTextContents()).resolves.toEqual([
      'Báo cáo',
      'Tổng hợp theo đơn vị',
      'Đơn vị phối hợp',
      'Theo nhóm',
      'Theo tháng',
      'Quá hạn',
      'Dữ liệu',
      'Bảng Pivot',
    ]);
    await page.close();
  }, 60_000);

  it('writes the static summary sheets on an Excel without PivotTables, and says so', async () => {
    const page = await open('?panel=summary&api=1.6');
    await page.getByTestId('summary-run').click();
    await page.getByText(/chưa hỗ trợ PivotTable/).waitFor();
    await expect(page.getByTestId('sheet-tab').count()).resolves.toBe(7);
    await page.close();
  }, 60_000);

  it('reads the units’ files in a worker with progress, takes the user’s correction of a unit, and writes new sheets', async () => {
    const page = await open('?panel=consolidate');
    await asOf(page).fill('2025-11-14');
    const dir = unitFolder();
    await page.getByTestId('pick-files').setInputFiles(
      readdirSync(dir)
        .filter((name) => name.endsWith('.xlsx') || name.endsWith('.xls'))
        .map((name) => join(dir, name)),
    );
    await page.getByTestId('consolidate-message').waitFor();
    await expect(page.getByTestId('progress').textContent()).resolves.toContain('6/6'); // the lock file is skipped
    await expect(page.locator('[data-testid="source"][data-error="true"]').count()).resolves.toBe(2);
    await expect(page.getByTestId('source-unit').first().inputValue()).resolves.toBe('Công an thành phố');

    // The user says bhxh.xlsx came from Sở Nội vụ: Bảo hiểm xã hội then has sent nothing (11 units instead of 10),
    // and Sở Nội vụ has two files, of which one counts (3 of the 6 workbooks).
    await page.locator('[data-testid="source"]', { hasText: 'bhxh.xlsx' }).getByTestId('source-unit').fill('Sở Nội vụ');
    await page.getByTestId('consolidate-run').click();
    await page.getByText(/Đã hợp nhất 3\/6 tệp/).waitFor();
    const written = await page.getByTestId('consolidate-message').textContent();
    expect(written).toContain('11 đơn vị chưa gửi báo cáo: ');
    expect(written).toContain('Bảo hiểm xã hội thành phố Hải Phòng'); // names, not only a count
    await expect(sheet(page).getAttribute('data-name')).resolves.toBe('Tổng hợp');
    await expect(page.locator('td', { hasText: 'bao-cao-cong-an.xlsx' }).count()).resolves.toBeGreaterThan(0);
    await shot(page, 'hop-nhat');

    // Again: the earlier output is replaced only after the user says so, told that Excel cannot undo it.
    await expect(page.getByTestId('consolidate-undo-note').textContent()).resolves.toContain('Excel không hoàn tác (Ctrl+Z)');
    await page.getByTestId('consolidate-run').click();
    await expect(page.getByTestId('consolidate-confirm').textContent()).resolves.toContain('Các trang cũ sẽ bị xoá, và Excel không hoàn tác (Ctrl+Z) được việc xoá trang');
    await page.getByTestId('consolidate-replace').click();
    await page.getByText(/Đã hợp nhất/).waitFor();
    await expect(
      page
        .getByTestId('sheet-tab')
        .filter({ hasText: /^Tổng hợp/ })
        .count(),
    ).resolves.toBe(2); // Tổng hợp and Tổng hợp theo đơn vị, not doubled
    await page.close();
  }, 60_000);

  it('lists the files whose unit is a guess first with the evidence, takes the user’s word, names the units that sent nothing, keeps it all across panels, and remembers the name for next month', async () => {
    // The folder of report day (issue 13), and a report from the city's public-service centre: its
    // letterhead names no unit of the plan, the row it filled is a task Văn phòng UBND leads.
    const dir = reportDayFolder();
    writeFileSync(join(dir, 'trung-tam-hcc.xlsx'), centreReport());
    const page = await open('?panel=consolidate');
    // Playwright takes over the browser's file picker only once something listens for it: listen early.
    const chooser = page.waitForEvent('filechooser');
    const panel = page.getByTestId('panel-consolidate');
    // The plan sheet is named before any file is picked.
    await expect(page.getByTestId('plan-name').textContent()).resolves.toContain('Kế hoạch: trang ‘Báo cáo’ (50 nhiệm vụ)');
    await asOf(page).fill('2025-11-14');

    // The folder through its button, as a keyboard user would: the button is named and opens the picker.
    const folderButton = page.getByRole('button', { name: 'Chọn thư mục…' });
    await folderButton.focus();
    await expect(page.evaluate('document.activeElement.dataset.testid')).resolves.toBe('pick-folder-button');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(dir);
    await page.getByTestId('consolidate-message').waitFor();
    await expect(page.getByTestId('consolidate-message').textContent()).resolves.toContain('3 tệp cần xác nhận đơn vị');

    const rows = page.getByTestId('source');
    const row = (file: string) => page.locator(`[data-testid="source"][data-file="${file}"]`);
    // The three files whose unit is a guess (or unknown) come first, marked, each with its evidence.
    await expect(rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-confirm')))).resolves.toEqual(['true', 'true', 'true', ...Array<string>(13).fill('false')]);
    await expect(row('Book1.xlsx').getAttribute('data-confirm')).resolves.toBe('true');
    await expect(row('Book1.xlsx').getByTestId('source-badge').textContent()).resolves.toBe('Cần xác nhận');
    await expect(row('Book1.xlsx').getByTestId('source-evidence').textContent()).resolves.toBe('2/2 dòng đã điền là nhiệm vụ do Sở Y tế chủ trì');
    await expect(row('Book2.xlsx').getByTestId('source-badge').textContent()).resolves.toBe('Chưa rõ đơn vị');
    await expect(row('trung-tam-hcc.xlsx').getByTestId('source-evidence').textContent()).resolves.toContain('tiêu đề văn bản "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"');
    await expect(row('So KHCN.ods').getByTestId('source-unit').inputValue()).resolves.toBe('Sở Khoa học và Công nghệ'); // .ods is read
    // What is not counted is listed with its reason, nothing dropped without a word.
    for (const [file, reason] of [
      ['danh-sach.csv', 'CSV'],
      ['cong-van.doc', 'Word'],
      ['~$bao-cao-thang-11.xlsx', 'khoá'],
      ['thang-10', 'thư mục con'],
      ['ke-hoach.xlsx', 'kế hoạch'],
      ['tong-hop-thang-10.xlsx', 'tổng hợp'],
      ['thue-tp.xlsx', 'thue-tp (1).xlsx'],
    ]) {
      await expect(row(file!).getAttribute('data-skipped')).resolves.toBe('true');
      await expect(row(file!).getByTestId('source-reason').textContent()).resolves.toContain(reason);
    }
    // Names, not counts: Book2's unit is unknown, so Sở Xây dựng has not reported, with the tasks it leads.
    const missing = page.getByTestId('not-submitted');
    await expect(missing.textContent()).resolves.toContain('Đơn vị chưa gửi báo cáo (6)');
    await expect(page.getByTestId('not-submitted-unit').filter({ hasText: 'Sở Xây dựng' }).textContent()).resolves.toMatch(/chủ trì 3 nhiệm vụ: \(9\) /);
    await expect(missing.textContent()).resolves.not.toContain('Sở Y tế');

    // The user says Book2 is Sở Xây dựng's: it stays at the top, confirmed, and Sở Xây dựng is no longer missing.
    await row('Book2.xlsx').getByTestId('source-unit').fill('Sở Xây');
    await page.getByRole('option', { name: 'Sở Xây dựng' }).click();
    // Consolidated again in the worker: wait for it rather than read the row at once.
    await row('Book2.xlsx').getByTestId('source-badge').filter({ hasText: 'Đã xác nhận' }).waitFor();
    await page.getByTestId('not-submitted-unit').filter({ hasText: 'Sở Xây dựng' }).waitFor({ state: 'detached' });
    await expect(missing.textContent()).resolves.toContain('Đơn vị chưa gửi báo cáo (5)');
    // The user confirms the centre's file as Văn phòng UBND's: its letterhead becomes an alias in the workbook.
    await row('trung-tam-hcc.xlsx').getByTestId('source-confirm').click();
    await page.getByText(/Đã ghi nhớ/).waitFor();
    const directory = async () => (JSON.parse(String(await page.evaluate("window.phulucPreview.context.settings.get('phuluc')"))) as { directory: unknown }).directory;
    await expect(directory()).resolves.toEqual([{ name: 'Văn phòng Ủy ban nhân dân thành phố', aliases: ['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG'] }]);
    await expect(rows.evaluateAll((all) => all.slice(0, 3).map((r) => r.getAttribute('data-file')))).resolves.toEqual(
      expect.arrayContaining(['Book1.xlsx', 'Book2.xlsx', 'trung-tam-hcc.xlsx']),
    );
    // Thuế's older copy, chosen by the user instead of the newer one.
    await row('thue-tp.xlsx').getByTestId('source-prefer').click();
    await page.locator('[data-testid="source"][data-file="thue-tp.xlsx"][data-skipped="false"]').waitFor();
    await expect(row('thue-tp (1).xlsx').getByTestId('source-prefer').count()).resolves.toBe(1);

    // Other panels and back: the files, the user's units and the names are all still there.
    await page.getByTestId('tab-settings').click();
    await expect(page.getByTestId('directory').inputValue()).resolves.toBe('Văn phòng Ủy ban nhân dân thành phố; TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG');
    await page.getByTestId('tab-check').click();
    await page.getByTestId('check-run').click();
    await page.getByTestId('table').waitFor();
    await expect(panel.isHidden()).resolves.toBe(true);
    await page.getByTestId('tab-consolidate').click();
    await expect(page.getByTestId('sources').isVisible()).resolves.toBe(true);
    await expect(rows.count()).resolves.toBe(16);
    await expect(row('Book2.xlsx').getByTestId('source-unit').inputValue()).resolves.toBe('Sở Xây dựng');
    await expect(missing.textContent()).resolves.toContain('Đơn vị chưa gửi báo cáo (5)');

    // Written: the message names the units that have not reported.
    await page.getByTestId('consolidate-run').click();
    await page.getByText(/Đã hợp nhất 9\/12 tệp/).waitFor();
    const done = await page.getByTestId('consolidate-message').textContent();
    expect(done).toContain('5 đơn vị chưa gửi báo cáo: Sở Nội vụ; ');
    expect(done).toContain('Sở Tài chính');
    await expect(missing.textContent()).resolves.toContain('Đơn vị chưa gửi báo cáo (5)');

    // Next month: the same centre's file is recognised from the remembered name, nobody asked.
    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Chọn tệp…' }).click();
    await (await again).setFiles(join(dir, 'trung-tam-hcc.xlsx'));
    await page.getByText(/Đã đọc: 1\/1/).waitFor();
    await expect(row('trung-tam-hcc.xlsx').getAttribute('data-confirm')).resolves.toBe('false');
    await expect(row('trung-tam-hcc.xlsx').getByTestId('source-evidence').textContent()).resolves.toBe('tiêu đề văn bản "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"');
    await page.close();
  }, 120_000);

  it('asks which sheet holds the plan when the active one holds none', async () => {
    const page = await open('?panel=consolidate&blank=Trang 2');
    await expect(page.getByTestId('plan-missing').textContent()).resolves.toBe('Trang đang mở ‘Trang 2’ không có bảng phụ lục nhiệm vụ. Chọn trang chứa kế hoạch để hợp nhất vào:');
    await page.getByTestId('plan-sheet').click();
    await page.getByRole('option', { name: 'Báo cáo' }).click();
    await expect(page.getByTestId('plan-name').textContent()).resolves.toContain('Kế hoạch: trang ‘Báo cáo’');
    const dir = unitFolder();
    await page.getByTestId('pick-files').setInputFiles(join(dir, 'stp.xlsx'));
    await page.getByText(/Đã đọc: 1\/1/).waitFor();
    await expect(page.getByTestId('source-unit').inputValue()).resolves.toBe('Sở Tư pháp');
    await page.close();
  }, 60_000);

  it.each([
    {
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      lang: 'vi',
      line: 'Số liệu tính đến ngày 01/12/2025',
      spelt: '1 tháng 12 năm 2025',
      month: 'Tháng 12 năm 2025',
      refused: 'không phải một ngày có thật',
    },
    {
      locale: 'en-US',
      timezoneId: 'America/New_York',
      lang: 'vi',
      line: 'Số liệu tính đến ngày 01/12/2025',
      spelt: '1 tháng 12 năm 2025',
      month: 'Tháng 12 năm 2025',
      refused: 'không phải một ngày có thật',
    },
    { locale: 'en-US', timezoneId: 'America/Los_Angeles', lang: 'en', line: 'Figures as of 01/12/2025', spelt: '1 December 2025', month: 'December 2025', refused: 'is not a real day' },
  ])(
    'reads the cut-off date 01/12/2025 as 1 December in a $locale browser ($timezoneId, Office in $lang)',
    async ({ locale, timezoneId, lang, line, spelt, month, refused }) => {
      const page = await open(`?panel=summary${lang === 'en' ? '&lang=en' : ''}`, { locale, timezoneId });
      const field = asOf(page);
      await field.focus();
      await page.keyboard.type('01/12/2025');
      await page.keyboard.press('Tab');
      await expect(field.inputValue()).resolves.toBe('01/12/2025');
      await settled(async () => (await saved(page)).asOf, '2025-12-01');
      await expect(shown(page).getByTestId('as-of-field').textContent()).resolves.toContain(`${line} (${spelt})`);
      // The calendar opens on December 2025, day first whatever the browser.
      await shown(page).getByTestId('as-of-field').locator('[role="button"]').click();
      await expect(page.getByRole('dialog').textContent()).resolves.toContain(month);
      await page.keyboard.press('Escape');

      await page.getByTestId('summary-run').click();
      await page.getByTestId('summary-message').waitFor();
      await expect(page.getByTestId('summary-message').textContent()).resolves.toContain(`${line}.`);
      await expect(page.getByTestId('summary-as-of').textContent()).resolves.toBe(line);
      // The summary sheet written in the workbook says the same day.
      await expect(page.locator('td[data-cell="A2"]').textContent()).resolves.toBe(line);

      // The month-first order of an en-US Windows is not read as a day: refused, said why, nothing saved.
      await field.fill('12/31/2025');
      await page.keyboard.press('Tab');
      await shown(page).getByTestId('as-of-field').getByText(`"12/31/2025" ${refused}`, { exact: false }).waitFor();
      await expect(field.inputValue()).resolves.toBe('01/12/2025');
      await expect((await saved(page)).asOf).toBe('2025-12-01');
      await page.close();
    },
    60_000,
  );

  it('takes the plan year from another sheet’s title, shows a guessed status column for the user to confirm, and says why a field is refused', async () => {
    const file = coverAndReport();
    preview.addBook('cover', file);
    const [expected] = engine(file, '2025-11-14');
    const page = await open('?panel=check&book=cover');
    await asOf(page).fill('14/11/2025');
    await page.getByTestId('check-run').click();
    await page.getByTestId('table').waitFor();
    // The year of the cover sheet, from the same place as the command line's.
    const year = `Năm kế hoạch: ${describePlanYear(expected!.table.planYearSource, 'vi')}`;
    expect(year).toBe('Năm kế hoạch: 2024 (tiêu đề: "Triển khai chuyển đổi số năm 2024", Kế hoạch!A5)');
    await expect(page.getByTestId('plan-year-source').textContent()).resolves.toBe(year);

    // The status column read from its cells, marked so; the user confirms it as the status column.
    const status = page.locator('[data-testid="column-role"][data-role="status"]');
    await expect(status.getAttribute('data-guessed')).resolves.toBe('true');
    await expect(status.textContent()).resolves.toBe('Tình hình thực hiện (đoán từ nội dung cột E)');
    await expect(page.locator('[data-testid="finding"][data-code="STATUS_COLUMN_GUESSED"]').count()).resolves.toBe(1);
    await page.getByTestId('role-guessed-fix').click();
    await expect(page.getByTestId('role-column').inputValue()).resolves.toBe('E');
    await expect(page.getByTestId('role-pick').textContent()).resolves.toContain('Tình hình thực hiện');
    await page.getByTestId('role-fix').click();
    await page.locator('[data-testid="column-role"][data-role="status"][data-guessed="false"]').waitFor();
    await expect(status.textContent()).resolves.toBe('Tình hình thực hiện: E');
    await expect(page.locator('[data-testid="finding"][data-code="STATUS_COLUMN_GUESSED"]').count()).resolves.toBe(0);

    // A column that is not one, a year that is not one, a day that is not one: said on the field, nothing saved.
    await page.getByTestId('role-column').fill('5');
    await page.getByTestId('role-fix').click();
    await shown(page).getByText('"5" không phải tên cột').waitFor();
    const planYear = page.getByTestId('plan-year');
    await planYear.fill('20x5');
    await page.keyboard.press('Tab');
    await shown(page).getByText('"20x5" không phải năm kế hoạch').waitFor();
    await expect((await saved(page)).planYear).toBeUndefined();
    await planYear.fill('2026');
    await settled(async () => (await saved(page)).planYear, 2026);
    await page.getByTestId('check-run').click();
    await page.getByText('Năm kế hoạch: 2026 (do người dùng đặt)').waitFor();
    await planYear.fill('');
    await settled(async () => (await saved(page)).planYear, undefined);
    await asOf(page).fill('31/04/2025');
    await page.keyboard.press('Tab');
    await shown(page).getByText('"31/04/2025" không phải một ngày có thật').waitFor();
    await expect(asOf(page).inputValue()).resolves.toBe('14/11/2025');
    await expect((await saved(page)).asOf).toBe('2025-11-14');

    await page.getByTestId('tab-overdue').click();
    const days = shown(page).getByTestId('due-soon-days');
    await days.fill('-3');
    await page.keyboard.press('Tab');
    await shown(page).getByText('"-3" không phải số ngày').waitFor();
    await expect((await saved(page)).dueSoonDays).toBe(7);
    await days.fill('10');
    await settled(async () => (await saved(page)).dueSoonDays, 10);

    // The summary counts by that column too, and says it was read from the cells.
    await page.getByTestId('tab-summary').click();
    await page.getByTestId('summary-run').click();
    await page.getByTestId('summary-message').waitFor();
    await expect(page.getByTestId('guessed-column').textContent()).resolves.toContain('Tình hình thực hiện (đoán từ nội dung cột E)');
    await page.close();
  }, 60_000);

  it('runs every command without touching the user’s cells, asking nothing of the network, under its Content Security Policy', async () => {
    const page = await open('?panel=check');
    const requests: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => /Content Security Policy/i.test(message.text()) && violations.push(message.text()));
    // The user's sheet as the preview's Excel holds it: every cell, the merges, and any write into it.
    const userSheet = () =>
      page.evaluate(
        `(() => { const c = window.phulucPreview.context; return JSON.stringify({ rows: c.grid.rows, merges: c.grid.merges, writes: [...c.writes.keys()], unmerged: c.unmerged }); })()`,
      );
    const before = await userSheet();

    await page.getByTestId('check-run').click();
    await page.getByTestId('table').waitFor();
    await page.getByTestId('tab-overdue').click();
    await asOf(page).fill('2025-11-14');
    await page.getByTestId('highlight-run').click();
    await page.getByTestId('overdue-undo-confirm-continue').click();
    await page.getByTestId('overdue-message').waitFor();
    await page.getByTestId('tab-summary').click();
    await page.getByTestId('summary-run').click();
    await page.getByTestId('summary-message').waitFor();
    await page.getByTestId('tab-consolidate').click();
    const dir = unitFolder();
    await page.getByTestId('pick-files').setInputFiles(
      readdirSync(dir)
        .filter((name) => /\.xlsx?$/.test(name))
        .map((name) => join(dir, name)),
    );
    await page.getByTestId('consolidate-run').click();
    await page.getByText(/Đã hợp nhất/).waitFor();
    await page.getByTestId('tab-import').click();
    await page.getByTestId('import-text').fill(readFileSync(join(ROOT, 'test', 'fixtures', 'plans', 'seed004-duong-kinh-ocr.txt'), 'utf8'));
    await page.getByTestId('import-read').click();
    await page.getByTestId('import-write').click();
    await page.getByText(/Đã ghi trang/).waitFor();
    await page.getByTestId('tab-settings').click();

    await expect(userSheet()).resolves.toBe(before);
    expect(requests.filter((address) => !address.startsWith(url))).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  }, 90_000);

  it('imports a plan’s pasted text: the tasks for review, a corrected cell, a new sheet the check panel reads', async () => {
    const page = await open('?panel=import');
    await page.getByTestId('import-text').fill(readFileSync(join(ROOT, 'test', 'fixtures', 'plans', 'seed001-de-an-06-hai-phong.txt'), 'utf8'));
    await page.getByTestId('import-read').click();
    await page.getByText(/Tìm thấy 50 nhiệm vụ trong 1 bảng/).waitFor();
    await expect(page.locator('[data-testid="import-row"][data-kind="task"]').count()).resolves.toBe(50);
    // The clerk corrects a deadline before writing.
    const deadline = page.locator('[data-testid="import-row"][data-kind="task"]').first().locator('[data-field="deadline"]');
    await deadline.fill('30/11/2025');
    await shot(page, 'nhap-ke-hoach');
    await page.getByTestId('import-write').click();
    await page.getByText(/Đã ghi trang: Nhiệm vụ/).waitFor();
    await expect(sheet(page).getAttribute('data-name')).resolves.toBe('Nhiệm vụ');
    await expect(page.locator('td', { hasText: '30/11/2025' }).count()).resolves.toBeGreaterThan(0);

    await page.getByTestId('tab-check').click();
    await page.getByTestId('check-run').click();
    await page.getByTestId('table').waitFor();
    await expect(page.getByTestId('table-title').textContent()).resolves.toContain('· 50 nhiệm vụ');
    await page.close();
  }, 60_000);

  it('reviews an imported plan in a 350 px pane: the task readable, the other columns a scroll away, rows deleted and merged with an undo, written as shown', async () => {
    const page = await open('?panel=import');
    // The pane as Excel usually opens it: 350 px wide.
    await page.evaluate("document.getElementById('root').style.width = '350px'");
    await page.getByTestId('import-text').fill(readFileSync(join(ROOT, 'test', 'fixtures', 'plans', 'seed001-de-an-06-hai-phong.txt'), 'utf8'));
    await page.getByTestId('import-read').click();
    await page.getByText(/Tìm thấy 50 nhiệm vụ trong 1 bảng/).waitFor();
    const pane = (await page.locator('#root').boundingBox())!;
    const right = pane.x + pane.width;
    const inPane = (box: { x: number; width: number }) => box.x >= pane.x && box.x + box.width <= right + 0.5;
    // Only the table scrolls sideways, not the pane.
    await expect(page.evaluate("document.getElementById('root').scrollWidth")).resolves.toBeLessThanOrEqual(350);

    const rows = page.getByTestId('import-row');
    const tasks = page.locator('[data-testid="import-row"][data-kind="task"]');
    const first = tasks.first();
    // The task's text is readable at once: a wide column, its text wrapped over several lines.
    const task = (await first.locator('[data-field="text"]').boundingBox())!;
    expect(task.width).toBeGreaterThanOrEqual(150);
    expect(inPane(task)).toBe(true);
    expect(task.height).toBeGreaterThan(40);
    // The units and the deadline are a scroll away, with the STT column held at the left.
    const deadline = first.locator('[data-field="deadline"]');
    expect((await deadline.boundingBox())!.x).toBeGreaterThan(right);
    await deadline.scrollIntoViewIfNeeded();
    expect(inPane((await deadline.boundingBox())!)).toBe(true);
    await expect(deadline.inputValue()).resolves.toBe('31/12/2025');
    const lead = first.locator('[data-field="lead"]');
    await lead.scrollIntoViewIfNeeded();
    expect(inPane((await lead.boundingBox())!)).toBe(true);
    const stt = (await first.locator('[data-field="stt"]').boundingBox())!;
    expect(stt.x).toBeGreaterThanOrEqual(pane.x);
    expect(stt.x + stt.width).toBeLessThan(pane.x + 100);
    await expect(page.getByTestId('import-scroll').evaluate((box) => box.scrollLeft)).resolves.toBeGreaterThan(0);
    await page.getByTestId('import-scroll').evaluate((box) => box.scrollTo({ left: 0 }));

    // Two tasks of different units side by side: the lower one is merged into the upper one.
    const all = await rows.evaluateAll((found) =>
      found.map((row) => ({
        kind: row.getAttribute('data-kind'),
        stt: row.getAttribute('data-stt'),
        lead: (row.querySelector('[data-field="lead"]') as unknown as { value: string }).value,
      })),
    );
    const lower = all.findIndex((row, j) => j > 0 && row.kind === 'task' && all[j - 1]!.kind === 'task' && row.lead !== all[j - 1]!.lead);
    expect(lower).toBeGreaterThan(0);
    const value = (j: number, field: string) => rows.nth(j).locator(`[data-field="${field}"]`).inputValue();
    const upperText = await value(lower - 1, 'text');
    const lowerText = await value(lower, 'text');
    const upperLead = await value(lower - 1, 'lead');
    const lowerLead = await value(lower, 'lead');
    const upperHeight = (await rows
      .nth(lower - 1)
      .locator('[data-field="text"]')
      .boundingBox())!.height;
    // The last task goes first (the rows above keep their places).
    const lastText = await value(all.length - 1, 'text');
    await rows
      .nth(all.length - 1)
      .getByTestId('import-delete')
      .click();
    await expect(tasks.count()).resolves.toBe(49);
    await expect(page.getByTestId('import-count').textContent()).resolves.toMatch(/^Nhiệm vụ: 49 nhiệm vụ, \d+ nhóm$/);
    await expect(page.getByTestId('import-last-step').textContent()).resolves.toMatch(/^Đã xoá dòng 2\.7\. “Làm sạch dữ liệu hôn nhân/);
    const merge = async () => {
      await rows.nth(lower).getByTestId('import-merge').click();
      await expect(tasks.count()).resolves.toBe(48);
      // Cell by cell, the texts joined with a line break; the upper row's STT kept.
      await expect(value(lower - 1, 'text')).resolves.toBe(`${upperText}\n${lowerText}`);
      await expect(value(lower - 1, 'lead')).resolves.toBe(`${upperLead}\n${lowerLead}`);
      await expect(rows.nth(lower - 1).getAttribute('data-stt')).resolves.toBe(all[lower - 1]!.stt);
    };
    await merge();
    await expect(page.getByTestId('import-last-step').textContent()).resolves.toContain(`Đã gộp dòng ${all[lower]!.stt} `);
    expect(
      (await rows
        .nth(lower - 1)
        .locator('[data-field="text"]')
        .boundingBox())!.height,
    ).toBeGreaterThan(upperHeight); // the cell grows with its text
    // Undo takes back the merge (the delete stays), then the merge is done again.
    await page.getByTestId('import-undo').click();
    await expect(tasks.count()).resolves.toBe(49);
    await expect(value(lower - 1, 'text')).resolves.toBe(upperText);
    await expect(value(lower, 'text')).resolves.toBe(lowerText);
    await expect(page.getByTestId('import-last-step').textContent()).resolves.toContain('Đã xoá dòng 2.7.');
    await merge();

    // What is written is what the table shows: 48 tasks, the merged cells with their line break, the deleted task gone.
    await page.getByTestId('import-write').click();
    await page.getByText(/Đã ghi trang: Nhiệm vụ/).waitFor();
    await expect(sheet(page).getAttribute('data-name')).resolves.toBe('Nhiệm vụ');
    const cells = await page.locator('#sheet td').allTextContents();
    expect(cells).toContain(`${upperText}\n${lowerText}`);
    expect(cells).toContain(`${upperLead}\n${lowerLead}`);
    expect(cells).not.toContain(lowerText);
    expect(cells).not.toContain(lastText);
    await page.getByTestId('tab-check').click();
    await page.getByTestId('check-run').click();
    await page.getByTestId('table').waitFor();
    await expect(page.getByTestId('table-title').textContent()).resolves.toContain('· 48 nhiệm vụ');
    await page.close();
  }, 60_000);

  it('imports a plan’s Word document picked from disk, read in the worker', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'phuluc-docx-')), 'ke-hoach-68.docx');
    writeFileSync(file, docxOf(paragraphsOf(readFileSync(join(ROOT, 'test', 'fixtures', 'plans', 'seed004-duong-kinh-ocr.txt'), 'utf8')).map((paragraph) => ({ paragraph }))));
    const page = await open('?panel=import');
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByText(/Tìm thấy 20 nhiệm vụ trong 1 bảng/).waitFor();
    await page.close();
  }, 60_000);

  it('speaks English when Office does', async () => {
    const page = await open('?lang=en');
    await expect(page.getByTestId('tab-check').textContent()).resolves.toBe('Check');
    await page.getByTestId('tab-settings').click();
    await shot(page, 'cai-dat');
    await page.close();
  }, 60_000);

  it('imports a plan’s PDF picked from disk: pdf.js loaded in the worker only then, under the Content Security Policy', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'phuluc-pdf-')), 'de-an-06.pdf');
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'plans', 'seed001-de-an-06-hai-phong.txt'), 'utf8');
    writeFileSync(
      file,
      await pdfOf(
        paragraphsOf(text).map((paragraph) => ({ paragraph })),
        { header: 'Kế hoạch thực hiện Đề án 06 năm 2025' },
      ),
    );
    const page = await open('?panel=import');
    const scripts: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => scripts.push(request.url()));
    page.on('console', (message) => /Content Security Policy/i.test(message.text()) && violations.push(message.text()));
    await page.getByTestId('import-pick').waitFor();
    expect(scripts.filter((address) => /pdfjs/.test(address))).toEqual([]); // nothing of pdf.js before a PDF is picked
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByText(/Tìm thấy 50 nhiệm vụ trong 1 bảng/).waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="import-row"][data-kind="task"]').first().waitFor();
    await expect(page.locator('[data-testid="import-row"][data-kind="task"]').count()).resolves.toBe(50);
    expect(scripts.filter((address) => /pdfjs/.test(address)).length).toBeGreaterThan(0);
    expect(scripts.filter((address) => !address.startsWith(url))).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  }, 60_000);
});
