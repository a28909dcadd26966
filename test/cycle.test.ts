/**
 * The monthly cycle end to end, the way an office and its units go through it (issue 17): templates
 * made from seed 001's plan, each filled by a script the way a unit does in Excel (the protection
 * lifted, rows sorted, the block title rows deleted, a task reworded, the file renamed to something
 * that names no unit, saved: Excel keeps the custom properties), one unit sending last month's file
 * as well; then consolidated with the Word report. Every filled status lands on its task, every unit
 * is recognised by its template, nobody is "not submitted", and last month's file is refused in words.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import { identityFromProperties, KEY_HEADER, readTaskKey } from '../src/core/cycle/identity';
import { cellText } from '../src/core/grid';
import { unitKey } from '../src/core/units';
import { readDocxBytes } from '../src/io/docx';
import { readWorkbookFile } from '../src/io/readWorkbook';
import { withCustomProperties } from '../src/io/writeTemplate';
import { MASTER, tasks } from './helpers/unitFiles';

jest.setTimeout(120_000);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const root = mkdtempSync(join(tmpdir(), 'phuluc-chu-ky-'));
const at = (...parts: string[]) => join(root, ...parts);

/** What a unit wrote on a task: its status, and the task's key and plan index. */
interface Filled {
  unit: string;
  index: number;
  status: string;
}

const DONE = 'Đã hoàn thành';
const ONGOING = 'Đang thực hiện';
/** Half the tasks done on 20/10/2025, the others under way: decided by the task, so each unit's answer is known. */
const statusOf = (index: number) => (index % 2 === 0 ? DONE : ONGOING);

/**
 * A unit fills its template in Excel: statuses and completion days, rows sorted by task text from Z
 * to A, the two block title rows deleted, the first row's task reworded beyond recognition; saved
 * under another name. Returns what it wrote.
 */
