/** `phuluc consolidate` on unit files made from seed 001's plan the way units really send them back. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { main } from '../src/cli/main';
import { cellText } from '../src/core/grid';
import { fold } from '../src/core/text';
import { recogniseWorkbook } from '../src/core/recognise/recogniseWorkbook';
import type { Task } from '../src/core/table';
import { readWorkbookFile } from '../src/io/readWorkbook';

const MASTER = join(__dirname, '..', 'examples', 'bao-cao-de-an-06-hai-phong.xlsx');
const AS_OF = '2025-11-14';
const plan = recogniseWorkbook(readWorkbookFile(MASTER), { asOf: AS_OF });
const tasks = plan.flatMap((t) => t.tasks);
const ledBy = (unit: string) => tasks.filter((t) => t.lead.some((u) => u.name === unit));

interface UnitFile {
  name: string;
  letterhead?: string[];
  rows: { task: Task; status: string; text?: string }[];
  extra?: string[];
}

/** A unit's report: its own letterhead, headers without diacritics in its own column order, its rows renumbered. */
function writeUnitFile(dir: string, file: UnitFile): void {
  const aoa: (string | number)[][] = [
    ...(file.letterhead ?? []).map((line) => [line, '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH'],
    [],
    ['TT', 'Don vi chu tri', 'Noi dung nhiem vu', 'Thoi gian hoan thanh', 'Tinh hinh thuc hien', 'Ket qua thuc hien'],
    ...file.rows.map(({ task, status, text }, i) => [i + 1, task.lead.map((u) => u.name).join('; '), text ?? task.text, task.deadline.text, status, status.startsWith('Đã') ? '=Đã ban hành văn bản' : '']),
    ...(file.extra ?? []).map((text, i) => [file.rows.length + i + 1, 'Sở Tư pháp', text, 'Quý IV/2025', 'Đang thực hiện', '']),
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), 'Báo cáo');
  writeFileSync(join(dir, file.name), XLSX.write(book, { type: 'buffer', bookType: file.name.endsWith('.xls') ? 'biff8' : 'xlsx' }) as Buffer);
}

function unitFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-hn-'));
  const police = ledBy('Công an thành phố');
  const justice = ledBy('Sở Tư pháp');
  const shared = tasks.find((t) => t.lead.map((u) => u.name).join('; ') === 'Sở Nội vụ; Bảo hiểm xã hội thành phố Hải Phòng')!;
  writeUnitFile(dir, {
    name: 'bao-cao-cong-an.xlsx',
    letterhead: ['UBND THÀNH PHỐ HẢI PHÒNG', 'CÔNG AN THÀNH PHỐ'],
    rows: police.map((task, i) => ({ task, status: i === 0 ? 'Đang thực hiện' : 'Đã hoàn thành', text: i === 1 ? `${task.text} trên địa bàn thành phố` : undefined })),
    extra: ['Tổ chức hội thi tìm hiểu pháp luật về căn cước cho đoàn viên thanh niên'],
  });
  writeUnitFile(dir, { name: 'stp.xlsx', letterhead: ['Đơn vị: Sở Tư pháp'], rows: justice.slice(1).map((task) => ({ task, status: 'Đã hoàn thành' })) });
  writeUnitFile(dir, { name: 'so-noi-vu.xls', rows: [{ task: shared, status: 'Đã hoàn thành' }] });
  writeUnitFile(dir, { name: 'bhxh.xlsx', letterhead: ['BẢO HIỂM XÃ HỘI THÀNH PHỐ HẢI PHÒNG'], rows: [{ task: shared, status: 'Đang thực hiện' }] });
  writeFileSync(join(dir, 'ghi-chu.xlsx'), 'đây không phải tệp Excel');
  writeFileSync(join(dir, '~$bao-cao-cong-an.xlsx'), 'lock');
  const empty = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(empty, XLSX.utils.aoa_to_sheet([['Danh sách cán bộ'], ['Nguyễn Văn A']]), 'Sheet1');
  mkdirSync(join(dir, 'khac'));
  writeFileSync(join(dir, 'danh-sach.xlsx'), XLSX.write(empty, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return dir;
}

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['consolidate', ...args, '--as-of', AS_OF], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('phuluc consolidate', () => {
  const dir = unitFolder();
  const output = join(mkdtempSync(join(tmpdir(), 'phuluc-hn-out-')), 'tong-hop.xlsx');
  let json: {
    sources: { file: string; unit: string | null; tasks: number; reported: number; error: string | null }[];
    byUnit: { unit: string; total: number; done_on_time: number; done_late: number; on_track: number; overdue: number; recurring: number; no_deadline: number }[];
    notSubmitted: string[];
    findings: { code: string; file: string | null; cell: string | null; message: string }[];
  };

  beforeAll(async () => {
    const result = await run(dir, '--master', MASTER, '-o', output, '--json');
    expect(result.code).toBe(0);
    json = JSON.parse(result.out);
  });

  it('reads every workbook in the folder, skips lock files and lists the files it could not use', () => {
    const byFile = Object.fromEntries(json.sources.map((s) => [s.file.split('/').pop(), s]));
    expect(Object.keys(byFile).sort()).toEqual(['bao-cao-cong-an.xlsx', 'bhxh.xlsx', 'danh-sach.xlsx', 'ghi-chu.xlsx', 'so-noi-vu.xls', 'stp.xlsx']);
    expect(byFile['ghi-chu.xlsx']!.error).toBe('không phải tệp Excel (.xlsx, .xlsm, .xls)');
    expect(byFile['danh-sach.xlsx']!.error).toBe('không có bảng phụ lục nhiệm vụ');
    expect(json.findings.filter((f) => f.code === 'BAD_FILE')).toHaveLength(2);
  });

  it('names each file’s unit from its letterhead, its label or its file name', () => {
    const units = Object.fromEntries(json.sources.filter((s) => !s.error).map((s) => [s.file.split('/').pop(), s.unit]));
    expect(units).toEqual({
      'bao-cao-cong-an.xlsx': 'Công an thành phố',
      'stp.xlsx': 'Sở Tư pháp',
      'so-noi-vu.xls': 'Sở Nội vụ',
      'bhxh.xlsx': 'Bảo hiểm xã hội thành phố Hải Phòng',
    });
  });

  it('matches renumbered rows under moved, unaccented headers, and reports edited, unknown and missing tasks', () => {
    const police = json.sources.find((s) => s.unit === 'Công an thành phố')!;
    expect(police).toMatchObject({ tasks: ledBy('Công an thành phố').length + 1, reported: ledBy('Công an thành phố').length });
    const codes = (code: string) => json.findings.filter((f) => f.code === code);
    expect(codes('TASK_TEXT_CHANGED')).toHaveLength(1);
    expect(codes('TASK_TEXT_CHANGED')[0]!.cell).toBe('Báo cáo!C7'); // the second task row, under two letterhead rows, a title, a blank row and the header
    expect(codes('UNKNOWN_TASK').map((f) => f.message)).toEqual([expect.stringContaining('hội thi tìm hiểu pháp luật')]);
    // Sở Tư pháp left out its first task; Sở Nội vụ and BHXH sent only their shared task and lead one more each.
    const missing = codes('MISSING_TASK').map((f) => f.message);
    expect(missing).toHaveLength(3);
    expect(missing).toContainEqual(expect.stringContaining(`Sở Tư pháp chủ trì nhiệm vụ ${ledBy('Sở Tư pháp')[0]!.stt}`));
  });

  it('counts a shared task done only when every lead says so', () => {
    const conflict = json.findings.filter((f) => f.code === 'CONFLICTING_STATUS');
    expect(conflict).toHaveLength(1);
    expect(conflict[0]!.message).toContain('Sở Nội vụ: Đã hoàn thành; Bảo hiểm xã hội thành phố Hải Phòng: Đang thực hiện');
    const home = json.byUnit.find((u) => u.unit === 'Sở Nội vụ')!;
    const insurance = json.byUnit.find((u) => u.unit === 'Bảo hiểm xã hội thành phố Hải Phòng')!;
    expect(home.done_on_time + home.done_late + home.recurring).toBeGreaterThan(0);
    expect(insurance.done_on_time + insurance.done_late).toBe(0);
  });

  it('counts each lead unit on its own report and lists the units that sent nothing', () => {
    const police = json.byUnit.find((u) => u.unit === 'Công an thành phố')!;
    expect(police.total).toBe(ledBy('Công an thành phố').length);
    expect(json.notSubmitted).toContain('Sở Khoa học và Công nghệ');
    expect(json.notSubmitted).not.toContain('Công an thành phố');
    expect(json.notSubmitted.every((unit) => !fold(unit).startsWith('cac '))).toBe(true); // collectives send no file
  });

  it('writes the consolidated sheet in plan order, the summary sheets and the sources sheet, as values', () => {
    const book = readWorkbookFile(output);
    expect(book.sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Tổng hợp theo đơn vị', 'Đơn vị phối hợp', 'Theo nhóm', 'Theo tháng', 'Quá hạn', 'Dữ liệu', 'Nguồn và phát hiện']);
    const sheet = book.sheets[0]!;
    const body = sheet.rows.slice(4);
    expect(body.map((row) => cellText(row[2]))).toEqual(tasks.map((t) => t.text));
    const done = body.find((row) => cellText(row[6]).startsWith('=Đã ban hành'))!;
    expect(done[6]).toEqual({ kind: 'text', text: '=Đã ban hành văn bản' }); // a result that looks like a formula stays text
    expect(cellText(done[10])).toBe('bao-cao-cong-an.xlsx');
  });

  it('exits 2 with one line when the plan cannot be read, 0 with bad unit files', async () => {
    const missing = await run(dir, '--master', join(dir, 'khong-co.xlsx'), '-o', output);
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    const text = await run(dir, '--master', MASTER, '-o', output);
    expect(text.code).toBe(0);
    expect(text.out).toContain('ghi-chu.xlsx: không phải tệp Excel');
  });
});
