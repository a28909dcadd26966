/**
 * `npm run bench:consolidate`: 150 unit workbooks of a 60-task plan (seed 003's tasks), each unit
 * reporting every row with its status and result, consolidated by the command line (target under
 * 5 s, at most 1.3× a bare SheetJS read of the same files) and, for comparison, by the pandas script
 * a data clerk would write (Debian's python3-pandas and python3-openpyxl), when it is installed;
 * then the same files in the task pane (the browser preview in Chromium: target under 10 s, with the
 * longest stall of the pane's main thread measured to show it stays responsive).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as XLSX from '@e965/xlsx';
import { startPreview } from '../scripts/preview';
import { launchBrowser } from '../test/helpers/browser';
import seed003 from '../test/fixtures/plans/seed003-bcd-tinh.json';
import { buildPreview } from './build';

const FILES = 150;
const TASKS = 60;
const ROOT = join(__dirname, '..');
const OUT = join(__dirname, 'out', 'consolidate');
const UNITS = join(OUT, 'units');

function write(path: string, rows: (string | number)[][]): void {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Phụ lục');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}

function build(): { leads: string[] } {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(UNITS, { recursive: true });
  const seedRows = seed003.appendices.flatMap((a) => (a.rows as string[][]).slice(1)).filter((r) => r.length >= 5 && r[1]!.trim() !== '' && r[2]!.trim() !== '');
  const tasks = Array.from({ length: TASKS }, (_, i) => {
    const seed = seedRows[i % seedRows.length]!;
    return { stt: i + 1, text: i < seedRows.length ? seed[1]! : `${seed[1]!} (đợt ${Math.floor(i / seedRows.length) + 1})`, lead: seed[2]!, support: seed[3]!, deadline: seed.at(-1)! };
  });
  write(join(OUT, 'ke-hoach.xlsx'), [
    ['KẾ HOẠCH NĂM 2025'],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'],
    ...tasks.map((t) => [t.stt, t.text, t.lead, t.support, t.deadline]),
  ]);
  const leads = [...new Set(tasks.map((t) => t.lead))];
  for (let f = 0; f < FILES; f++) {
    const unit = leads[f % leads.length]!;
    write(join(UNITS, `bao-cao-${String(f + 1).padStart(3, '0')}.xlsx`), [
      [unit.toUpperCase(), '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['BÁO CÁO KẾT QUẢ THỰC HIỆN'],
      ['TT', 'Nhiem vu', 'Don vi chu tri', 'Don vi phoi hop', 'Thoi gian hoan thanh', 'Tinh hinh thuc hien', 'Ket qua thuc hien'],
      ...tasks.map((t, i) => [t.stt, t.text, t.lead, t.support, t.deadline, (i + f) % 3 ? 'Đang thực hiện' : 'Đã hoàn thành', (i + f) % 3 ? '' : 'Đã ban hành văn bản hướng dẫn']),
    ]);
  }
  return { leads };
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Debian's Python, where python3-pandas and python3-openpyxl install (not a pyenv or venv one first on PATH). */
const DEBIAN_PYTHON = '/usr/bin/python3';

const PANDAS = `
import glob, sys, pandas as pd
frames = [pd.read_excel(f, header=2).assign(file=f) for f in sorted(glob.glob(sys.argv[1] + '/*.xlsx'))]
pd.concat(frames).to_excel(sys.argv[2], index=False)
`;

