/** `phuluc check` as a user runs it: texts, JSON, exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { main } from '../src/cli/main';
import { CheckReportSchema } from '../src/core/report';

const root = join(__dirname, '..');
const BACH_LONG_VI = join(root, 'examples', 'ke-hoach-01-bach-long-vi.xlsx');
const PHU_LUC = join(root, 'examples', 'ke-hoach-bcd-tinh-phu-luc-I-IV.xlsx');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

function workbookWithMissingLead(): string {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
    ['1', 'Rà soát thủ tục', 'Sở Tư pháp', 'Tháng 9/2025'],
    ['2', 'Tập huấn kỹ năng số', null, 'Quý IV/2025'],
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Phụ lục');
  const path = join(mkdtempSync(join(tmpdir(), 'phuluc-')), 'thieu-chu-tri.xlsx');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

describe('phuluc check', () => {
  it('prints a Vietnamese summary and exits 0 for a clean plan', async () => {
    const { code, out, err } = await run('check', BACH_LONG_VI, '--as-of', '2025-11-14');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('Ngày chốt số liệu: 14/11/2025');
    expect(out).toContain('9 nhiệm vụ: đã hoàn thành đúng hạn 0 · đã hoàn thành quá hạn 0 · chưa hoàn thành, trong hạn 1 · chưa hoàn thành, quá hạn 4');
    expect(out).toContain('Dòng 7 · STT 1: Xây dựng Kế hoạch');
    expect(out).toContain('hạn 30/04/2025 (Tháng 4/2025)');
  });

  it('speaks English with --lang en', async () => {
    const { out } = await run('check', BACH_LONG_VI, '--as-of', '2025-11-14', '--lang', 'en');
    expect(out).toContain('Cut-off date: 14/11/2025');
    expect(out).toContain('9 tasks: done on time 0');
  });

  it('prints one JSON document that matches the documented schema', async () => {
    const { code, out } = await run('check', BACH_LONG_VI, '--as-of', '2025-11-14', '--json');
    expect(code).toBe(0);
    const report = CheckReportSchema.parse(JSON.parse(out));
    expect(report).toMatchObject({ file: BACH_LONG_VI, asOf: '2025-11-14' });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.findings.filter((f) => f.code === 'SPLIT_ROW').map((f) => f.cell)).toEqual(['B7', 'B10', 'B14', 'B17']);
    const [table] = report.tables;
    expect(table).toMatchObject({ sheet: 'Phụ lục', headerRows: [5], columns: { stt: 'A', task: 'B', lead: 'C', support: 'D', deadline: 'E' } });
    expect(table!.tasks[0]).toMatchObject({
      row: 7,
      stt: '1',
      group: null,
      lead: [{ name: 'Văn phòng HĐND-UBND huyện', collective: false }],
      deadline: { text: 'Tháng 4/2025', kind: 'month', due: '2025-04-30' },
      status: { text: null, done: false, completedOn: null },
      state: 'overdue',
    });
  });

  it('reads only the sheet named by --sheet', async () => {
    const report = CheckReportSchema.parse(JSON.parse((await run('check', PHU_LUC, '--sheet', 'Phụ lục III', '--json', '--as-of', '2025-11-14')).out));
    expect(report.tables.map((t) => [t.sheet, t.tasks.length])).toEqual([['Phụ lục III', 9]]);
  });

  it('applies corrections of column roles given with --columns', async () => {
    const { out } = await run('check', BACH_LONG_VI, '--json', '--columns', 'support=E,deadline=D');
    expect(CheckReportSchema.parse(JSON.parse(out)).tables[0]!.columns).toEqual({ stt: 'A', task: 'B', lead: 'C', support: 'E', deadline: 'D' });
  });

  it('checks several files at once', async () => {
    const { code, out } = await run('check', BACH_LONG_VI, PHU_LUC, '--json', '--as-of', '2025-11-14');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(2);
  });

  it('exits 1 and points at the cell when an error remains', async () => {
    const { code, out } = await run('check', workbookWithMissingLead(), '--json');
    expect(code).toBe(1);
    const report = CheckReportSchema.parse(JSON.parse(out));
    expect(report.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([['MISSING_LEAD', 'Phụ lục', 'C3']]);
  });

  it.each([
    ['not-excel.xlsx', 'không phải tệp Excel'],
    ['damaged.xlsx', 'tệp bị hỏng'],
    ['password.xlsx', 'tệp có mật khẩu'],
    ['no-table.xlsx', 'không tìm thấy bảng phụ lục nhiệm vụ'],
    ['missing.xlsx', 'không tìm thấy tệp'],
  ])('exits 2 with a one-line reason for %s', async (name, reason) => {
    const { code, out, err } = await run('check', join(__dirname, 'fixtures', name));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain(reason);
  });

  it.each([
    [['check', BACH_LONG_VI, '--as-of', '2025-02-30'], '--as-of'],
    [['check', BACH_LONG_VI, '--lang', 'fr'], '--lang'],
    [['check'], '<file>'],
    [['check', BACH_LONG_VI, '--bogus'], 'bogus'],
    [['merge'], 'không có lệnh'],
    [['consolidate', BACH_LONG_VI], '--master'],
    [['check', BACH_LONG_VI, '--units', 'khong-co.xlsx'], '--units khong-co.xlsx: không đọc được: không tìm thấy tệp'],
    [['check', BACH_LONG_VI, '--columns', 'boss=C'], '--columns'],
    [['check', BACH_LONG_VI, '--columns', 'lead=3'], '--columns'],
  ])('exits 2 on bad usage %j', async (argv, mention) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toContain(mention);
  });
});

describe('the installed command', () => {
  it('runs from bin/ without a stack trace, even on a damaged file', async () => {
    const bin = join(root, 'bin', 'phuluc.js');
    const ok = spawnSync(process.execPath, [bin, 'check', BACH_LONG_VI, '--json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(CheckReportSchema.parse(JSON.parse(ok.stdout)).tables).toHaveLength(1);
    const bad = spawnSync(process.execPath, [bin, 'check', join(__dirname, 'fixtures', 'damaged.xlsx')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
