/**
 * Unit reports are not plans (issue 14): a unit that keeps only its own rows of seed 001's plan,
 * with the plan's numbers (gaps) or its own 1, 2, 3, gets no numbering error from `check`, and
 * `fix` never renumbers it. Also the review's D1 file (real dates, no period) through the command
 * line: nothing to swap, whatever the cut-off date.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { main } from '../src/cli/main';
import { isoToExcelSerial } from '../src/core/calendar';
import { cellText } from '../src/core/grid';
import type { CheckReport } from '../src/core/report';
import { readWorkbookFile } from '../src/io/readWorkbook';
import seed001 from './fixtures/plans/seed001-de-an-06-hai-phong.json';

const AS_OF = '2025-11-14';
const NUMBERING = ['GROUP_COUNT_MISMATCH', 'DUPLICATE_STT', 'STT_ORDER', 'GROUP_NUMBERING'];
const dir = mkdtempSync(join(tmpdir(), 'phuluc-don-vi-'));

type Spec = string | number | { date: string } | null;
interface Item {
  stt: string;
  text: string;
  lead?: string;
  support?: string;
  deadline?: string;
}

jest.setTimeout(60_000);

/** Group rows (a number and a title alone) are merged across the table, as the plan's are. */
function write(name: string, rows: Spec[][]): string {
  const sheet = XLSX.utils.aoa_to_sheet(rows.map((row) => row.map((v) => (v !== null && typeof v === 'object' ? isoToExcelSerial(v.date) : v))));
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && typeof v === 'object') sheet[XLSX.utils.encode_cell({ r, c })]!.z = 'dd/mm/yyyy';
    }),
  );
  const width = Math.max(...rows.map((row) => row.length));
  sheet['!merges'] = rows.flatMap((row, r) => (r > 3 && row.length === 2 ? [{ s: { r, c: 1 }, e: { r, c: width - 1 } }] : []));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Báo cáo');
  const path = join(dir, name);
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

/**
 * `unit`'s report on seed 001: its letterhead, the plan's header with the report columns (or
 * without them), the group rows (all, only those holding its rows, or none), its own rows only,
 * numbered as in the plan or 1, 2, 3.
 */
function unitReport(name: string, unit: string, options: { numbers: 'plan' | 'own'; groups: 'all' | 'own' | 'none'; reportColumns?: boolean }): string {
  const reportColumns = options.reportColumns ?? true;
  const header = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', ...(reportColumns ? ['Tình trạng', 'Kết quả thực hiện', 'Ngày hoàn thành'] : [])];
  const items = seed001.items as Item[];
  const rows: Spec[][] = [[unit.toUpperCase()], ['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06 NĂM 2025'], [], header];
  let n = 0;
  items.forEach((item, i) => {
    if (item.lead === undefined) {
      const holdsOwn = items.slice(i + 1).findIndex((next) => next.lead === undefined);
      const until = holdsOwn < 0 ? items.length : i + 1 + holdsOwn;
      const own = items.slice(i + 1, until).some((t) => t.lead?.includes(unit));
      if (options.groups === 'all' || (options.groups === 'own' && own)) rows.push([item.stt, item.text]);
      return;
    }
    if (!item.lead.includes(unit)) return;
    const stt = options.numbers === 'plan' ? item.stt : String(++n);
    rows.push([stt, item.text, item.lead, item.support ?? null, item.deadline ?? null, ...(reportColumns ? ['Đang thực hiện', 'Đã xây dựng dự thảo kế hoạch', null] : [])]);
  });
  return write(name, rows);
}

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (out += t) });
  return { code, out };
}

async function check(file: string, asOf = AS_OF): Promise<{ code: number; report: CheckReport }> {
  const { code, out } = await run(['check', file, '--as-of', asOf, '--json']);
  return { code, report: JSON.parse(out) as CheckReport };
}

const sttColumn = (file: string) => readWorkbookFile(file).sheets[0]!.rows.map((row) => cellText(row[0]));

describe.each([
  ['the plan numbers, every group row kept (the review’s so-tu-phap.xlsx)', { numbers: 'plan', groups: 'all' }],
  ['the plan numbers, only its own groups', { numbers: 'plan', groups: 'own' }],
  ['its own numbers 1, 2, 3, its own groups', { numbers: 'own', groups: 'own' }],
  ['its own numbers 1, 2, 3, no group rows', { numbers: 'own', groups: 'none' }],
  ['the plan numbers, no report columns yet (one unit leads every row)', { numbers: 'plan', groups: 'own', reportColumns: false }],
] as const)('a unit report with %s', (_, options) => {
  const file = unitReport(`skhcn-${Object.values(options).join('-')}.xlsx`, 'Sở Khoa học và Công nghệ', options);

  it('passes check without a numbering finding', async () => {
    const { code, report } = await check(file);
    expect(report.findings.filter((f) => NUMBERING.includes(f.code))).toEqual([]);
    expect(report.tables[0]!.tasks.length).toBeGreaterThanOrEqual(5);
    expect(code).toBe(0);
  });

  it('is never renumbered by fix', async () => {
    const out = join(dir, `sua-${Object.values(options).join('-')}.xlsx`);
    const { code, out: printed } = await run(['fix', file, '-o', out, '--as-of', AS_OF]);
    expect(code).toBe(0);
    expect(printed).not.toMatch(/\[(?:STT_ORDER|DUPLICATE_STT)\]/);
    expect(sttColumn(out)).toEqual(sttColumn(file));
  });
});

describe('the same rows as a plan', () => {
  it('still have their numbering checked: the gaps of a plan are a finding there', async () => {
    const file = unitReport('ke-hoach-rut-gon.xlsx', 'Sở Khoa học và Công nghệ', { numbers: 'plan', groups: 'all', reportColumns: false });
    // Several lead units make it a plan again.
    const grid = readWorkbookFile(file).sheets[0]!;
    const rows: Spec[][] = grid.rows.map((row) => row.map((c) => (c ? cellText(c) : null)));
    rows[6]![2] = 'Sở Tư pháp';
    const plan = write('ke-hoach-nhieu-don-vi.xlsx', rows);
    const { report } = await check(plan);
    expect(report.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['GROUP_COUNT_MISMATCH', 'STT_ORDER']));
  });
});

describe('the review’s D1 file: real dates, no period in the title', () => {
  const file = write('d1.xlsx', [
    ['PHỤ LỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ'],
    [],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn hoàn thành', 'Tình hình thực hiện', 'Ngày hoàn thành'],
    [1, 'Nhiệm vụ số 1: xây dựng cơ sở dữ liệu', 'Sở Tư pháp', null, { date: '2025-12-05' }, 'Đang thực hiện', null],
  ]);

  it.each(['2025-11-14', '2025-12-31', '2026-06-30'])('is left alone by check and fix as of %s', async (asOf) => {
    const { report } = await check(file, asOf);
    expect(report.findings.filter((f) => f.code === 'SWAPPED_DATE')).toEqual([]);
    const { out } = await run(['fix', file, '-o', join(dir, `d1-${asOf}.xlsx`), '--as-of', asOf]);
    expect(out).not.toContain('[SWAPPED_DATE]');
  });
});
