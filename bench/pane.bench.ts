/**
 * `npm run bench:pane`: the task pane's budgets. Initial JavaScript of the add-in, gzipped (< 350 KB);
 * time until the pane is interactive in the preview (< 1.5 s); checking and highlighting a
 * 5,000-task sheet in the preview (< 1 s), and writing its summary sheets. Figures go to docs/performance.md.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { startPreview } from '../scripts/preview';
import { launchBrowser } from '../test/helpers/browser';
import { buildPreview, webpack } from './build';
import { paneSheetRows } from '../test/helpers/paneSheet';

const ROOT = join(__dirname, '..');

function sheetOf(tasks: number): string {
  const rows = paneSheetRows(tasks);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Phụ lục');
  const dir = join(__dirname, 'out');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `pane-${tasks}.xlsx`);
  writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return file;
}

async function main() {
  webpack('--mode', 'production');
  const initial = readdirSync(join(ROOT, 'dist-addin')).filter((f) => /^taskpane\..*\.js$/.test(f));
  const gzip = initial.reduce((n, f) => n + gzipSync(readFileSync(join(ROOT, 'dist-addin', f))).length, 0);

  buildPreview();
  const browser = await launchBrowser();
  const version = browser.version();
  const runs: { interactive: number; check: number; highlight: number; checkAndHighlight: number; summary: number }[] = [];
  const { url, server } = await startPreview(sheetOf(5000));
  for (let run = 0; run < 3; run++) {
    const page = await browser.newPage();
    const start = Date.now();
    await page.goto(`${url}?panel=check`);
    await page.getByTestId('check-run').waitFor();
    const interactive = Date.now() - start;
    const began = Date.now();
    await page.getByTestId('check-run').click();
    await page.getByTestId('table').waitFor();
    const checked = Date.now();
    await page.getByTestId('tab-overdue').click();
    const highlighting = Date.now();
    await page.getByTestId('highlight-run').click();
    await page.getByTestId('overdue-message').waitFor();
    const done = Date.now();
    await page.getByTestId('tab-summary').click();
    const summarizing = Date.now();
    await page.getByTestId('summary-run').click();
    await page.getByTestId('summary-message').waitFor();
    const summary = Date.now() - summarizing;
    runs.push({ interactive, check: checked - began, highlight: done - highlighting, checkAndHighlight: done - began, summary });
    await page.close();
  }
  await browser.close();
  server.close();
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(`machine: ${cpus()[0]?.model} × ${cpus().length}, node ${process.version}, browser ${version} headless`);
  console.log(`initial JavaScript (gzip): ${(gzip / 1024).toFixed(0)} KB (budget 350 KB)`);
  console.log(`interactive in the preview: ${median(runs.map((r) => r.interactive))} ms (budget 1,500 ms; runs ${runs.map((r) => r.interactive).join(', ')})`);
  console.log(`check, 5,000 tasks: ${median(runs.map((r) => r.check))} ms; highlight: ${median(runs.map((r) => r.highlight))} ms (budget 1,000 ms)`);
  console.log(`check then highlight, clicks and tab switch included: ${median(runs.map((r) => r.checkAndHighlight))} ms (runs ${runs.map((r) => r.checkAndHighlight).join(', ')})`);
  console.log(`summary sheets with the PivotTable, 5,000 tasks: ${median(runs.map((r) => r.summary))} ms (runs ${runs.map((r) => r.summary).join(', ')})`);
}

void main();
