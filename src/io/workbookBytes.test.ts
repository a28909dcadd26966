/** A workbook's custom properties, where a template phuluc made carries its plan, period and unit (issue 17). */
import * as XLSX from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readReport } from '../core/consolidate/consolidate';
import { identityFromProperties, identityProperties, KEY_HEADER, type TemplateIdentity } from '../core/cycle/identity';
import { readWorkbookBytes } from './workbookBytes';

const IDENTITY: TemplateIdentity = {
  plan: '1a2b3c4d',
  planTitle: 'Kế hoạch số 120/KH-UBND "Đề án 06" & chuyển đổi số',
  period: '2025-11',
  asOf: '2025-11-14',
  unit: 'Sở Nội vụ',
};

/** A unit's template as SheetJS writes it: letterhead, header, two tasks and the key column hidden last. */
function template(custprops?: Record<string, unknown>): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['UBND THÀNH PHỐ HẢI PHÒNG'],
    ['SỞ NỘI VỤ'],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình hình thực hiện', KEY_HEADER],
    ['2', 'Số hóa hồ sơ cán bộ, công chức, viên chức', 'Sở Nội vụ', 'Tháng 12/2025', 'Đang thực hiện', '1a2b3c4d-004'],
    ['1', 'Ban hành kế hoạch số hóa hồ sơ', 'Sở Nội vụ', 'Tháng 10/2025', 'Đã hoàn thành', '1a2b3c4d-001'],
  ]);
  sheet['!cols'] = [{}, {}, {}, {}, {}, { hidden: true }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Biểu mẫu');
  if (custprops) book.Custprops = custprops;
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The custom properties part added by hand, as Excel writes it: the part, its content type and the package's relationship. */
function withCustomXml(bytes: Uint8Array, properties: string): Uint8Array {
  const parts = unzipSync(bytes);
  parts['docProps/custom.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      `${properties}</Properties>`,
  );
  parts['[Content_Types].xml'] = strToU8(
    strFromU8(parts['[Content_Types].xml']!).replace(
      '</Types>',
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
    ),
  );
  parts['_rels/.rels'] = strToU8(
    strFromU8(parts['_rels/.rels']!).replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    ),
  );
  return zipSync(parts);
}

const property = (pid: number, name: string, value: string) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${escape(name)}">${value}</property>`;

describe('custom properties', () => {
  it('reads those SheetJS writes, keeping text and leaving out numbers, yes/no and dates', () => {
    const bytes = template({ ...identityProperties(IDENTITY), 'Số bản': 3, 'Đã duyệt': true, 'Ngày gửi': new Date(Date.UTC(2025, 10, 14)) });
    const { properties } = readWorkbookBytes(bytes, 'bieu-mau.xlsx');
    expect(properties).toEqual(identityProperties(IDENTITY));
    expect(identityFromProperties(properties)).toEqual(IDENTITY);
  });

  it('reads a custom.xml added by hand, its Vietnamese and escaped characters as written', () => {
    const xml = [
      ...Object.entries(identityProperties(IDENTITY)).map(([name, value], i) => property(i + 2, name, `<vt:lpwstr>${escape(value)}</vt:lpwstr>`)),
      property(20, 'Số trang', '<vt:i4>3</vt:i4>'),
      property(21, 'Người lập', '<vt:lpwstr>Nguyễn Văn A</vt:lpwstr>'),
    ].join('');
    const { properties } = readWorkbookBytes(withCustomXml(template(), xml), 'bieu-mau.xlsx');
    expect(properties).toEqual({ ...identityProperties(IDENTITY), 'Người lập': 'Nguyễn Văn A' });
    expect(identityFromProperties(properties)).toEqual(IDENTITY);
  });

  it('gives none for a workbook without them', () => {
    expect(readWorkbookBytes(template(), 'bao-cao.xlsx').properties).toBeUndefined();
  });

  it('makes a filled template a report that knows its template and each row’s key, read from its hidden column', () => {
    const workbook = readWorkbookBytes(template(identityProperties(IDENTITY)), 'bieu-mau.xlsx');
    const report = readReport('bieu-mau.xlsx', workbook, { asOf: '2025-11-14', planYear: 2025, lang: 'vi' });
    expect(report).toMatchObject({ template: IDENTITY, reportColumns: true, ownOutput: false });
    expect('rows' in report && report.rows.map((r) => [r.stt, r.key, r.status.text])).toEqual([
      ['2', '1a2b3c4d-004', 'Đang thực hiện'],
      ['1', '1a2b3c4d-001', 'Đã hoàn thành'],
    ]);
  });
});

describe('numbers with a date format', () => {
  /** A sheet of one column, its cells written as given, then a cell's XML value replaced by hand. */
  function dated(cells: XLSX.CellObject[], replace?: [string, string]): Uint8Array {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Thời hạn'], ...cells.map((cell) => [cell])]), 'A');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    if (!replace) return bytes;
    const parts = unzipSync(bytes);
    parts['xl/worksheets/sheet1.xml'] = strToU8(strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array()).replace(...replace));
    return zipSync(parts);
  }
  const day = (v: number): XLSX.CellObject => ({ t: 'n', v, z: 'dd/mm/yyyy' });

  it('are a day only where Excel shows one (up to 31/12/9999); past it or below zero they stay numbers', () => {
    const [, ...rows] = readWorkbookBytes(dated([day(46000), day(2958465), day(1e7), day(-3)]), 'a.xlsx').sheets[0]?.rows ?? [];
    expect(rows.map((row) => row[0])).toEqual([
      { kind: 'date', iso: '2025-12-09', format: 'dd/mm/yyyy' },
      { kind: 'date', iso: '9999-12-31', format: 'dd/mm/yyyy' },
      { kind: 'number', value: 1e7, format: 'dd/mm/yyyy' },
      { kind: 'number', value: -3, format: 'dd/mm/yyyy' },
    ]);
  });

  it('a cell whose value is no number is empty, and does not make the whole file unreadable', () => {
    // It used to throw "Invalid time value" from the date conversion: the file was reported damaged.
    const sheet = readWorkbookBytes(dated([day(46000), day(46001)], ['<v>46000</v>', '<v>abc</v>']), 'a.xlsx').sheets[0];
    expect(sheet?.rows[2]?.[0]).toEqual({ kind: 'date', iso: '2025-12-10', format: 'dd/mm/yyyy' });
    expect(sheet?.rows[1]).toEqual([]);
  });
});
