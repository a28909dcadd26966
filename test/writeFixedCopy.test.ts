/**
 * Patching a workbook's XML: only the edited cells change, text stays text, new cells land in order,
 * whatever prefix the sheet is written with; an edit that does not land is said so, never counted.
 */
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPENDIX, workbookParts } from '../scripts/build-hostile';
import { zip } from '../scripts/zip';
import { main } from '../src/cli/main';
import { readWorkbookBytes } from '../src/io/workbookBytes';
import type { Edit } from '../src/core/findings';
import { validDay } from '../src/core/validDay';
import { FixError, fixedCopy, writeFixedCopy } from '../src/io/writeFixedCopy';
import { scanXml } from '../src/io/xml';

function workbook(): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet([['STT', 'Nhiệm vụ', 'Chủ trì'], [1, 'Rà soát', 'Sở Tư pháp'], [], [3, 'Tập huấn', null]]);
  sheet['!merges'] = [{ s: { r: 1, c: 2 }, e: { r: 3, c: 2 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Phụ lục & "1"');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const sheet = 'Phụ lục & "1"';

function readBack(bytes: Buffer) {
  return readWorkbookBytes(bytes, 'copy.xlsx').sheets[0]!;
}

describe('writeFixedCopy', () => {
  it('writes text that looks like a formula as text, and "$&" literally', () => {
    const grid = readBack(
      writeFixedCopy(workbook(), [
        { kind: 'text', sheet, row: 1, col: 1, text: '=SUM(A1:A2)' },
        { kind: 'text', sheet, row: 1, col: 2, text: 'Sở $& <Tư> pháp' },
      ]),
    );
    expect(grid.rows[1]![1]).toEqual({ kind: 'text', text: '=SUM(A1:A2)' });
    expect(grid.rows[1]![2]).toEqual({ kind: 'text', text: 'Sở $& <Tư> pháp' });
    expect(grid.rows[0]![1]).toEqual({ kind: 'text', text: 'Nhiệm vụ' });
  });

  it('adds cells and rows that do not exist yet, in order', () => {
    const grid = readBack(
      writeFixedCopy(workbook(), [
        { kind: 'text', sheet, row: 2, col: 1, text: 'dòng mới' },
        { kind: 'text', sheet, row: 3, col: 2, text: 'Sở Nội vụ' },
        { kind: 'date', sheet, row: 6, col: 0, iso: validDay('2025-11-05')! },
      ]),
    );
    expect(grid.rows[2]![1]).toEqual({ kind: 'text', text: 'dòng mới' });
    expect(grid.rows[3]).toEqual([
      { kind: 'number', value: 3 },
      { kind: 'text', text: 'Tập huấn' },
      { kind: 'text', text: 'Sở Nội vụ' },
    ]);
    expect(grid.rows[6]![0]).toEqual({ kind: 'number', value: 45966 }); // 05/11/2025; the new cell has no date format
  });

  it('unmerges an area and writes its value into every cell', () => {
    const grid = readBack(writeFixedCopy(workbook(), [{ kind: 'unmerge', sheet, top: 1, left: 2, bottom: 3, right: 2 }]));
    expect(grid.merges).toEqual([]);
    expect([1, 2, 3].map((r) => grid.rows[r]![2])).toEqual(Array(3).fill({ kind: 'text', text: 'Sở Tư pháp' }));
  });

  it('refuses what it cannot patch', () => {
    expect(() => writeFixedCopy(workbook(), [{ kind: 'text', sheet: 'Không có', row: 0, col: 0, text: 'x' }])).toThrow(FixError);
    expect(() => writeFixedCopy(Buffer.from('not a zip'), [])).toThrow(FixError);
  });

  it('never writes a date that is not a day (it wrote 01/01/1970 for a null day)', () => {
    // Only an edit that bypasses the type (data from JSON, a cast) can carry such a day.
    for (const iso of [null, '2025-04-31', '31/04/2025', '']) {
      const edit = { kind: 'date', sheet, row: 1, col: 0, iso } as unknown as Edit;
      expect(() => writeFixedCopy(workbook(), [edit])).toThrow(FixError);
    }
  });
});

/* ------------------------------------------------------------------------------------------------
 * Sheets written with a namespace prefix. .NET's OpenXML SDK writes <x:worksheet xmlns:x="…main">
 * and <x:c r="B5" t="s">; the regex patcher found no "<c " there and changed nothing while `fix`
 * said it had. Each variant below is a workbook written by SheetJS or exceljs whose sheet (and
 * workbook) XML is rewritten with prefixes; every edit must land, be read by SheetJS, and every new
 * element must be in SpreadsheetML's namespace.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SHEET_PART = 'xl/worksheets/sheet1.xml';

/** Every element without a prefix gets `x:` (attributes keep none: they have no namespace). */
const prefixAll = (xml: string, prefix = 'x') => xml.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`);

const VARIANTS: Record<string, (xml: string) => string> = {
  // .NET's OpenXML SDK: x: everywhere, no default namespace.
  'x: everywhere, no default namespace': (xml) => prefixAll(xml).replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`),
  // The root and sheetData prefixed, the default namespace bound too, rows and cells unprefixed.
  'x: on the root and sheetData, rows in the default namespace': (xml) =>
    xml
      .replace(/<worksheet\b/, `<x:worksheet xmlns:x="${MAIN}"`)
      .replace('</worksheet>', '</x:worksheet>')
      .replace('<sheetData>', '<x:sheetData>')
      .replace('</sheetData>', '</x:sheetData>'),
  // The default namespace is something else: a new cell written without its prefix would not be a cell.
  'x: everywhere, the default namespace foreign': (xml) => prefixAll(xml).replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}" xmlns="urn:phuluc:not-spreadsheetml"`),
  // A prefix declared on sheetData alone.
  'sheetData declaring s: for its rows': (xml) => {
    const [before, rest] = xml.split('<sheetData>') as [string, string];
    const [data, after] = rest.split('</sheetData>') as [string, string];
    return `${before}<sheetData xmlns:s="${MAIN}">${prefixAll(data, 's')}</sheetData>${after}`;
  },
};

