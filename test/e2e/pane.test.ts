/**
 * The real task pane in Chromium (Debian's, through playwright-core), over the browser preview's
 * in-memory workbook: check, go to a finding, fix, highlight, clear. `npm run screenshots` also
 * saves each panel under docs/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startPreview } from '../../scripts/preview';
import { paragraphsOf } from '../../src/core/prose/paragraphs';
import { docxOf } from '../helpers/docx';
import { unitFolder } from '../helpers/unitFiles';

const ROOT = join(__dirname, '..', '..');
const SHOTS = process.env.PHULUC_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : null;
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let browser: Browser;
let server: Server;
let url: string;

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--env', 'preview', '--mode', 'production'], { cwd: ROOT, stdio: 'ignore' });
  ({ url, server } = await startPreview());
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function open(query = ''): Promise<Page> {
  // The browser's locale is the office's: a Vietnamese Windows shows dates as dd/mm/yyyy.
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: query.includes('lang=en') ? 'en-GB' : 'vi-VN' });
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

describe('the task pane in Chromium', () => {
  it('checks the sheet, goes to a finding, and fixes safely', async () => {
    const page = await open('?panel=check');
    await page.getByTestId('check-run').click();
    await page.getByTestId('table').waitFor();
    await expect(page.getByTestId('table').textContent()).resolves.toContain('50');
    await expect(page.getByTestId('column-role').count()).resolves.toBe(8);

    const finding = page.getByTestId('finding').first();
    const cell = await finding.getAttribute('data-cell');
    await finding.click();
    await expect(sheet(page).getAttribute('data-selection')).resolves.toBe(cell);
    await shot(page, 'kiem-tra');

    await page.getByTestId('fix-all').click();
    await page.getByTestId('fix-preview').waitFor();
    await shot(page, 'sua-an-toan');
    await page.getByTestId('fix-apply').click();
    await page.getByTestId('fix-all').waitFor({ state: 'detached' });
    await expect(page.locator('[data-testid="finding"][data-code="SWAPPED_DATE"]').count()).resolves.toBe(0);
    await page.close();
  }, 60_000);

  it('highlights overdue rows with three rules and clears only them', async () => {
    const page = await open('?panel=overdue');
    await page.getByTestId('as-of').fill('2026-01-15');
    await page.getByTestId('highlight-run').click();
    await page.getByTestId('overdue-message').waitFor();
    await expect(sheet(page).getAttribute('data-formats')).resolves.toBe('3');
    await expect(page.locator('tr[style*="#FFC7CE"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('tr[style*="#C6EFCE"]').count()).resolves.toBe(4);
    await shot(page, 'qua-han');

    await page.getByTestId('highlight-clear').click();
    await page.getByText(/Đã xoá tô màu/).waitFor();
    await expect(sheet(page).getAttribute('data-formats')).resolves.toBe('0');
    await page.close();
  }, 60_000);

  it('writes the summary sheets with a PivotTable, gives the report sentence, and replaces only its own sheets', async () => {
    const page = await open('?panel=summary');
    await page.getByTestId('as-of').fill('2025-11-14');
    await page.getByTestId('summary-run').click();
    await page.getByTestId('summary-message').waitFor();
    await expect(page.getByTestId('report-sentence').inputValue()).resolves.toBe(
      'Tổng số 50 nhiệm vụ; đã hoàn thành 4 (đúng hạn 3, quá hạn 1); chưa hoàn thành 25 (trong hạn 24, quá hạn 1); thường xuyên 21.',
    );
    await expect(sheet(page).getAttribute('data-name')).resolves.toBe('Tổng hợp theo đơn vị');
    await expect(page.locator('tr', { hasText: 'Công an thành phố' }).first().locator('td').nth(2).textContent()).resolves.toBe('9');
    await page.getByTestId('summary-units').getByText('Sở Nội vụ').click();
    await expect(page.getByTestId('report-sentence').inputValue()).resolves.toContain('Tổng số 2 nhiệm vụ; đã hoàn thành 1 (đúng hạn 0, quá hạn 1)');
    await shot(page, 'tong-hop');

    // Run again from the summary sheet itself: the sheets are replaced, not doubled.
    await page.getByTestId('summary-run').click();
    await page.getByText(/thay cho các trang tổng hợp cũ/).waitFor();
    await expect(page.getByTestId('sheet-tab').allTextContents()).resolves.toEqual([
      'Báo cáo', 'Tổng hợp theo đơn vị', 'Đơn vị phối hợp', 'Theo nhóm', 'Theo tháng', 'Quá hạn', 'Dữ liệu', 'Bảng Pivot',
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
    await page.getByTestId('as-of').fill('2025-11-14');
    const dir = unitFolder();
    await page.getByTestId('pick-files').setInputFiles(readdirSync(dir).filter((name) => name.endsWith('.xlsx') || name.endsWith('.xls')).map((name) => join(dir, name)));
    await page.getByTestId('consolidate-message').waitFor();
    await expect(page.getByTestId('progress').textContent()).resolves.toContain('6/6'); // the lock file is skipped
    await expect(page.locator('[data-testid="source"][data-error="true"]').count()).resolves.toBe(2);
    await expect(page.getByTestId('source-unit').first().inputValue()).resolves.toBe('Công an thành phố');

    // The user says bhxh.xlsx came from Sở Nội vụ: Bảo hiểm xã hội then has sent nothing (11 units instead of 10).
    await page.locator('[data-testid="source"]', { hasText: 'bhxh.xlsx' }).getByTestId('source-unit').fill('Sở Nội vụ');
    await page.getByTestId('consolidate-run').click();
    await page.getByText(/Đã hợp nhất 4\/6 tệp/).waitFor();
    await expect(page.getByTestId('consolidate-message').textContent()).resolves.toContain('11 đơn vị chưa gửi báo cáo');
    await expect(sheet(page).getAttribute('data-name')).resolves.toBe('Tổng hợp');
    await expect(page.locator('td', { hasText: 'bao-cao-cong-an.xlsx' }).count()).resolves.toBeGreaterThan(0);
    await shot(page, 'hop-nhat');

    // Again: the earlier output is replaced only after the user says so.
    await page.getByTestId('consolidate-run').click();
    await page.getByTestId('consolidate-replace').click();
    await page.getByText(/Đã hợp nhất/).waitFor();
    await expect(page.getByTestId('sheet-tab').filter({ hasText: /^Tổng hợp/ }).count()).resolves.toBe(2); // Tổng hợp and Tổng hợp theo đơn vị, not doubled
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
      page.evaluate(`(() => { const c = window.phulucPreview.context; return JSON.stringify({ rows: c.grid.rows, merges: c.grid.merges, writes: [...c.writes.keys()], unmerged: c.unmerged }); })()`);
    const before = await userSheet();

    await page.getByTestId('check-run').click();
    await page.getByTestId('table').waitFor();
    await page.getByTestId('tab-overdue').click();
    await page.getByTestId('as-of').fill('2025-11-14');
    await page.getByTestId('highlight-run').click();
    await page.getByTestId('overdue-message').waitFor();
    await page.getByTestId('tab-summary').click();
    await page.getByTestId('summary-run').click();
    await page.getByTestId('summary-message').waitFor();
    await page.getByTestId('tab-consolidate').click();
    const dir = unitFolder();
    await page.getByTestId('pick-files').setInputFiles(readdirSync(dir).filter((name) => /\.xlsx?$/.test(name)).map((name) => join(dir, name)));
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
    const deadline = page.locator('[data-testid="import-row"][data-kind="task"]').first().locator('input[data-field="deadline"]');
    await deadline.fill('30/11/2025');
    await shot(page, 'nhap-ke-hoach');
    await page.getByTestId('import-write').click();
    await page.getByText(/Đã ghi trang: Nhiệm vụ/).waitFor();
    await expect(sheet(page).getAttribute('data-name')).resolves.toBe('Nhiệm vụ');
    await expect(page.locator('td', { hasText: '30/11/2025' }).count()).resolves.toBeGreaterThan(0);

    await page.getByTestId('tab-check').click();
    await page.getByTestId('check-run').click();
    await page.getByTestId('table').waitFor();
    await expect(page.getByTestId('table').textContent()).resolves.toContain('50');
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
});
