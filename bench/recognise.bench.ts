/**
 * `npm run bench`: a 10,000-task appendix, end to end (file → grid → recognised tasks with
 * deadlines, states and findings), against a bare SheetJS read of the same file. Prints rows/s, the
 * ratio to the bare read and the engine's share of the total (target: under half). Figures and the
 * machine are recorded in docs/performance.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as XLSX from '@e965/xlsx';
import { checkWorkbook } from '../src/core/check';
import { readWorkbookBytes } from '../src/io/workbookBytes';
import seed003 from '../test/fixtures/plans/seed003-bcd-tinh.json';

const TASKS = 10_000;
const RUNS = 5;
const AS_OF = '2025-11-14';

/** Seed 003's task rows over and over, a section every 40 tasks, every 25th task broken over two rows. */
function buildAppendix(): Buffer {
  const seedTasks = seed003.appendices.flatMap((a) => (a.rows as string[][]).slice(1)).filter((r) => r.length >= 5 && r[2]!.trim() !== '');
  const rows: (string | number)[][] = [
    ['KẾ HOẠCH TRIỂN KHAI NĂM 2025'],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Tình trạng', 'Ngày hoàn thành'],
  ];
  for (let i = 0; i < TASKS; i++) {
    if (i % 40 === 0) rows.push([`${i / 40 + 1}.`, `Nhóm nhiệm vụ số ${i / 40 + 1} (40 nhiệm vụ)`]);
    const seed = seedTasks[i % seedTasks.length]!;
    const deadline = seed.at(-2)!.trim() || seed.at(-1)!;
    const done = i % 3 === 0;
    rows.push([`(${(i % 40) + 1})`, seed[1]!, seed[2]!, seed[3]!, deadline, done ? 'Đã hoàn thành' : 'Đang thực hiện', done ? '15/10/2025' : '']);
    if (i % 25 === 0) rows.push(['', 'tiếp tục theo kế hoạch của đơn vị', '', '', '', '', '']);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Phụ lục');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

const bytes = buildAppendix();
const outDir = join(__dirname, 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, `appendix-${TASKS}.xlsx`), bytes);

const bare: number[] = [];
const read: number[] = [];
const engine: number[] = [];
let tasks = 0;
let cold = 0;
for (let run = 0; run <= RUNS; run++) {
  const sheetjs = time(() => XLSX.read(bytes, { type: 'buffer' }));
  const grid = time(() => readWorkbookBytes(bytes, 'appendix.xlsx'));
  const analysed = time(() => checkWorkbook(grid.value, { asOf: AS_OF }));
  tasks = analysed.value.reduce((n, a) => n + a.table.tasks.length, 0);
  if (run === 0) {
    cold = grid.ms + analysed.ms; // first file of a process: cold JIT, empty memos
    continue;
  }
  bare.push(sheetjs.ms);
  read.push(grid.ms);
  engine.push(analysed.ms);
}

const total = median(read) + median(engine);
const rows = TASKS;
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, node ${process.version}`);
console.log(`file: ${(bytes.length / 1024).toFixed(0)} KB, ${rows} tasks recognised: ${tasks}`);
console.log(`bare SheetJS read:         ${median(bare).toFixed(0)} ms`);
console.log(`phuluc read (file → grid): ${median(read).toFixed(0)} ms`);
console.log(`engine (grid → tasks):     ${median(engine).toFixed(0)} ms`);
console.log(`end to end (median of ${RUNS}):  ${total.toFixed(0)} ms = ${((rows / total) * 1000).toFixed(0)} rows/s`);
console.log(`first run (cold):          ${cold.toFixed(0)} ms`);
console.log(`ratio to bare SheetJS read: ${(total / median(bare)).toFixed(2)}×`);
console.log(`engine share of total:     ${((median(engine) / total) * 100).toFixed(0)}% (target < 50%)`);
if (tasks !== TASKS) {
  console.error(`expected ${TASKS} tasks, recognised ${tasks}`);
  process.exitCode = 1;
}