/** The workbook part prefixed too, its relationship ids under another prefix than r:. */
const prefixWorkbook = (xml: string) =>
  prefixAll(xml)
    .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
    .replace('xmlns:r=', 'xmlns:rel=')
    .replace(/ r:id=/g, ' rel:id=');

function rewrite(bytes: Uint8Array, sheet: (xml: string) => string, workbook: (xml: string) => string = prefixWorkbook): Buffer {
  const files = unzipSync(bytes);
  files[SHEET_PART] = strToU8(sheet(strFromU8(files[SHEET_PART]!)));
  files['xl/workbook.xml'] = strToU8(workbook(strFromU8(files['xl/workbook.xml']!)));
  return Buffer.from(zipSync(files));
}

const partOf = (bytes: Uint8Array, path = SHEET_PART) => strFromU8(unzipSync(bytes)[path]!);

/** Local names of the SpreadsheetML elements found outside SpreadsheetML's namespace. */
function outsideMain(xml: string): string[] {
  const wrong: string[] = [];
  scanXml(xml, {
    open(element) {
      if (['worksheet', 'sheetData', 'row', 'c', 'v', 'is', 't', 'mergeCells', 'mergeCell'].includes(element.local) && element.uri !== MAIN) wrong.push(element.name);
    },
  });
  return wrong;
}

async function exceljsWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Phụ lục & "1"');
  sheet.addRows([['STT', 'Nhiệm vụ', 'Chủ trì'], [1, 'Rà soát', 'Sở Tư pháp'], [], [3, 'Tập huấn', null]]);
  sheet.getRow(1).font = { bold: true };
  sheet.getCell('B2').font = { italic: true };
  sheet.mergeCells('C2:C4');
  return Buffer.from(await book.xlsx.writeBuffer());
}

const EDITS: Edit[] = [
  { kind: 'text', sheet, row: 1, col: 1, text: 'Rà soát, cập nhật' }, // an existing cell
  { kind: 'text', sheet, row: 1, col: 3, text: 'ô mới' }, // a new cell in an existing row
  { kind: 'text', sheet, row: 2, col: 1, text: 'dòng mới' }, // a new row between two
  { kind: 'date', sheet, row: 6, col: 0, iso: validDay('2025-11-05')! }, // a new row at the end
  { kind: 'unmerge', sheet, top: 1, left: 2, bottom: 3, right: 2 },
];

