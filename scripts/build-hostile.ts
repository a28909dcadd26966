/**
 * `npm run fixtures:hostile`: writes the hostile and broken workbooks of test/fixtures/hostile/
 * (not committed: the tests build them again, some are large once inflated). Each is a real zip
 * written byte by byte, so the test controls what a crafted file really holds: lying sizes,
 * DOCTYPEs, prefixed SpreadsheetML, names like __proto__.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zip, type ZipPart } from './zip';

export const HOSTILE_DIR = join(__dirname, '..', 'test', 'fixtures', 'hostile');

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** An appendix table as units send it: what every hostile variant wraps. */
export const APPENDIX = [
  ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'],
  ['1', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', 'Các sở, ngành', 'Tháng 6/2025'],
  ['2', 'Số hóa hồ sơ cán bộ', 'Sở Nội vụ', 'Sở Tư pháp', 'Quý III/2025'],
  ['3', 'Báo cáo kết quả thực hiện', 'Văn phòng UBND tỉnh', '', 'Trước ngày 15/12/2025'],
];

interface SheetSpec {
  name: string;
  rows: readonly (readonly string[])[];
}

interface BookSpec {
  sheets: readonly SheetSpec[];
  /** Namespace prefix on every SpreadsheetML element ("x" gives <x:workbook>), as some .NET exporters write. */
  prefix?: string;
  /** A DOCTYPE put before the shared strings' root. */
  doctype?: string;
  /** Replaces the text of shared string 0 (raw XML, for entity references). */
  firstString?: string;
  definedNames?: readonly string[];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function column(c: number): string {
  let name = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The parts of an .xlsx workbook (shared strings, no styles: Excel's minimum). */
export function workbookParts(spec: BookSpec): ZipPart[] {
  const p = spec.prefix ? `${spec.prefix}:` : '';
  const ns = spec.prefix ? `xmlns:${spec.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const strings: string[] = [];
  const index = new Map<string, number>();
  const stringIndex = (text: string) => {
    if (!index.has(text)) index.set(text, strings.push(text) - 1);
    return index.get(text)!;
  };
  const sheets = spec.sheets.map((sheet, s) => {
    const rows = sheet.rows
      .map(
        (row, r) =>
          `<${p}row r="${r + 1}">${row.map((text, c) => (text === '' ? '' : `<${p}c r="${column(c)}${r + 1}" t="s"><${p}v>${stringIndex(text)}</${p}v></${p}c>`)).join('')}</${p}row>`,
      )
      .join('');
    return {
      name: `xl/worksheets/sheet${s + 1}.xml`,
      data: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns}><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`),
    };
  });
  const items = strings.map((text, i) => `<${p}si><${p}t>${i === 0 && spec.firstString !== undefined ? spec.firstString : escapeXml(text)}</${p}t></${p}si>`).join('');
  const names = spec.definedNames?.length
    ? `<${p}definedNames>${spec.definedNames.map((n) => `<${p}definedName name="${escapeXml(n)}">'${escapeXml(spec.sheets[0]!.name)}'!$A$1</${p}definedName>`).join('')}</${p}definedNames>`
    : '';
  const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  return [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((s) => `<Override PartName="/${s.name}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(`${declaration}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `${declaration}<${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets>${spec.sheets.map((s, i) => `<${p}sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</${p}sheets>${names}</${p}workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `${declaration}<Relationships xmlns="${PKG}">${sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${s.name.slice(3)}"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    ...sheets,
    {
      name: 'xl/sharedStrings.xml',
      data: Buffer.from(`${declaration}${spec.doctype ?? ''}<${p}sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">${items}</${p}sst>`),
    },
  ];
}

const appendix: SheetSpec = { name: 'Phụ lục', rows: APPENDIX };

/** A sheet XML of `rows` one-cell rows, written straight (a 100,000-row sheet in a few MB). */
function tallSheet(rows: number): Buffer {
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) body.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${body.join('')}</sheetData></worksheet>`);
}

/** Every hostile file and what reading it must give: a failure reason, or `read` (it must be read). */
export const HOSTILE: Record<string, { expect: string; build: () => Buffer }> = {
  'zip-bomb.xlsx': {
    expect: 'zip_bomb',
    // 200 MB of one byte: the directory says so honestly, at a ratio of about a thousand.
    build: () => zip([...workbookParts({ sheets: [appendix] }), { name: 'xl/media/padding.bin', data: Buffer.alloc(200 * 1024 * 1024, 0x20) }]),
  },
  'lying-zip.xlsx': {
    expect: 'zip_bomb',
    // The same padding, but the directory claims it inflates to 1 KB: only reading reveals it.
    build: () => zip([...workbookParts({ sheets: [appendix] }), { name: 'xl/media/padding.bin', data: Buffer.alloc(64 * 1024 * 1024, 0x20), claimedSize: 1024 }]),
  },
  'many-entries.xlsx': {
    expect: 'zip_bomb',
    build: () => zip([...workbookParts({ sheets: [appendix] }), ...Array.from({ length: 12_000 }, (_, i) => ({ name: `xl/media/p${i}.bin`, data: Buffer.from('x') }))]),
  },
  'xxe.xlsx': {
    expect: 'read',
    build: () => zip(workbookParts({ sheets: [appendix], doctype: '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', firstString: 'STT&xxe;' })),
  },
  'billion-laughs.xlsx': {
    expect: 'read',
    build: () => {
      const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
      return zip(workbookParts({ sheets: [appendix], doctype: `<!DOCTYPE sst [<!ENTITY lol0 "lol">${levels}]>`, firstString: 'STT&lol9;' }));
    },
  },
  'prefixed.xlsx': { expect: 'read', build: () => zip(workbookParts({ sheets: [appendix], prefix: 'x' })) },
  'proto-names.xlsx': {
    expect: 'read',
    build: () =>
      zip(
        workbookParts({
          sheets: [
            {
              name: '__proto__',
              rows: [
                ['__proto__', 'constructor'],
                ['prototype', 'toString'],
              ],
            },
            {
              name: 'constructor',
              rows: [
                ...APPENDIX.map((row) => [...row, row === APPENDIX[0] ? '__proto__' : 'constructor']),
                ['4', 'constructor', '__proto__', 'constructor; hasOwnProperty', '__proto__'],
              ],
            },
          ],
          definedNames: ['__proto__', 'constructor'],
        }),
      ),
  },
  'tall-sheet.xlsx': {
    expect: 'sheet_too_large',
    build: () => zip([...workbookParts({ sheets: [appendix] }).filter((p) => p.name !== 'xl/worksheets/sheet1.xml'), { name: 'xl/worksheets/sheet1.xml', data: tallSheet(60_000) }]),
  },
  'truncated.xlsx': { expect: 'damaged', build: () => zip(workbookParts({ sheets: [appendix] })).subarray(0, 700) },
  'missing-workbook.xlsx': { expect: 'damaged', build: () => zip(workbookParts({ sheets: [appendix] }).filter((p) => p.name !== 'xl/workbook.xml')) },
  'empty.xlsx': { expect: 'not_excel', build: () => Buffer.alloc(0) },
};

export function buildHostile(dir = HOSTILE_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(HOSTILE).map(([name, { build }]) => {
    const path = join(dir, name);
    writeFileSync(path, build());
    return path;
  });
}

if (require.main === module) {
  for (const path of buildHostile()) console.log(`${path} (${readFileSync(path).length} bytes)`);
}