/** The pane over the plan in the preview: pick the 150 files, read them, consolidate, write. */
async function paneRun(files: string[]): Promise<{ read: number; write: number; stall: number; longest: number }> {
  const { url, server } = await startPreview(join(OUT, 'ke-hoach.xlsx'));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}?panel=consolidate`);
    await page.getByTestId('as-of').fill('2025-11-14');
    // The longest gap between 20 ms timer ticks: how long the pane's main thread was ever busy.
    // (A string, so the bench's own imports never leak into the page.)
    // And the longest task the browser itself reports (the Long Tasks API): the timer gap above also
    // grows when the 2 cores are busy with the worker's parsing, even while the main thread is idle.
    await page.evaluate(
      `window.longest = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longest = Math.max(window.longest, e.duration); }).observe({ entryTypes: ['longtask'] });`,
    );
    await page.evaluate(
      `window.stall = 0; let last = performance.now(); setInterval(() => { const now = performance.now(); window.stall = Math.max(window.stall, now - last); last = now; }, 20);`,
    );
    const start = performance.now();
    await page.getByTestId('pick-files').setInputFiles(files);
    await page.getByTestId('consolidate-run').waitFor({ timeout: 60_000 });
    const read = performance.now() - start;
    await page.getByTestId('consolidate-run').click();
    await page.getByText(/Đã hợp nhất/).waitFor({ timeout: 60_000 });
    const write = performance.now() - start - read;
    const stall = Number(await page.evaluate('window.stall'));
    const longest = Number(await page.evaluate('window.longest'));
    return { read, write, stall, longest };
  } finally {
    await browser.close();
    server.close();
  }
}

async function main(): Promise<void> {
  const { leads } = build();
  const files = readdirSync(UNITS).map((name) => join(UNITS, name));
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  const bare: number[] = [];
  const bareProcess: number[] = [];
  const cli: number[] = [];
  // The same read as a command of its own: Node's start, loading SheetJS, every file parsed once.
  const bareScript = `const X=require(${JSON.stringify(require.resolve('@e965/xlsx'))}),fs=require('fs'),p=require('path');for(const f of fs.readdirSync(process.argv[1]))X.read(fs.readFileSync(p.join(process.argv[1],f)),{type:'buffer'})`;
  for (let run = 0; run < 3; run++) {
    // What SheetJS alone costs: every file read from disk and parsed with its defaults.
    bare.push(timed(() => files.forEach((file) => XLSX.read(readFileSync(file), { type: 'buffer' }))));
    bareProcess.push(timed(() => execFileSync(process.execPath, ['-e', bareScript, UNITS], { stdio: 'ignore' })));
    cli.push(
      timed(() =>
        execFileSync(
          process.execPath,
          [join(ROOT, 'bin', 'phuluc.js'), 'consolidate', UNITS, '--master', join(OUT, 'ke-hoach.xlsx'), '-o', join(OUT, 'tong-hop.xlsx'), '--as-of', '2025-11-14'],
          { stdio: 'ignore' },
        ),
      ),
    );
  }
  console.log(`machine: ${cpus()[0]?.model} × ${cpus().length}, node ${process.version}`);
  console.log(`${FILES} unit files of a ${TASKS}-task plan (${leads.length} lead units), ${(bytes / 1024).toFixed(0)} KB in all`);
  console.log(`bare SheetJS read of the files, in-process: ${median(bare).toFixed(0)} ms (runs ${bare.map((v) => v.toFixed(0)).join(', ')})`);
  console.log(`phuluc consolidate, whole command with Node's start: ${median(cli).toFixed(0)} ms (target < 5,000; runs ${cli.map((v) => v.toFixed(0)).join(', ')})`);
  console.log(
    `bare SheetJS read as a command (Node's start and loading SheetJS included): ${median(bareProcess).toFixed(0)} ms (runs ${bareProcess.map((v) => v.toFixed(0)).join(', ')})`,
  );
  console.log(`ratio to the bare read: ${(median(cli) / median(bare)).toFixed(2)}× in-process, ${(median(cli) / median(bareProcess)).toFixed(2)}× as commands (target ≤ 1.3)`);
  const probe = spawnSync(DEBIAN_PYTHON, ['-c', 'import pandas, openpyxl'], { stdio: 'ignore' });
  if (probe.status !== 0) console.log('pandas: python3-pandas / python3-openpyxl not installed (apt-get install python3-pandas python3-openpyxl)');
  else {
    const pandas: number[] = [];
    for (let run = 0; run < 3; run++) pandas.push(timed(() => execFileSync(DEBIAN_PYTHON, ['-c', PANDAS, UNITS, join(OUT, 'pandas.xlsx')], { stdio: 'ignore' })));
    console.log(
      `pandas read_excel + concat + to_excel: ${median(pandas).toFixed(0)} ms (runs ${pandas.map((v) => v.toFixed(0)).join(', ')}); phuluc takes ${(median(cli) / median(pandas)).toFixed(2)}× its time`,
    );
  }

  buildPreview();
  const pane = [];
  for (let run = 0; run < 3; run++) pane.push(await paneRun(files));
  const total = pane.map((r) => r.read + r.write);
  console.log(
    `pane (preview, Chromium): read ${median(pane.map((r) => r.read)).toFixed(0)} ms + consolidate and write ${median(pane.map((r) => r.write)).toFixed(0)} ms = ${median(total).toFixed(0)} ms (target < 10,000; runs ${total.map((v) => v.toFixed(0)).join(', ')})`,
  );
  console.log(`longest gap between the pane's 20 ms timer ticks: ${median(pane.map((r) => r.stall)).toFixed(0)} ms (runs ${pane.map((r) => r.stall.toFixed(0)).join(', ')})`);
  console.log(`longest task on the pane's main thread (Long Tasks API): ${median(pane.map((r) => r.longest)).toFixed(0)} ms (runs ${pane.map((r) => r.longest.toFixed(0)).join(', ')})`);
}

void main();