describe('writeFixedCopy on prefixed SpreadsheetML', () => {
  const sources: [string, () => Promise<Buffer>][] = [
    ['SheetJS', async () => workbook()],
    ['exceljs', exceljsWorkbook],
  ];

  describe.each(sources)('a workbook written by %s', (_, build) => {
    it.each(Object.keys(VARIANTS))('%s: every edit lands, SheetJS reads it, new elements are SpreadsheetML', async (variant) => {
      const source = rewrite(await build(), VARIANTS[variant]!);
      const { bytes, notMade } = fixedCopy(source, EDITS);
      expect(notMade).toEqual([]);
      const grid = readBack(bytes);
      expect(grid.rows[1]![1]).toEqual({ kind: 'text', text: 'Rà soát, cập nhật' });
      expect(grid.rows[1]![3]).toEqual({ kind: 'text', text: 'ô mới' });
      expect(grid.rows[2]![1]).toEqual({ kind: 'text', text: 'dòng mới' });
      expect(grid.rows[6]![0]).toEqual({ kind: 'number', value: 45966 });
      expect(grid.merges).toEqual([]);
      expect([1, 2, 3].map((r) => grid.rows[r]![2])).toEqual(Array(3).fill({ kind: 'text', text: 'Sở Tư pháp' }));
      expect(grid.rows[0]!.slice(0, 3)).toEqual(['STT', 'Nhiệm vụ', 'Chủ trì'].map((text) => ({ kind: 'text', text })));
      const written = partOf(bytes);
      expect(outsideMain(written)).toEqual([]);
      // Untouched rows are kept byte for byte.
      const original = partOf(source);
      const firstRow = /<(?:\w+:)?row\b[^>]*\br="1"[\s\S]*?<\/(?:\w+:)?row>/.exec(original)![0];
      expect(written).toContain(firstRow);
    });
  });

  it('keeps the style of a cell it rewrites (exceljs writes s="…")', async () => {
    const source = rewrite(await exceljsWorkbook(), VARIANTS['x: everywhere, no default namespace']!);
    const styleOf = (xml: string, ref: string) => new RegExp(`<x:c r="${ref}"(?: s="(\\d+)")?`).exec(xml)?.[1];
    const before = styleOf(partOf(source), 'B2');
    expect(before).toBeDefined();
    expect(styleOf(partOf(writeFixedCopy(source, [EDITS[0]!])), 'B2')).toBe(before);
  });

  it('reads rows and cells written without r= (their place is after the previous one)', () => {
    const source = rewrite(workbook(), (xml) => xml.replace('<row r="2">', '<row>').replace(/<c r="[A-C]2"/g, '<c'));
    expect(readBack(source).rows[1]).toEqual([
      { kind: 'number', value: 1 },
      { kind: 'text', text: 'Rà soát' },
      { kind: 'text', text: 'Sở Tư pháp' },
    ]);
    const grid = readBack(writeFixedCopy(source, [EDITS[0]!, EDITS[1]!]));
    expect(grid.rows[1]).toEqual([
      { kind: 'number', value: 1 },
      { kind: 'text', text: 'Rà soát, cập nhật' },
      { kind: 'text', text: 'Sở Tư pháp' },
      { kind: 'text', text: 'ô mới' },
    ]);
  });

  it('writes what XML cannot carry as Excel does (_xHHHH_), and a literal "_x0041_" as itself', () => {
    const texts = ['dòng\u000bmới', 'mã _x0041_ giữ nguyên', 'CR\r\nLF', 'nửa cặp \ud800'];
    const grid = readBack(
      writeFixedCopy(
        workbook(),
        texts.map((text, i) => ({ kind: 'text', sheet, row: 10 + i, col: 0, text })),
      ),
    );
    // SheetJS reads CR LF as LF in a sheet, as Excel shows it.
    expect(texts.map((_, i) => grid.rows[10 + i]![0])).toEqual(['dòng\u000bmới', 'mã _x0041_ giữ nguyên', 'CR\nLF', 'nửa cặp \ud800'].map((text) => ({ kind: 'text', text })));
  });

  it('keeps a DOCTYPE and an undefined entity as written, and expands nothing', () => {
    const doctype = '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>';
    const source = rewrite(workbook(), (xml) => xml.replace('<worksheet', `${doctype}<worksheet`).replace('<v>Tập huấn</v>', '<v>Tập huấn &xxe; &lol2;</v>'));
    const written = partOf(writeFixedCopy(source, [EDITS[0]!]));
    expect(written).toContain(doctype);
    expect(written).toContain('<v>Tập huấn &xxe; &lol2;</v>');
    expect(written).not.toMatch(/root:/);
  });
});

