/**
 * `phuluc templates` on the bundled plan of seed 001 (the plan test/helpers/unitFiles.ts uses):
 * every template read back with exceljs and phuluc's own reader (protection, locked and open cells,
 * the status list, the date rule, the hidden key column, the custom properties, the letterhead),
 * the command refusing to write over a file, and a template filled the way a unit fills it passing
 * `check` as a unit report. Then the pane's zip of the templates.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../src/cli/main';
import { isoToExcelSerial } from '../src/core/calendar';
import { identityFromProperties, identityProperties, KEY_HEADER, planId, readTaskKey } from '../src/core/cycle/identity';
import { TEMPLATE_COLUMNS } from '../src/core/cycle/template';
import { recogniseWorkbook } from '../src/core/recognise/recogniseWorkbook';
import type { CheckReport } from '../src/core/report';
import { OFFERED_STATUS_WORDS } from '../src/core/status';
import { isOwnOutput } from '../src/core/summaryLayout';
import { readWorkbookFile } from '../src/io/readWorkbook';
import { readWorkbookBytes } from '../src/io/workbookBytes';
import { withCustomProperties } from '../src/io/writeTemplate';
import { zipFiles } from '../src/io/zipFiles';
import { AS_OF, MASTER, ledBy, tasks } from './helpers/unitFiles';

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'phuluc-bieu-mau-'));
const PLAN = planId(recogniseWorkbook(readWorkbookFile(MASTER), { asOf: AS_OF }));
const POLICE = 'Công an thành phố';
const STATUS = 'G';
const COMPLETED = 'I';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

interface Result {
  templates: { unit: string; file: string; path: string; led: number; supported: number; spellings: string[] }[];
  unassigned: { sheet: string; row: number; stt: string | null; task: string; lead: string[] }[];
  period: string;
  reportBy: string | null;
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

const out = join(dir, 'bieu-mau');
const masterBytes = readFileSync(MASTER);
let result: Result;

beforeAll(async () => {
  const { code, out: printed, err } = await run(['templates', MASTER, '-o', out, '--as-of', '14/11/2025', '--report-by', '20/11/2025', '--json']);
  expect(err).toBe('');
  expect(code).toBe(0);
  result = JSON.parse(printed) as Result;
});

describe('phuluc templates on the bundled plan', () => {
  it('writes one file per named lead unit, named by the unit, with the tasks it leads and supports', () => {
    const leads = [...new Set(tasks.flatMap((t) => t.lead.filter((u) => !u.collective).map((u) => u.key)))];
    expect(result.templates).toHaveLength(leads.length);
    expect(readdirSync(out).sort()).toEqual(result.templates.map((t) => t.file).sort());
    const police = result.templates.find((t) => t.unit === POLICE)!;
    expect(police).toMatchObject({ file: 'Công an thành phố.xlsx', led: ledBy(POLICE).length });
    expect(police.supported).toBe(tasks.filter((t) => t.support.some((u) => u.name === POLICE) && !t.lead.some((u) => u.name === POLICE)).length);
    // The tasks no named unit leads are listed, not dropped in silence.
    expect(result.unassigned.map((u) => u.row)).toEqual(tasks.filter((t) => t.lead.every((u) => u.collective)).map((t) => t.row + 1));
    expect(result).toMatchObject({ period: '2025-11', reportBy: '2025-11-20' });
  });

  it('prints one line per unit and where the files went', async () => {
    const { code, out: printed } = await run(['templates', MASTER, '-o', join(dir, 'in'), '--as-of', '14/11/2025']);
    expect(code).toBe(0);
    expect(printed).toContain('  Công an thành phố.xlsx: chủ trì 9, phối hợp 15\n');
    expect(printed).toContain('kế hoạch còn viết: "Sở Giáo dục và đào tạo"');
    expect(printed).toContain(`Đã ghi biểu mẫu vào thư mục: ${join(dir, 'in')}\n`);
    for (const line of printed.split('\n').filter((l) => !l.includes('.xlsx') && !l.includes(dir))) expect([...line].length).toBeLessThanOrEqual(80);
  });

  describe("Công an thành phố's template", () => {
    const path = () => join(out, 'Công an thành phố.xlsx');

    it('writes the letterhead, the plan, the period, the cut-off and the deadline above the table', async () => {
      const sheet = (await load(path())).worksheets[0]!;
      const lines = Array.from({ length: 9 }, (_, i) => String(sheet.getCell(i + 1, 1).value ?? ''));
      // The plan has no governing body: the unit's name alone heads the letterhead.
      expect(lines[0]).toBe(POLICE);
      expect(lines).toEqual(expect.arrayContaining(['BÁO CÁO KẾT QUẢ THỰC HIỆN', 'Kỳ báo cáo: tháng 11/2025', 'Số liệu tính đến ngày 14/11/2025', 'Hạn gửi báo cáo: 20/11/2025']));
      expect(lines.some((line) => line.startsWith('BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06'))).toBe(true);
    });

    it('is protected without a password, the plan columns locked and the report columns open', async () => {
      const sheet = (await load(path())).worksheets[0]!;
      const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
      expect(protection).toMatchObject({ sheet: true, sort: true, autoFilter: true, formatCells: true, formatColumns: true, formatRows: true });
      expect(protection.hashValue).toBeUndefined();
      const header = sheet.getRow(10);
      expect(TEMPLATE_COLUMNS.map((_, i) => header.getCell(i + 1).value)).toEqual(TEMPLATE_COLUMNS.map((c) => c.header));
      let body = 0;
      for (let r = 11; r <= sheet.rowCount; r++) {
        if (!sheet.getCell(r, 11).value) continue; // a block's title row
        body++;
        TEMPLATE_COLUMNS.forEach((column, i) => expect([r, i, sheet.getCell(r, i + 1).protection?.locked !== false]).toEqual([r, i, !column.report]));
      }
      expect(body).toBe(9 + 15);
    });

    it('lists the led tasks first, then the supported ones under their own title, each keyed to its plan task', async () => {
      const sheet = (await load(path())).worksheets[0]!;
      const cells = (r: number) => Array.from({ length: 11 }, (_, c) => String(sheet.getCell(r, c + 1).value ?? ''));
      expect(cells(11)[1]).toBe('NHIỆM VỤ ĐƠN VỊ CHỦ TRÌ');
      expect(cells(21)[1]).toBe('NHIỆM VỤ ĐƠN VỊ PHỐI HỢP');
      const keyed = Array.from({ length: sheet.rowCount - 10 }, (_, i) => cells(11 + i)).filter((row) => row[10]);
      expect(sheet.getColumn(11).hidden).toBe(true);
      expect(sheet.getCell(10, 11).value).toBe(KEY_HEADER);
      for (const [i, row] of keyed.entries()) {
        const key = readTaskKey(row[10]!)!;
        expect(key.plan).toBe(PLAN);
        const task = tasks[key.index]!;
        expect([row[0], row[1], row[2], row[5]]).toEqual([task.stt ?? '', task.group ?? '', task.text, task.deadline.text]);
        expect(task.lead.some((u) => u.name === POLICE)).toBe(i < 9);
      }
    });

    it('offers the standard status words on every body row and takes only a day up to the cut-off as completion date', async () => {
      const sheet = (await load(path())).worksheets[0]!;
      const last = sheet.rowCount;
      for (let r = 11; r <= last; r++) {
        const status = sheet.getCell(`${STATUS}${r}`).dataValidation;
        expect(status).toMatchObject({
          type: 'list',
          allowBlank: true,
          showErrorMessage: true,
          errorStyle: 'stop',
          formulae: [`"${OFFERED_STATUS_WORDS.map((w) => w.written).join(',')}"`],
        });
        const day = sheet.getCell(`${COMPLETED}${r}`);
        expect(day.dataValidation).toMatchObject({
          type: 'date',
          operator: 'lessThanOrEqual',
          showInputMessage: true,
          showErrorMessage: true,
          promptTitle: 'Ngày hoàn thành',
          errorTitle: 'Ngày không hợp lệ',
        });
        expect(day.dataValidation.prompt).toContain('dd/mm/yyyy');
        expect(day.dataValidation.error).toContain('14/11/2025');
        expect(day.numFmt).toBe('dd/mm/yyyy');
      }
      // The bound is the cut-off day itself, as Excel counts days.
      const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path())))['xl/worksheets/sheet1.xml']!);
      expect(xml).toContain(`sqref="${COMPLETED}11:${COMPLETED}${last}"><formula1>${isoToExcelSerial(AS_OF)}</formula1>`);
    });

    it("carries the plan's identity in its custom properties, and is not marked as phuluc's own output", () => {
      const workbook = readWorkbookFile(path());
      expect(identityFromProperties(workbook.properties)).toEqual({
        plan: PLAN,
        planTitle: expect.stringMatching(/^BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH/),
        period: '2025-11',
        asOf: AS_OF,
        unit: POLICE,
      });
      expect(isOwnOutput(workbook)).toBe(false);
      const parts = unzipSync(new Uint8Array(readFileSync(path())));
      expect(strFromU8(parts['[Content_Types].xml']!)).toContain(
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
      );
      expect(strFromU8(parts['_rels/.rels']!)).toMatch(
        /Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/custom-properties" Target="docProps\/custom\.xml"/,
      );
    });

    it('gets its properties back, once, after exceljs saved it again without them', async () => {
      const resaved = new Uint8Array((await (await load(path())).xlsx.writeBuffer()) as ArrayBuffer);
      const identity = identityProperties(identityFromProperties(readWorkbookFile(path()).properties)!);
      expect(readWorkbookBytes(resaved, 'x.xlsx').properties).toBeUndefined();
      const restored = withCustomProperties(withCustomProperties(resaved, identity), identity);
      expect(readWorkbookBytes(restored, 'x.xlsx').properties).toEqual(identity);
      const parts = unzipSync(restored);
      expect(strFromU8(parts['[Content_Types].xml']!).split('/docProps/custom.xml')).toHaveLength(2);
      expect(strFromU8(parts['_rels/.rels']!).split('relationships/custom-properties')).toHaveLength(2);
    });

    it('explains on a second sheet how to fill it', async () => {
      const guide = (await load(path())).getWorksheet('Hướng dẫn')!;
      const text = guide.getColumn(1).values.join('\n');
      expect(text).toContain('Đã hoàn thành, Đang thực hiện, Chưa thực hiện');
      expect(text).toContain('dd/mm/yyyy');
      expect(text).toContain(KEY_HEADER);
      expect(text).toContain('Unprotect Sheet');
    });
  });

  it('refuses to write over a file, lists it and writes nothing', async () => {
    const before = statSync(join(out, 'Sở Tư pháp.xlsx')).mtimeMs;
    const { code, err } = await run(['templates', MASTER, '-o', out, '--as-of', '14/11/2025']);
    expect(code).toBe(2);
    expect(err).toMatch(/^phuluc: -o .*bieu-mau: thư mục đã có tệp cùng tên; phuluc không ghi đè tệp có sẵn.*: Sở Tư pháp\.xlsx, /);
    expect(statSync(join(out, 'Sở Tư pháp.xlsx')).mtimeMs).toBe(before);
  });

  it('never writes over the plan, even when a unit shares its file name', async () => {
    const folder = join(dir, 'cung-ten');
    mkdirSync(folder);
    const plan = join(folder, 'Sở Tư pháp.xlsx');
    copyFileSync(MASTER, plan);
    const { code, err } = await run(['templates', plan, '-o', folder, '--as-of', '14/11/2025']);
    expect([code, err]).toEqual([2, expect.stringMatching(/Sở Tư pháp\.xlsx: tệp ghi ra phải khác tệp nguồn \(đây là tệp đầu vào .*\); phuluc không bao giờ ghi đè tệp đầu vào$/)]);
    expect(readFileSync(plan)).toEqual(readFileSync(MASTER));
    expect(readdirSync(folder)).toEqual(['Sở Tư pháp.xlsx']);
  });

  it.each([MASTER, 'bieu-mau.xlsx'])('takes -o %s for no folder, and writes nothing', async (output) => {
    const { code, err } = await run(['templates', MASTER, '-o', output, '--as-of', '14/11/2025']);
    expect([code, err]).toEqual([2, `phuluc: -o ${output} không phải thư mục; hãy cho một thư mục, ví dụ bieu-mau`]);
    expect(readFileSync(MASTER)).toEqual(masterBytes);
  });

  it('asks for the cut-off date rather than taking today', async () => {
    const { code, err } = await run(['templates', MASTER, '-o', join(dir, 'khong-ngay')]);
    expect(code).toBe(2);
    expect(err).toMatch(/thiếu --as-of dd\/mm\/yyyy: ngày chốt số liệu/);
  });
});

describe('a template filled in by its unit', () => {
  async function fill(template: string, filled: string): Promise<string[]> {
    const book = await load(template);
    const sheet = book.worksheets[0]!;
    const written: string[] = [];
    for (let r = 11; r <= sheet.rowCount; r++) {
      if (!sheet.getCell(r, 11).value) continue;
      const word = OFFERED_STATUS_WORDS[written.length % OFFERED_STATUS_WORDS.length]!;
      sheet.getCell(`${STATUS}${r}`).value = word.written;
      sheet.getCell(`H${r}`).value = 'Đã ban hành Kế hoạch số 12/KH-CATP';
      if (word.meaning === 'done') sheet.getCell(`${COMPLETED}${r}`).value = new Date('2025-10-20T00:00:00Z');
      written.push(word.written);
    }
    await book.xlsx.writeFile(filled);
    return written;
  }

  it.each(['vi', 'en'] as const)('passes check as a unit report, its key column neither a task column nor a finding (%s)', async (lang) => {
    const folder = join(dir, `dien-${lang}`);
    expect((await run(['templates', MASTER, '-o', folder, '--as-of', '14/11/2025', '--lang', lang])).code).toBe(0);
    const filled = join(dir, `cong-an-da-dien-${lang}.xlsx`);
    const words = await fill(join(folder, 'Công an thành phố.xlsx'), filled);
    const { code, out: printed } = await run(['check', filled, '--as-of', '14/11/2025', '--json']);
    const report = JSON.parse(printed) as CheckReport;
    expect(report.tables).toHaveLength(1);
    const [table] = report.tables;
    expect(table!.unitReport).toEqual({ reason: 'reportColumns', text: 'Tình hình thực hiện' });
    expect(table!.columns).toMatchObject({ stt: 'A', task: 'C', lead: 'D', support: 'E', deadline: 'F', status: 'G', result: 'H', completed: 'I', key: 'K' });
    expect(table!.tasks.map((t) => t.status.text)).toEqual(words);
    expect(table!.tasks.map((t) => t.status.done)).toEqual(words.map((w) => w === 'Đã hoàn thành'));
    expect(table!.tasks.filter((t) => t.status.done).map((t) => t.status.completedOn)).toEqual(words.filter((w) => w === 'Đã hoàn thành').map(() => '2025-10-20'));
    expect(
      report.findings.filter((f) => f.cell.startsWith('K') || ['GROUP_COUNT_MISMATCH', 'DUPLICATE_STT', 'STT_ORDER', 'GROUP_NUMBERING', 'UNKNOWN_STATUS'].includes(f.code)),
    ).toEqual([]);
    expect(code).toBe(0);
  });
});

describe("the pane's download of the templates", () => {
  it('zips them under their Vietnamese names, marked UTF-8, and unzips to the same bytes', () => {
    const files = readdirSync(out).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(out, name))) }));
    const zip = zipFiles(files);
    const back = unzipSync(zip);
    expect(Object.keys(back).sort()).toEqual(files.map((f) => f.name).sort());
    for (const file of files) expect(back[file.name]).toEqual(file.bytes);
    // Every entry of the zip's central directory (found from its end record, not by scanning: the
    // stored .xlsx files hold central directories of their own) carries flag bit 11, UTF-8 names.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = zip.length - 22; // no comment
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    expect(view.getUint16(end + 10, true)).toBe(files.length);
    for (let at = view.getUint32(end + 16, true), i = 0; i < files.length; i++) {
      expect(view.getUint32(at, true)).toBe(0x02014b50);
      expect(view.getUint16(at + 8, true) & 0x0800).toBe(0x0800);
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
  });

  it.each(['src/io/writeTemplate.ts', 'src/io/zipFiles.ts'])('%s imports nothing from Node and makes no Buffer, so the Web Worker runs it', (file) => {
    const text = readFileSync(join(__dirname, '..', file), 'utf8');
    expect(text).not.toMatch(/from 'node:|from '(?:fs|path|os|stream|buffer)'|require\(/);
    expect(text).not.toMatch(/\bBuffer\./);
  });
});
