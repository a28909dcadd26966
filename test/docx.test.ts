/**
 * The Word reader on markup a tag scanner got wrong: a paragraph holding a text box (a "DỰ THẢO"
 * stamp, in mc:AlternateContent with the same box in its VML fallback) lost its own text and gave
 * the box's twice; a document written with another prefix than w:, tab stops read as tabs, moved
 * text read twice. And DOCTYPEs: nothing is expanded or fetched.
 */
import { strFromU8, unzipSync } from 'fflate';
import { performance } from 'node:perf_hooks';
import { zip } from '../scripts/zip';
import { readDocxBytes } from '../src/io/docx';
import { WorkbookReadError } from '../src/io/readFailures';
import { appendixTable, docxOf } from './helpers/docx';
import seed003 from './fixtures/plans/seed003-bcd-tinh.json';

const WML = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NAMESPACES = [
  `xmlns:w="${WML}"`,
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'mc:Ignorable="wps"',
].join(' ');

/** A .docx whose word/document.xml body is `body` (Word's namespaces declared), before it a `prolog`. */
function docx(body: string, prolog = ''): Buffer {
  const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  return zip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(`${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`),
    },
    { name: 'word/document.xml', data: Buffer.from(`${declaration}${prolog}<w:document ${NAMESPACES}><w:body>${body}<w:sectPr/></w:body></w:document>`) },
  ]);
}

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const paragraph = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const boxContent = (...lines: string[]) => `<w:txbxContent>${lines.map((line) => paragraph(run(line))).join('')}</w:txbxContent>`;

/** A text box as Word 2010 and later writes it: a drawing (wps) and, for older readers, the same box in VML. */
const textBox = (...lines: string[]) =>
  `<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:extent cx="1371600" cy="342900"/><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>${boxContent(...lines)}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Text Box 1" style="position:absolute;width:108pt;height:27pt"><v:textbox>${boxContent(...lines)}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

/** The same box as Word 2003 and LibreOffice write it: VML alone. */
const vmlBox = (...lines: string[]) => `<w:r><w:pict><v:shape id="Text Box 2"><v:textbox>${boxContent(...lines)}</v:textbox></v:shape></w:pict></w:r>`;

const texts = (bytes: Buffer) => readDocxBytes(bytes).map((b) => (b.kind === 'paragraph' ? b.text : b.kind));

describe('a paragraph holding a text box', () => {
  it.each([
    ['drawing with its VML fallback (mc:AlternateContent)', textBox],
    ['VML alone (w:pict)', vmlBox],
  ])('%s: keeps the paragraph’s own text, then the box’s text once, in order', (_, box) => {
    const body = [
      paragraph(run('ỦY BAN NHÂN DÂN')),
      paragraph(run('KẾ HOẠCH '), box('DỰ THẢO', 'lần 2'), run('triển khai Đề án 06 năm 2025')),
      paragraph(run('I. MỤC ĐÍCH, YÊU CẦU')),
    ].join('');
    expect(texts(docx(body))).toEqual(['ỦY BAN NHÂN DÂN', 'KẾ HOẠCH triển khai Đề án 06 năm 2025', 'DỰ THẢO', 'lần 2', 'I. MỤC ĐÍCH, YÊU CẦU']);
  });

  it('in a table cell: the box’s lines follow the cell’s paragraph, the table stays one table', () => {
    const cell = (content: string) => `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
    const body = `<w:tbl><w:tr>${cell(paragraph(run('STT')))}${cell(paragraph(run('Nhiệm vụ')))}</w:tr><w:tr>${cell(paragraph(run('1')))}${cell(paragraph(run('Rà soát thủ tục'), textBox('DỰ THẢO')))}</w:tr></w:tbl>`;
    const [table, ...rest] = readDocxBytes(docx(body));
    expect(rest).toEqual([]);
    expect(table!.kind === 'table' && table!.grid.rows).toEqual([
      [
        { kind: 'text', text: 'STT' },
        { kind: 'text', text: 'Nhiệm vụ' },
      ],
      [
        { kind: 'text', text: '1' },
        { kind: 'text', text: 'Rà soát thủ tục\nDỰ THẢO' },
      ],
    ]);
    expect(table!.kind === 'table' && table!.grid.name).toBe('Bảng 1');
  });
});

describe('Word markup read by namespace, not by prefix', () => {
  const blocks = [{ paragraph: 'PHỤ LỤC I' }, { table: appendixTable(seed003.appendices[1]!.rows as string[][], true) }];
  const original = docxOf(blocks);

  it('reads a document written with ns0: (ElementTree) or the default namespace like one written with w:', () => {
    // Every "w:" element and attribute becomes "ns0:", the declaration with them.
    const ns0 = rezip(original, (xml) => xml.replace(/(<\/?|\s)w:/g, '$1ns0:').replace('xmlns:w=', 'xmlns:ns0='));
    expect(strFromU8(unzipSync(ns0)['word/document.xml']!)).toContain('<ns0:tc><ns0:tcPr><ns0:tcW ns0:w="1000"');
    expect(readDocxBytes(ns0)).toEqual(readDocxBytes(original));
    // Elements in the default namespace, attributes still qualified (unprefixed, they would have no namespace).
    const unprefixed = rezip(original, (xml) => xml.replace(/<(\/?)w:/g, '<$1').replace(`xmlns:w="${WML}"`, `xmlns="${WML}" xmlns:w="${WML}"`));
    expect(readDocxBytes(unprefixed)).toEqual(readDocxBytes(original));
  });

  it('does not read tab stops as tabs, nor moved-away or deleted text', () => {
    const body = [
      `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${run('Nội dung')}<w:r><w:tab/></w:r>${run('tiếp')}</w:p>`,
      paragraph(
        run('Giao '),
        `<w:moveFrom w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z">${run('Sở Tư pháp ')}</w:moveFrom>`,
        run('chủ trì'),
        `<w:del w:id="2" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r><w:delText>cũ</w:delText></w:r></w:del>`,
      ),
    ].join('');
    expect(texts(docx(body))).toEqual(['Nội dung\ttiếp', 'Giao chủ trì']);
  });
});

describe('DOCTYPEs in a Word document', () => {
  it('keeps an external entity as written and fetches nothing', () => {
    const blocks = readDocxBytes(docx(paragraph(run('STT&xxe;')), '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'));
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'STT&xxe;' }]);
  });

  it('expands no nested entities ("billion laughs"), at once', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const started = performance.now();
    const blocks = readDocxBytes(docx(paragraph(run('STT&lol9;')), `<!DOCTYPE w:document [<!ENTITY lol0 "lol">${levels}]>`));
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'STT&lol9;' }]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses a document whose XML is not well-formed as damaged', () => {
    const read = () => readDocxBytes(docx('<w:p><w:r><w:t>mở</w:r></w:p>'));
    expect(read).toThrow(WorkbookReadError);
    expect(read).toThrow(expect.objectContaining({ reason: 'damaged' }));
  });
});

/** The same .docx with its word/document.xml rewritten. */
function rezip(bytes: Buffer, edit: (xml: string) => string): Buffer {
  return zip(Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, data: name === 'word/document.xml' ? Buffer.from(edit(strFromU8(data))) : Buffer.from(data) })));
}