describe('edits that do not land', () => {
  it('are left out of the copy and returned, the others made; writeFixedCopy refuses the whole', () => {
    const source = rewrite(workbook(), VARIANTS['x: everywhere, no default namespace']!);
    const edits: Edit[] = [EDITS[0]!, { kind: 'unmerge', sheet, top: 5, left: 0, bottom: 6, right: 0 }]; // no such merged area
    const { bytes, notMade } = fixedCopy(source, edits);
    expect(notMade).toEqual([{ edit: edits[1], reason: 'no merged area A6:A7 in the sheet' }]);
    expect(readBack(bytes).rows[1]![1]).toEqual({ kind: 'text', text: 'Rà soát, cập nhật' });
    expect(() => writeFixedCopy(source, edits)).toThrow(new FixError('Phụ lục & "1": no merged area A6:A7 in the sheet'));
  });

  it('a cell the patcher would write twice is not changed, and said so', () => {
    // B2 is in the second <row r="2">; the patcher edits the first, so B2 would be there twice.
    const source = rewrite(workbook(), (xml) => xml.replace(/<c r="B2"[\s\S]*?<\/c>/, '').replace('</sheetData>', '<row r="2"><c r="B2" t="str"><v>Rà soát</v></c></row></sheetData>'));
    const { bytes, notMade } = fixedCopy(source, [EDITS[0]!, { kind: 'text', sheet, row: 0, col: 0, text: 'Số TT' }]);
    expect(notMade).toEqual([{ edit: EDITS[0], reason: 'B2 is written 2 times' }]);
    expect(partOf(bytes)).toContain('<c r="B2" t="str"><v>Rà soát</v></c>');
    expect(readBack(bytes).rows[0]![0]).toEqual({ kind: 'text', text: 'Số TT' });
  });
});

describe('phuluc fix on prefixed workbooks', () => {
  const temp = mkdtempSync(join(tmpdir(), 'phuluc-fix-prefixed-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  /** The hostile builder's appendix with doubled spaces in C2 (EXTRA_SPACES), every element x:-prefixed. */
  const rows = APPENDIX.map((row, r) => (r === 1 ? row.map((text, c) => (c === 2 ? 'Sở  Tư pháp' : text)) : row));
  const parts = () => workbookParts({ sheets: [{ name: 'Phụ lục', rows }], prefix: 'x' });

  async function fix(file: string) {
    let out = '';
    const code = await main(['fix', file, '-o', join(temp, `sua-${file.split('/').pop()}`), '--as-of', '2025-11-14', '--only', 'EXTRA_SPACES'], {
      out: (t) => (out += t),
      err: (t) => (out += t),
    });
    return { code, out, copy: join(temp, `sua-${file.split('/').pop()}`) };
  }

  it('makes the change it reports (the regex patcher reported it and changed nothing)', async () => {
    const file = join(temp, 'x-prefix.xlsx');
    writeFileSync(file, zip(parts()));
    const { code, out, copy } = await fix(file);
    expect(code).toBe(0);
    expect(out).toContain('(1 thay đổi)\n  [EXTRA_SPACES] Phụ lục!C2: "Sở  Tư pháp" → "Sở Tư pháp"\n');
    expect(readWorkbookBytes(readFileSync(copy), 'copy.xlsx').sheets[0]!.rows[1]![2]).toEqual({ kind: 'text', text: 'Sở Tư pháp' });
  });

  it('reports an edit that did not land as not changed, never as a change', async () => {
    const file = join(temp, 'x-prefix-split.xlsx');
    // C2 in a second <x:row r="2">: the patcher would write it twice, so the edit is left out.
    writeFileSync(file, zip(parts().map((p) => (p.name === SHEET_PART ? { ...p, data: Buffer.from(p.data.toString('utf8').replace(/(<x:c r="C2")/, '</x:row><x:row r="2">$1')) } : p))));
    const { code, out, copy } = await fix(file);
    expect(code).toBe(0);
    expect(out).toContain('(0 thay đổi)\nKhông sửa được (ô giữ nguyên, cần sửa tay): 1\n  [EXTRA_SPACES] Phụ lục!C2: "Sở  Tư pháp" → "Sở Tư pháp" (C2 is written 2 times)\n');
    expect(readWorkbookBytes(readFileSync(copy), 'copy.xlsx').sheets[0]!.rows[1]![2]).toEqual({ kind: 'text', text: 'Sở  Tư pháp' });
  });
});
