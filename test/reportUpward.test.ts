/**
 * `phuluc consolidate --report --reminders` on the unit files made from seed 001's plan
 * (test/helpers/unitFiles.ts): the Word report read back as text, its figures against the
 * consolidation's own sheet, the reminders one file per unit, and no file ever written over.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../src/cli/main';
import { cellText } from '../src/core/grid';
import { readDocxBytes } from '../src/io/docx';
import { readWorkbookFile } from '../src/io/readWorkbook';
import { AS_OF, MASTER, unitFolder } from './helpers/unitFiles';

// Every run starts its reader processes.
jest.setTimeout(60_000);

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['consolidate', dir, '--master', MASTER, '--as-of', AS_OF, ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** A .docx as text: each paragraph a line, each table row its cells joined by " | " (a cell's paragraphs by " / "). */
function docxText(path: string): string[] {
  return readDocxBytes(new Uint8Array(readFileSync(path))).flatMap((block) =>
    block.kind === 'paragraph' ? [block.text] : block.kind === 'table' ? block.grid.rows.map((row) => row.map((cell) => cellText(cell).replace(/\n/g, ' / ')).join(' | ')) : [],
  );
}

const dir = unitFolder();
const out = mkdtempSync(join(tmpdir(), 'phuluc-bc-'));
const at = (name: string) => join(out, name);

interface Written {
  byUnit: { unit: string; total: number; done_on_time: number; done_late: number; on_track: number; overdue: number; recurring: number; no_deadline: number }[];
  report: string;
  reportToFill: string[];
  reportBy: string | null;
  reminders: { unit: string; file: string; notReported: boolean; text: string }[];
  notSubmitted: string[];
}

