/** `phuluc summarize`: the styled summary workbook and the JSON, read back. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { main } from '../src/cli/main';
import { cellText } from '../src/core/grid';
import { readWorkbookFile } from '../src/io/readWorkbook';

const REPORT = join(__dirname, '..', 'examples', 'bao-cao-de-an-06-hai-phong.xlsx');

async function summarizeTo(file: string, ...extra: string[]) {
  const output = join(mkdtempSync(join(tmpdir(), 'phuluc-th-')), 'tong-hop.xlsx');
  let out = '';
  const code = await main(['summarize', file, '-o', output, '--as-of', '2025-11-14', ...extra], { out: (t) => (out += t), err: (t) => (out += t) });
  return { code, out, output };
}

describe('phuluc summarize', () => {
  it('writes the summary sheets with the cut-off date in their titles', async () => {
    const { code, output } = await summarizeTo(REPORT);
    expect(code).toBe(0);
    const book = readWorkbookFile(output);
    expect(book.sheets.map((s) => s.name)).toEqual(['Tổng hợp theo đơn vị', 'Đơn vị phối hợp', 'Theo nhóm', 'Theo tháng', 'Quá hạn', 'Dữ liệu']);
    const byUnit = book.sheets[0]!;
    expect(cellText(byUnit.rows[1]![0])).toBe('Số liệu tính đến ngày 14/11/2025');
    const police = byUnit.rows.find((row) => cellText(row[1]) === 'Công an thành phố')!;
    expect(police.slice(2, 9).map((c) => cellText(c))).toEqual(['9', '1', '0', '1', '0', '7', '0']);
    const overdue = book.sheets[4]!;
    expect(overdue.rows[4]!.map((c) => cellText(c))).toEqual([
      '1',
      'Báo cáo',
      '57',
      expect.stringContaining('Trung tâm điều hành IOC'),
      'Sở Khoa học và Công nghệ',
      'Tháng 9/2025',
      '30/09/2025',
      '45',
    ]);
  });

  it('says under the per-unit table why its rows add up to more than the plan, with the plan on its own row, and how the rate is computed', async () => {
    const { output } = await summarizeTo(REPORT);
    const byUnit = readWorkbookFile(output).sheets[0]!;
    const texts = byUnit.rows.map((row) => (row ?? []).map((c) => cellText(c)));
    expect(texts[3]![9]).toBe('Tỷ lệ hoàn thành (đã HT ÷ (đã HT + chưa HT quá hạn))');
    const plan = texts.find((row) => row[1] === 'Toàn kế hoạch (mỗi nhiệm vụ tính một lần)')!;
    expect(plan.slice(2, 9)).toEqual(['50', '3', '1', '18', '1', '21', '6']);
    const units = texts.slice(4, texts.indexOf(plan));
    expect(units.reduce((n, row) => n + Number(row[2]), 0)).toBe(55);
    const notes = texts.slice(texts.indexOf(plan) + 3).map((row) => row[0]);
    expect(notes).toEqual([
      'Một nhiệm vụ có nhiều đơn vị chủ trì được tính cho mỗi đơn vị, nên các dòng đơn vị cộng lại 55, nhiều hơn 50 nhiệm vụ của kế hoạch (5 nhiệm vụ có từ hai đơn vị chủ trì). Dòng "Toàn kế hoạch (mỗi nhiệm vụ tính một lần)" tính mỗi nhiệm vụ một lần.',
      expect.stringMatching(
        /^Tỷ lệ hoàn thành = số đã hoàn thành ÷ \(số đã hoàn thành \+ số chưa hoàn thành, quá hạn\); nhiệm vụ còn trong hạn, thường xuyên hay chưa có thời hạn cụ thể không tính vào\./,
      ),
    ]);
    // A unit with 1 of 9 tasks done: 100 % of the one that counts, and the counts say so.
    const police = texts.find((row) => row[1] === 'Công an thành phố')!;
    expect(police.slice(2, 10)).toEqual(['9', '1', '0', '1', '0', '7', '0', '1']);
    expect(police[10]).toBe(
      'Tổng số 9 nhiệm vụ; đã hoàn thành 1 (đúng hạn 1, quá hạn 0); chưa hoàn thành 1 (trong hạn 1, quá hạn 0); thường xuyên 7. Tỷ lệ hoàn thành 100% (1/1: đã HT ÷ (đã HT + chưa HT quá hạn)).',
    );
    const month = readWorkbookFile(output).sheets[3]!.rows.map((row) => cellText(row?.[0]));
    expect(month).toContainEqual(
      'Mỗi nhiệm vụ được tính vào tháng đến hạn của nó; 27 nhiệm vụ thường xuyên, chưa có thời hạn cụ thể hay không đọc được thời hạn không thuộc tháng nào.',
    );
  });

  it('writes one data row per task and lead unit, as an Excel table', async () => {
    const { output } = await summarizeTo(REPORT);
    const data = readWorkbookFile(output).sheets[5]!;
    expect(data.rows.length - 1).toBe(55);
    expect(readFileSync(output).includes(Buffer.from('xl/tables/table1.xml'))).toBe(true); // zip entry names are stored uncompressed
  });

  it('prints the report sentence, or the byUnit JSON', async () => {
    const { out } = await summarizeTo(REPORT);
    expect(out).toContain('\nTổng số 50 nhiệm vụ; đã hoàn thành 4 (đúng hạn 3, quá hạn 1); chưa hoàn thành 25 (trong hạn 18, quá hạn 1, chưa có thời hạn cụ thể 6); thường xuyên 21.\n');
    expect(out).toContain('\nTỷ lệ hoàn thành 80% (4/5: đã HT ÷ (đã HT + chưa HT quá hạn))\n');
    const json = JSON.parse((await summarizeTo(REPORT, '--json')).out);
    expect(json.byUnit.find((u: { unit: string }) => u.unit === 'Sở Nội vụ')).toEqual({
      unit: 'Sở Nội vụ',
      collective: false,
      total: 2,
      done_on_time: 0,
      done_late: 1,
      on_track: 0,
      overdue: 0,
      recurring: 1,
      no_deadline: 0,
      completionRate: 1,
      completionDone: 1,
      completionBase: 1,
    });
    expect(json.sharedLeadTasks).toBe(5);
    expect(json.byUnit.reduce((n: number, u: { total: number }) => n + u.total, 0)).toBe(json.plan.total + json.sharedLeadTasks);
  });

  it('writes text that looks like a formula as text', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
      ['1', '=HYPERLINK("x")', '=1+1', 'Quý IV/2025'],
    ]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Phụ lục');
    const file = join(mkdtempSync(join(tmpdir(), 'phuluc-th-')), 'cong-thuc.xlsx');
    writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const { output } = await summarizeTo(file);
    const byUnit = readWorkbookFile(output).sheets[0]!;
    expect(byUnit.rows[4]![1]).toEqual({ kind: 'text', text: '=1+1' });
  });
});
