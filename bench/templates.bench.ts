/**
 * `npm run bench:templates`: the templates of a plan with 150 lead units (Hải Phòng's departments
 * and wards after the 2025 reorganisation): 600 tasks in 12 groups, each led by one unit and
 * supported by two others. The command line is compiled to bench/out/templates/cli first, so the
 * figures are for the sources as they are; `phuluc templates` is timed from Node's start, a warm-up
 * then 3 runs, median (target under 5 s), each into a fresh folder. Then where the time goes, in one
 * Node process: reading and recognising the plan, building the 150 models, drawing the workbooks
 * (exceljs, and fflate for the custom properties) and the one .zip the pane offers. Last, the pane
 * in the browser preview: click to download, 3 runs (target under 15 s).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as XLSX from '@e965/xlsx';
import { buildTemplates } from '../src/core/cycle/template';
import { recogniseWorkbook } from '../src/core/recognise/recogniseWorkbook';
import { readWorkbookFile } from '../src/io/readWorkbook';
import { writeTemplate } from '../src/io/writeTemplate';
import { zipFiles } from '../src/io/zipFiles';
import { startPreview } from '../scripts/preview';
import seed003 from '../test/fixtures/plans/seed003-bcd-tinh.json';
import { launchBrowser } from '../test/helpers/browser';
import { buildPreview, compileCli } from './build';
import { units } from './units';

const OUT = join(__dirname, 'out', 'templates');
const CLI = join(OUT, 'cli');
const PLAN = join(OUT, 'ke-hoach-150-don-vi.xlsx');
const UNITS = 150;
const TASKS_PER_UNIT = 4;
const GROUPS = 12;
const RUNS = 3;
const AS_OF = '2025-11-14';

function build(): number {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const names = units(UNITS);
  const seedRows = seed003.appendices.flatMap((a) => (a.rows as string[][]).slice(1)).filter((r) => r.length >= 5 && r[1]!.trim() !== '');
  const deadlines = ['31/12/2025', 'Quý IV/2025', 'Thường xuyên', 'Tháng 9/2025', 'Trước 30/11/2025'];
  const rows: (string | number)[][] = [
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG'],
    ['Số: 245/KH-UBND'],
    ['KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025'],
    [],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'],
  ];
  const merges: XLSX.Range[] = [];
  const total = UNITS * TASKS_PER_UNIT;
  for (let i = 0; i < total; i++) {
    if (i % (total / GROUPS) === 0) {
      merges.push({ s: { r: rows.length, c: 1 }, e: { r: rows.length, c: 4 } });
      rows.push([`${i / (total / GROUPS) + 1}.`, `Nhóm nhiệm vụ số ${i / (total / GROUPS) + 1}`]);
    }
    const seed = seedRows[i % seedRows.length]!;
    const lead = i % UNITS;
    rows.push([
      `(${(i % (total / GROUPS)) + 1})`,
      `${seed[1]!} (${i + 1})`,
      names[lead]!,
      `${names[(lead + 7) % UNITS]!}; ${names[(lead + 31) % UNITS]!}`,
      deadlines[i % deadlines.length]!,
    ]);
  }
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!merges'] = merges;
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Phụ lục');
  writeFileSync(PLAN, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
  return total;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

async function timed<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/**
 * The pane over the same plan in the preview (Chromium): the cut-off typed, "Tạo biểu mẫu cho đơn
 * vị" pressed, timed to the .zip's download (target under 15 s), with the progress bar's last count.
 */
async function paneRun(): Promise<{ ms: number; progress: string; bytes: number }> {
  const { url, server } = await startPreview(PLAN);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${url}?panel=consolidate`);
    await page.getByTestId('plan-name').waitFor({ timeout: 60_000 });
    await page.getByTestId('as-of').fill('14/11/2025');
    await page.keyboard.press('Tab');
    const start = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('templates-run').click()]);
    const path = await download.path();
    const ms = performance.now() - start;
    return { ms, progress: (await page.getByTestId('templates-progress').textContent()) ?? '', bytes: readFileSync(path).length };
  } finally {
    await browser.close();
    server.close();
  }
}

async function main(): Promise<void> {
  const tasks = build();
  const cli = compileCli(CLI);
  const args = (folder: string) => [cli, 'templates', PLAN, '-o', folder, '--as-of', '14/11/2025', '--report-by', '20/11/2025', '--json'];
  const run = (folder: string) => execFileSync(process.execPath, args(folder), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const warm = JSON.parse(run(join(OUT, 'warm-up'))) as { templates: unknown[] };
  if (warm.templates.length !== UNITS) throw new Error(`expected ${UNITS} templates, got ${warm.templates.length}`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const folder = join(OUT, `run-${i + 1}`);
    times.push((await timed(() => run(folder))).ms);
    if (readdirSync(folder).length !== UNITS) throw new Error(`run ${i + 1} wrote ${readdirSync(folder).length} files`);
  }

  // CPU used by the command and every process it starts (its readers): what a quiet machine would take at most.
  const cpu = existsSync('/usr/bin/time')
    ? Array.from({ length: RUNS }, (_, i) => {
        const result = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args(join(OUT, `cpu-${i + 1}`))], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        const [user = 0, system = 0] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
        return (user + system) * 1000;
      })
    : [];

  const read = await timed(() => {
    const workbook = readWorkbookFile(PLAN);
    return { workbook, tables: recogniseWorkbook(workbook, { asOf: AS_OF }) };
  });
  const options = { asOf: AS_OF, reportBy: '2025-11-20', lang: 'vi' as const };
  const models = await timed(() => buildTemplates(read.value.workbook, read.value.tables, options));
  const drawn = await timed(async () => {
    const files = [];
    for (const template of models.value.templates) files.push({ name: template.file, bytes: await writeTemplate(template, options) });
    return files;
  });
  const zipped = await timed(() => zipFiles(drawn.value));

  console.log(
    `machine: ${cpus()[0]?.model} × ${cpus().length}, node ${process.version}, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`plan: ${tasks} tasks in ${GROUPS} groups, ${UNITS} lead units, each task supported by two units`);
  console.log(`phuluc templates, whole command with Node's start: ${median(times).toFixed(0)} ms (target < 5,000; runs ${times.map((v) => v.toFixed(0)).join(', ')})`);
  if (cpu.length) console.log(`CPU time of the command and its reader processes (user + system): median ${median(cpu).toFixed(0)} ms (runs ${cpu.map((v) => v.toFixed(0)).join(', ')})`);
  console.log('in one process:');
  console.log(`  read and recognise the plan: ${read.ms.toFixed(0)} ms`);
  console.log(`  build the ${UNITS} template models: ${models.ms.toFixed(0)} ms`);
  console.log(`  draw the ${UNITS} workbooks (exceljs + custom properties): ${drawn.ms.toFixed(0)} ms, ${(drawn.value.reduce((n, f) => n + f.bytes.length, 0) / 1024).toFixed(0)} KB`);
  console.log(`  zip them into one download: ${zipped.ms.toFixed(0)} ms, ${(zipped.value.length / 1024).toFixed(0)} KB`);

  buildPreview();
  const pane = [];
  for (let i = 0; i < RUNS; i++) pane.push(await paneRun());
  console.log(
    `pane (preview, Chromium), click to download: ${median(pane.map((r) => r.ms)).toFixed(0)} ms (target < 15,000; runs ${pane.map((r) => r.ms.toFixed(0)).join(', ')}); progress "${pane[0]!.progress}", ${(pane[0]!.bytes / 1024).toFixed(0)} KB`,
  );
}

void main();