describe('phuluc consolidate --report --reminders', () => {
  let json: Written;
  let report: string[];

  beforeAll(async () => {
    const result = await run('-o', at('tong-hop.xlsx'), '--report', at('bao-cao.docx'), '--reminders', at('don-doc'), '--report-by', '20/11/2025', '--json');
    expect(result).toMatchObject({ code: 0, err: '' });
    json = JSON.parse(result.out);
    report = docxText(at('bao-cao.docx'));
  });

  it('writes the report in Word with the cut-off date and the report sentence', () => {
    expect(json.report).toBe(at('bao-cao.docx'));
    expect(report).toEqual(
      expect.arrayContaining([
        'BÁO CÁO',
        'Số liệu tính đến ngày 14/11/2025.',
        'Tổng số 50 nhiệm vụ; đã hoàn thành 1 (đúng hạn 1, quá hạn 0); chưa hoàn thành 28 (trong hạn 18, quá hạn 4, chưa có thời hạn cụ thể 6); thường xuyên 21.',
      ]),
    );
    expect(report.join('\n')).toContain(`ngày …… tháng …… năm ${new Date().getFullYear()}`);
    expect(json.reportToFill).toEqual(['governingBody', 'issuer', 'number', 'place', 'day', 'to', 'proposals', 'signer']);
  });

  it('gives each lead unit the counts of the consolidation’s "Tổng hợp theo đơn vị" sheet, and the plan’s total', () => {
    const sheet = readWorkbookFile(at('tong-hop.xlsx')).sheets.find((s) => s.name === 'Tổng hợp theo đơn vị')!;
    const header = sheet.rows.findIndex((row) => cellText(row?.[1]) === 'Đơn vị chủ trì');
    const sheetRows = sheet.rows
      .slice(header + 1)
      .filter((row) => cellText(row?.[2]) !== '')
      .map((row) => Array.from({ length: 8 }, (_, i) => cellText(row?.[i + 1])).join(' | '));
    const table = report.slice(report.findIndex((line) => line.startsWith('STT | Đơn vị chủ trì | Tổng số')) + 1);
    const rows = table.slice(0, sheetRows.length).map((line) => line.split(' | ').slice(1, 9).join(' | '));
    expect(rows).toEqual(sheetRows);
    expect(rows.at(-1)).toBe('Toàn kế hoạch (mỗi nhiệm vụ tính một lần) | 50 | 1 | 0 | 18 | 4 | 21 | 6');
    // The JSON's byUnit is the same set of figures: each lead unit counted on its own report.
    const jsonRows = json.byUnit.map((u) => [u.unit, u.total, u.done_on_time, u.done_late, u.on_track, u.overdue, u.recurring, u.no_deadline].join(' | '));
    expect(rows.slice(0, -1)).toEqual(jsonRows);
  });

  it('names the overdue tasks with their units and days overdue, the units that have not reported and the co-leads that disagree', () => {
    const text = report.join('\n');
    expect(report).toContain(
      '1 | 2.6. Triển khai thực hiện làm sạch dữ liệu để cấp tài khoản định danh điện tử cho cơ quan, tổ chức. | Sở Tài chính; Thuế thành phố Hải Phòng | Trước 15/9/2025 | 15/09/2025 | 60',
    );
    for (const unit of json.notSubmitted) expect(text).toContain(`| ${unit} |`);
    expect(report).toContain(
      '1 | (5) Thực hiện hiệu quả công tác chi trả an sinh xã hội, lương hưu, trợ cấp bảo hiểm xã hội hàng tháng không dùng tiền mặt. | Sở Nội vụ: Đã hoàn thành / Bảo hiểm xã hội thành phố Hải Phòng: Đang thực hiện',
    );
  });

  it('is set as Nghị định 30 asks: A4, Times New Roman 14 pt, margins 20/20/30/15 mm, the letterhead without borders', () => {
    const files = unzipSync(new Uint8Array(readFileSync(at('bao-cao.docx'))));
    const document = strFromU8(files['word/document.xml']!);
    const styles = strFromU8(files['word/styles.xml']!);
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="28"\/>/);
    // The first table (the letterhead) has no borders; the figures' tables repeat their header on each page.
    expect(/<w:tbl>.*?<\/w:tblPr>/s.exec(document)![0]).toContain('<w:top w:val="none"');
    expect(document).toContain('<w:tblHeader/>');
  });

  it('writes one reminder per unit, named by the unit, with its tasks and the day to report by', () => {
    expect(readdirSync(at('don-doc')).sort()).toEqual(json.reminders.map((r) => `${r.unit}.docx`).sort());
    expect(json.reminders.map((r) => r.unit)).toEqual([...json.notSubmitted, 'Sở Nội vụ']);
    expect(json.reportBy).toBe('2025-11-20');
    const finance = json.reminders.find((r) => r.unit === 'Sở Tài chính')!;
    expect(docxText(finance.file)).toEqual(finance.text.split('\n'));
    expect(finance.text).toContain('2.6. Triển khai thực hiện làm sạch dữ liệu để cấp tài khoản định danh điện tử cho cơ quan, tổ chức. – thời hạn: Trước 15/9/2025; quá hạn 60 ngày.');
    expect(finance.text).toContain('Đề nghị đơn vị gửi báo cáo trước ngày 20/11/2025.');
  });

  it('says what it wrote, what to fill in, and that the day to report by was left blank', async () => {
    const result = await run('-o', at('b.xlsx'), '--report', at('b.docx'), '--issuer', 'Công an thành phố', '--to', 'Ban Chỉ đạo Đề án 06 thành phố', '--reminders', at('thu-b'));
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        `Đã ghi báo cáo (Word): ${at('b.docx')}`,
        '  Cần điền trước khi ký: tên cơ quan chủ quản; số văn bản; địa danh; ngày, tháng',
        `Đã ghi thư đôn đốc (11): ${at('thu-b')}`,
        '  Sở Tài chính.docx: chưa gửi báo cáo, 1 nhiệm vụ quá hạn',
        '  Sở Nội vụ.docx: 1 nhiệm vụ quá hạn',
        'Chưa cho --report-by: hạn báo cáo trong thư để trống, điền trước khi gửi: …/…/……',
      ]),
    );
    const written = docxText(at('b.docx'));
    // The letterhead is a table: its left column is one cell of paragraphs.
    expect(written[0]).toMatch(/^…… \/ CÔNG AN THÀNH PHỐ \/ Số: ……\/BC-…… \| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(written).toContain('Kính gửi: Ban Chỉ đạo Đề án 06 thành phố');
    expect(readFileSync(join(at('thu-b'), 'Sở Y tế.docx')).length).toBeGreaterThan(0);
  });

  it('never writes over an existing report or reminder, and then writes nothing at all', async () => {
    const before = readFileSync(at('bao-cao.docx'));
    const report = await run('-o', at('c.xlsx'), '--report', at('bao-cao.docx'));
    expect(report).toMatchObject({ code: 2, err: `phuluc: --report ${at('bao-cao.docx')}: tệp đã có; phuluc không ghi đè tệp có sẵn, hãy chọn tên khác` });
    const reminder = await run('-o', at('c.xlsx'), '--report', at('c.docx'), '--reminders', at('don-doc'));
    expect(reminder).toMatchObject({ code: 2, err: expect.stringContaining('Sở Khoa học và Công nghệ.docx: tệp đã có') });
    expect([existsSync(at('c.xlsx')), existsSync(at('c.docx'))]).toEqual([false, false]);
    expect(readFileSync(at('bao-cao.docx')).equals(before)).toBe(true);
  });

  it('refuses a report that is not a .docx, reminders among the units’ files, and options that would change nothing', async () => {
    expect((await run('-o', at('d.xlsx'), '--report', at('e.xlsx'))).err).toBe(`phuluc: --report ${at('e.xlsx')}: tệp ghi ra phải có đuôi .docx`);
    expect((await run('-o', at('d.xlsx'), '--report', MASTER)).err).toContain(`phuluc: --report ${MASTER}: tệp ghi ra phải khác tệp nguồn`);
    expect((await run('-o', at('d.xlsx'), '--reminders', dir)).err).toContain('là thư mục báo cáo đầu vào');
    expect((await run('-o', at('d.xlsx'), '--to', 'Ban Chỉ đạo')).err).toBe('phuluc: --to chỉ dùng cho báo cáo Word: thêm --report <bao-cao.docx>');
    expect((await run('-o', at('d.xlsx'), '--report-by', '20/11/2025')).err).toBe('phuluc: --report-by là hạn báo cáo ghi trong thư đôn đốc: dùng cùng --reminders <thư-mục>');
    expect((await run('-o', at('d.xlsx'), '--reminders', at('e'), '--report-by', '10/11/2025')).err).toBe(
      'phuluc: --report-by 10/11/2025: hạn báo cáo trước ngày chốt số liệu 14/11/2025',
    );
    expect(existsSync(at('d.xlsx'))).toBe(false);
  });
});
