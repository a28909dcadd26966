/** `phuluc consolidate` on unit files made from seed 001's plan the way units really send them back (test/helpers/unitFiles.ts). */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { main } from '../src/cli/main';
import { cellText } from '../src/core/grid';
import { fold } from '../src/core/text';
import { readWorkbookFile } from '../src/io/readWorkbook';
import { TEXT } from '../src/core/i18n';
import { AS_OF, ledBy, MASTER, tasks, unitFolder } from './helpers/unitFiles';

// Every run starts its reader processes.
jest.setTimeout(60_000);

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['consolidate', ...args, '--as-of', AS_OF], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

interface Consolidated {
  sources: { file: string; unit: string | null; tasks: number; reported: number; skipped: boolean; error: string | null }[];
  byUnit: { unit: string; total: number; done_on_time: number; done_late: number; on_track: number; overdue: number; recurring: number; no_deadline: number }[];
  notSubmitted: string[];
  findings: { code: string; severity: 'error' | 'warning' | 'info'; file: string | null; cell: string | null; message: string }[];
}

describe('phuluc consolidate', () => {
  const dir = unitFolder();
  const output = join(mkdtempSync(join(tmpdir(), 'phuluc-hn-out-')), 'tong-hop.xlsx');
  let json: Consolidated;

  beforeAll(async () => {
    const result = await run(dir, '--master', MASTER, '-o', output, '--json');
    expect(result.code).toBe(0);
    json = JSON.parse(result.out);
  });

  it('reads every workbook in the folder and lists, with its reason, every entry it could not use', () => {
    const byFile = Object.fromEntries(json.sources.map((s) => [s.file.split('/').pop(), s]));
    expect(Object.keys(byFile).sort()).toEqual(
      ['bao-cao-cong-an.xlsx', 'bhxh.xlsx', 'danh-sach.xlsx', 'ghi-chu.xlsx', 'khac', 'so-noi-vu.xls', 'stp.xlsx', '~$bao-cao-cong-an.xlsx'].sort(),
    );
    expect(byFile['ghi-chu.xlsx']!.error).toBe('không phải tệp Excel (.xlsx, .xlsm, .xls)');
    expect(byFile['danh-sach.xlsx']!.error).toBe('không có bảng phụ lục nhiệm vụ');
    expect(byFile['~$bao-cao-cong-an.xlsx']).toMatchObject({ skipped: true, error: 'tệp khoá tạm của Excel (tệp gốc đang mở)' });
    expect(byFile['khac']).toMatchObject({ skipped: true, error: expect.stringContaining('thư mục con') });
    expect(json.findings.filter((f) => f.code === 'BAD_FILE')).toHaveLength(2);
    expect(
      json.findings
        .filter((f) => f.code === 'SKIPPED_FILE')
        .map((f) => f.file!.split('/').pop())
        .sort(),
    ).toEqual(['khac', '~$bao-cao-cong-an.xlsx']);
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

  it('writes Vietnamese severities in the sources sheet, never error or warning', () => {
    const sources = readWorkbookFile(output).sheets.find((sheet) => sheet.name === 'Nguồn và phát hiện')!;
    const cells = sources.rows.flatMap((row) => (row ?? []).map((c) => cellText(c)));
    const vietnamese = Object.values(TEXT.vi.severities);
    expect(cells).toEqual(expect.arrayContaining(['cảnh báo', 'lỗi']));
    expect(cells.filter((text) => ['error', 'warning', 'info'].includes(text))).toEqual([]);
    const column = sources.rows.map((row) => cellText(row?.[1]));
    for (const f of json.findings) expect(column).toContain(TEXT.vi.severities[f.severity]);
    expect(vietnamese).toEqual(['lỗi', 'cảnh báo', 'lưu ý']);
  });

  it('prints the plan’s counts in the buckets of its report sentence, and the sentence', async () => {
    const { out } = await run(dir, '--master', MASTER, '-o', join(mkdtempSync(join(tmpdir(), 'phuluc-hn-out-')), 'tong-hop.xlsx'));
    expect(out).toMatch(
      /\n50 nhiệm vụ:\n {2}đã hoàn thành \d+ \(đúng hạn \d+, quá hạn \d+\)\n {2}chưa hoàn thành \d+ \(trong hạn \d+, quá hạn \d+, chưa có thời hạn cụ thể \d+\)\n {2}thường xuyên \d+\n {2}Tỷ lệ hoàn thành [\d,]+% \(\d+\/\d+: đã HT ÷ \(đã HT \+ chưa HT quá hạn\)\)\nTổng số 50 nhiệm vụ; /,
    );
  });
});

describe('phuluc consolidate with nothing to consolidate', () => {
  const out = () => join(mkdtempSync(join(tmpdir(), 'phuluc-hn-out-')), 'tong-hop.xlsx');

  it('refuses an empty folder, and a folder with no workbook, and writes nothing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'phuluc-hn-rong-'));
    const notes = mkdtempSync(join(tmpdir(), 'phuluc-hn-ghi-chu-'));
    writeFileSync(join(notes, 'ghi-chu.txt'), 'không phải báo cáo');
    for (const folder of [empty, notes]) {
      const output = out();
      const result = await run(folder, '--master', MASTER, '-o', output);
      expect(result).toEqual({ code: 2, out: '', err: `phuluc: ${folder}: không có tệp bảng tính nào (.xlsx, .xlsm, .xls, .ods) để tổng hợp` });
      expect(existsSync(output)).toBe(false);
    }
  });

  it('refuses a folder holding no unit’s report (only a copy of the plan), saying why each file was not counted', async () => {
    const plan = join(__dirname, '..', 'examples', 'ke-hoach-01-bach-long-vi.xlsx');
    const folder = mkdtempSync(join(tmpdir(), 'phuluc-hn-ban-sao-'));
    copyFileSync(plan, join(folder, 'ke-hoach-ban-sao.xlsx'));
    const output = out();
    const result = await run(folder, '--master', plan, '-o', output);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(new RegExp(`^phuluc: ${folder}: không có báo cáo nào của đơn vị để tổng hợp \\(ke-hoach-ban-sao\\.xlsx: [^\\n]+\\)$`));
    expect(existsSync(output)).toBe(false);
  });
});

describe('phuluc consolidate --columns', () => {
  /** Sở Tư pháp's report with its status under a header nobody would recognise ("Cột 5"), and progress notes in "Cột 6". */
  function justiceReport(): string {
    const folder = mkdtempSync(join(tmpdir(), 'phuluc-hn-cot-'));
    mkdirSync(join(folder, 'bao-cao'));
    const rows = ledBy('Sở Tư pháp').map((task, i) => [i + 1, 'Sở Tư pháp', task.text, task.deadline.text, 'Đã hoàn thành', 'Đang thực hiện bước tiếp theo']);
    const aoa = [['Đơn vị: Sở Tư pháp'], ['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH'], [], ['TT', 'Đơn vị chủ trì', 'Nội dung nhiệm vụ', 'Thời gian hoàn thành', 'Cột 5', 'Cột 6'], ...rows];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), 'Báo cáo');
    writeFileSync(join(folder, 'bao-cao', 'stp.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    return join(folder, 'bao-cao');
  }

  it('passes the role correction to every report it reads', async () => {
    const folder = justiceReport();
    const justice = async (...columns: string[]) => {
      const result = await run(folder, '--master', MASTER, '-o', join(mkdtempSync(join(tmpdir(), 'phuluc-hn-out-')), 'tong-hop.xlsx'), '--json', ...columns);
      expect(result.code).toBe(0);
      const row = (JSON.parse(result.out) as Consolidated).byUnit.find((u) => u.unit === 'Sở Tư pháp')!;
      return row.done_on_time + row.done_late;
    };
    // Of its two tasks, one is recurring: done or not, it stays in "thường xuyên".
    const deadlines = ledBy('Sở Tư pháp').filter((t) => t.deadline.kind !== 'recurring').length;
    expect(deadlines).toBe(1);
    expect(await justice('--columns', 'status=E')).toBe(deadlines);
    expect(await justice('--columns', 'status=F')).toBe(0);
  });
});
