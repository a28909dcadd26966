/** `phuluc consolidate` on unit files made from seed 001's plan the way units really send them back (test/helpers/unitFiles.ts). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main';
import { cellText } from '../src/core/grid';
import { fold } from '../src/core/text';
import { readWorkbookFile } from '../src/io/readWorkbook';
import { AS_OF, ledBy, MASTER, tasks, unitFolder } from './helpers/unitFiles';

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
    sources: { file: string; unit: string | null; tasks: number; reported: number; skipped: boolean; error: string | null }[];
    byUnit: { unit: string; total: number; done_on_time: number; done_late: number; on_track: number; overdue: number; recurring: number; no_deadline: number }[];
    notSubmitted: string[];
    findings: { code: string; file: string | null; cell: string | null; message: string }[];
  };

  beforeAll(async () => {
    const result = await run(dir, '--master', MASTER, '-o', output, '--json');
    expect(result.code).toBe(0);
    json = JSON.parse(result.out);
  });

  it('reads every workbook in the folder and lists, with its reason, every entry it could not use', () => {
    const byFile = Object.fromEntries(json.sources.map((s) => [s.file.split('/').pop(), s]));
    expect(Object.keys(byFile).sort()).toEqual(['bao-cao-cong-an.xlsx', 'bhxh.xlsx', 'danh-sach.xlsx', 'ghi-chu.xlsx', 'khac', 'so-noi-vu.xls', 'stp.xlsx', '~$bao-cao-cong-an.xlsx'].sort());
    expect(byFile['ghi-chu.xlsx']!.error).toBe('không phải tệp Excel (.xlsx, .xlsm, .xls)');
    expect(byFile['danh-sach.xlsx']!.error).toBe('không có bảng phụ lục nhiệm vụ');
    expect(byFile['~$bao-cao-cong-an.xlsx']).toMatchObject({ skipped: true, error: 'tệp khoá tạm của Excel (tệp gốc đang mở)' });
    expect(byFile['khac']).toMatchObject({ skipped: true, error: expect.stringContaining('thư mục con') });
    expect(json.findings.filter((f) => f.code === 'BAD_FILE')).toHaveLength(2);
    expect(json.findings.filter((f) => f.code === 'SKIPPED_FILE').map((f) => f.file!.split('/').pop()).sort()).toEqual(['khac', '~$bao-cao-cong-an.xlsx']);
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
