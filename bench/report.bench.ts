/**
 * `npm run bench:report`: the Word report upward (and the reminders) of a consolidation with 150
 * lead units, the size of a city after the 2025 reorganisation (20 departments and 130
 * wards). The plan gives each unit 4 tasks (600 in all, every tenth co-led with the next unit);
 * 120 units report, 30 stay silent. The plan and the reports are grids in memory, consolidated by
 * the engine; what is timed is what `--report` and `--reminders` add: the document model and its
 * .docx bytes. Target: the report under 2 s (median of 3 runs).
 */
import { performance } from 'node:perf_hooks';
import { cpus } from 'node:os';
import { consolidate, readReport } from '../src/core/consolidate/consolidate';
import type { PlanHeading } from '../src/core/cycle/planHeading';
import { reminderDocument, reminders } from '../src/core/cycle/reminders';
import { reportUpward } from '../src/core/cycle/reportUpward';
import { recogniseWorkbook } from '../src/core/recognise/recogniseWorkbook';
import { reportDocx } from '../src/io/writeReportDocx';
import { gridOf } from '../test/helpers/grids';
import { units } from './units';

const AS_OF = '2025-11-14';
const UNITS = 150;
const REPORTING = 120;
const TASKS_PER_UNIT = 4;
const DEADLINES = ['Tháng 9/2025', 'Quý IV/2025', 'Thường xuyên', 'Theo hướng dẫn của Bộ Công an', 'Trước ngày 31/10/2025'];
const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Tình hình thực hiện', 'Kết quả thực hiện'];

function build() {
  const names = units(UNITS);
  const tasks = names.flatMap((unit, u) =>
    Array.from({ length: TASKS_PER_UNIT }, (_, k) => {
      const i = u * TASKS_PER_UNIT + k;
      const lead = i % 10 === 0 ? `${unit}; ${names[(u + 1) % names.length]}` : unit;
      return { stt: String(i + 1), text: `Triển khai nhiệm vụ số ${i + 1} của Đề án 06 về dữ liệu dân cư tại ${unit}`, lead, deadline: DEADLINES[i % DEADLINES.length]! };
    }),
  );
  const row = (t: (typeof tasks)[number]) => [t.stt, t.text, t.lead, 'Công an thành phố', t.deadline];
  const plan = recogniseWorkbook({ sheets: [gridOf([['KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06 NĂM 2025'], HEADER.slice(0, 5), ...tasks.map(row)], { name: 'Phụ lục' })] }, { asOf: AS_OF });
  const files = names.slice(0, REPORTING).map((unit, u) => {
    const own = tasks.filter((t) => t.lead.split('; ').includes(unit));
    const rows = own.map((t, k) => [...row(t), (u + k) % 3 ? 'Đang thực hiện' : 'Đã hoàn thành', (u + k) % 3 ? '' : 'Đã ban hành văn bản']);
    return readReport(`bao-cao-${u + 1}.xlsx`, { sheets: [gridOf([[`Đơn vị: ${unit}`], HEADER, ...rows], { name: 'Báo cáo' })] }, { asOf: AS_OF, planYear: 2025, lang: 'vi' });
  });
  return { plan, files };
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const HEADING: PlanHeading = {
  title: 'KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06 NĂM 2025',
  number: '45/KH-UBND',
  date: '2025-03-13',
  place: 'Hải Phòng',
  issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG',
  governingBody: null,
};

async function main(): Promise<void> {
  const { plan, files } = build();
  const result = consolidate(plan, files, { asOf: AS_OF, lang: 'vi' });
  const leads = result.byUnit.length;
  let bytes = 0;
  let sent = 0;
  const report: number[] = [];
  const chase: number[] = [];
  for (let run = 0; run < 3; run++) {
    report.push(await timed(async () => (bytes = (await reportDocx(reportUpward(result, HEADING, { lang: 'vi', year: 2025 }))).length)));
    chase.push(
      await timed(async () => {
        const all = reminders(result, HEADING, { lang: 'vi' });
        sent = all.length;
        for (const reminder of all) await reportDocx(reminderDocument(reminder, 'vi'));
      }),
    );
  }
  const runs = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
  console.log(`machine: ${cpus()[0]?.model} × ${cpus().length}, node ${process.version}`);
  console.log(
    `${plan[0]!.tasks.length} tasks, ${leads} lead units (${REPORTING} reporting, ${result.notSubmitted.length} silent), ${result.findings.filter((f) => f.code === 'CONFLICTING_STATUS').length} co-led tasks in disagreement`,
  );
  console.log(`report upward (model + .docx, ${(bytes / 1024).toFixed(0)} KB): ${median(report).toFixed(0)} ms (target < 2,000; runs ${runs(report)})`);
  console.log(`reminders (${sent} documents): ${median(chase).toFixed(0)} ms (runs ${runs(chase)})`);
}

void main();