async function fillLikeAUnit(template: string, saveAs: string): Promise<Filled[]> {
  const original = new Uint8Array(readFileSync(template));
  const identity = identityFromProperties(readWorkbookFile(template).properties)!;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(original.buffer as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  sheet.unprotect();
  const header = sheet.getColumn(1).values.findIndex((v) => v === 'STT');
  const columnOf = (title: string) => (sheet.getRow(header).values as unknown[]).findIndex((v) => v === title);
  const [keyColumn, statusColumn, completedColumn, taskColumn] = [KEY_HEADER, 'Tình hình thực hiện', 'Ngày hoàn thành', 'Nhiệm vụ'].map(columnOf) as [number, number, number, number];
  // The block title rows ("NHIỆM VỤ ĐƠN VỊ CHỦ TRÌ" ...) carry no key: the unit deletes them, bottom up.
  for (let r = sheet.rowCount; r > header; r--) if (!sheet.getRow(r).getCell(keyColumn).text && sheet.getRow(r).getCell(taskColumn - 1).text) sheet.spliceRows(r, 1);
  const rows = Array.from({ length: sheet.rowCount - header }, (_, i) => sheet.getRow(header + 1 + i)).filter((row) => row.getCell(keyColumn).text);
  const values = rows.map((row) => [...(row.values as ExcelJS.CellValue[])]).sort((a, b) => String(b[taskColumn]).localeCompare(String(a[taskColumn]), 'vi'));
  const filled: Filled[] = [];
  rows.forEach((row, i) => {
    row.values = values[i]!.slice(1); // exceljs's row values start at column A when given from index 0
    const index = readTaskKey(row.getCell(keyColumn).text)!.index;
    const status = statusOf(index);
    row.getCell(statusColumn).value = status;
    if (status === DONE) row.getCell(completedColumn).value = new Date(Date.UTC(2025, 9, 20));
    filled.push({ unit: identity.unit, index, status });
  });
  rows[0]!.getCell(taskColumn).value = 'Nội dung đơn vị tự ghi lại cho gọn';
  sheet.protect('', {});
  const saved = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  writeFileSync(saveAs, withCustomProperties(saved, Object.fromEntries(Object.entries(readWorkbookFile(template).properties!).filter(([name]) => name.startsWith('phuluc.')))));
  return filled;
}

interface Source {
  file: string;
  unit: string | null;
  unitFrom: string | null;
  confirm: boolean;
  skipped: boolean;
  byKey: number;
  tasks: number;
}
interface Finding {
  code: string;
  file: string | null;
  message: string;
}

describe('the monthly cycle: templates out, filled, renamed and sorted, consolidated back, reported upward', () => {
  const filled: Filled[] = [];
  const units: string[] = [];
  let json: { sources: Source[]; notSubmitted: string[]; findings: Finding[] };
  let sentence: string;

  beforeAll(async () => {
    expect((await run('templates', MASTER, '-o', at('bieu-mau'), '--as-of', '14/11/2025', '--report-by', '20/11/2025')).code).toBe(0);
    expect((await run('templates', MASTER, '-o', at('thang-10'), '--as-of', '14/10/2025')).code).toBe(0);
    mkdirSync(at('nhan-ve'));
    const templates = readdirSync(at('bieu-mau')).sort();
    for (const [i, name] of templates.entries()) {
      units.push(name.replace(/\.xlsx$/, ''));
      filled.push(...(await fillLikeAUnit(at('bieu-mau', name), at('nhan-ve', `BC_T11_${i + 1}.xlsx`))));
    }
    // One unit also sends October's file, filled in and renamed too.
    await fillLikeAUnit(at('thang-10', 'Sở Tư pháp.xlsx'), at('nhan-ve', 'BC_cu.xlsx'));
    copyFileSync(MASTER, at('ke-hoach.xlsx'));
    const consolidate = ['consolidate', at('nhan-ve'), '--master', at('ke-hoach.xlsx'), '--as-of', '14/11/2025'];
    const withJson = await run(...consolidate, '-o', at('tong-hop.xlsx'), '--json', '--report', at('bao-cao.docx'));
    expect(withJson.err).toBe('');
    json = JSON.parse(withJson.out);
    const text = await run(...consolidate, '-o', at('tong-hop-2.xlsx'));
    sentence = text.out.split('\n').find((line) => line.startsWith('Tổng số '))!;
  });

  it('recognises every unit by its template, whatever the file is called', () => {
    const counted = json.sources.filter((s) => !s.skipped);
    expect(counted.map((s) => s.unit).sort()).toEqual([...units].sort());
    for (const source of counted) {
      expect(source.unitFrom).toBe('template');
      expect(source.confirm).toBe(false);
      expect(source.byKey).toBe(source.tasks);
    }
    expect(json.notSubmitted).toEqual([]);
  });

  it('refuses last month’s template in words and counts nothing from it', () => {
    const old = json.sources.find((s) => s.file.endsWith('BC_cu.xlsx'))!;
    expect(old.skipped).toBe(true);
    const finding = json.findings.find((f) => f.code === 'TEMPLATE_OTHER_PERIOD')!;
    expect(finding.file).toBe(old.file);
    expect(finding.message).toContain('tháng 10/2025');
    expect(finding.message).toContain('tháng 11/2025');
  });

  it('puts every filled status on its own task, the lead’s in the status column and the support unit’s beside it', () => {
    const sheet = readWorkbookFile(at('tong-hop.xlsx')).sheets.find((s) => s.name === 'Tổng hợp')!;
    const header = sheet.rows.findIndex((row) => row.some((cell) => cellText(cell) === KEY_HEADER));
    const titles = sheet.rows[header]!.map(cellText);
    const [key, lead, support] = [KEY_HEADER, 'Tình hình thực hiện (đơn vị chủ trì)', 'Báo cáo của đơn vị phối hợp'].map((t) => titles.indexOf(t)) as [number, number, number];
    const byIndex = new Map(sheet.rows.slice(header + 1).map((row) => [readTaskKey(cellText(row[key]))?.index, row] as const));
    expect(filled.length).toBeGreaterThan(60);
    for (const { unit, index, status } of filled) {
      const task = tasks[index]!;
      const row = byIndex.get(index)!;
      // The plan spells one unit two ways ("Sở Giáo dục và Đào tạo", "... và đào tạo"): one key.
      const leads = task.lead.map((u) => u.name);
      if (task.lead.some((u) => u.key === unitKey(unit))) {
        const cell = cellText(row[lead]);
        expect(leads.length > 1 ? cell.split('\n') : [cell]).toContain(leads.length > 1 ? `${unit}: ${status}` : status);
      } else expect(cellText(row[support]).split('\n')).toContain(`${unit}: ${status}`);
    }
  });

  it('says a reworded task was reworded, and finds no task missing or unknown', () => {
    const codes = json.findings.map((f) => f.code);
    expect(codes.filter((c) => c === 'TASK_TEXT_CHANGED')).toHaveLength(units.length);
    for (const code of ['UNKNOWN_TASK', 'MISSING_TASK', 'UNIT_UNKNOWN', 'UNIT_UNCERTAIN', 'UNIT_NOT_IN_PLAN', 'NOT_SUBMITTED', 'DUPLICATE_REPORT']) expect(codes).not.toContain(code);
  });

  it('writes the Word report with the cut-off date and the same sentence as the command line', () => {
    const paragraphs = readDocxBytes(new Uint8Array(readFileSync(at('bao-cao.docx')))).flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    expect(sentence).toMatch(/^Tổng số 50 nhiệm vụ; đã hoàn thành \d+/);
    expect(paragraphs).toContain(sentence);
    expect(paragraphs).toContain('Số liệu tính đến ngày 14/11/2025.');
  });
});
