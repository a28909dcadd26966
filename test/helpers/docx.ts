/**
 * Word documents for the import tests, written the way Word writes them: paragraphs (w:p/w:r/w:t),
 * line breaks (w:br), numbered lists (w:numPr, their formats in word/numbering.xml) and tables whose
 * merged cells carry w:gridSpan and w:vMerge.
 */
import { zip } from '../../scripts/zip';

export interface DocxCell {
  text: string;
  /** Columns the cell spans. */
  span?: number;
  vMerge?: 'restart' | 'continue';
}

/** A paragraph of the document's one numbered list, at `level` (its number is not in its text). */
export type DocxBlock = { paragraph: string; level?: number } | { table: DocxCell[][] };

/** The list's levels, as Word's numbering.xml gives them ("%1." upperRoman, "%2.%3." decimal ...). */
export interface DocxListLevel {
  format: string;
  text: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraph(text: string, level?: number): string {
  const runs = text.split('\n').map((line) => `<w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`);
  const list = level === undefined ? '' : `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr>`;
  return `<w:p><w:pPr>${list}<w:jc w:val="both"/></w:pPr>${runs.join('<w:r><w:br/></w:r>')}</w:p>`;
}

function numberingXml(levels: readonly DocxListLevel[]): string {
  const lvls = levels.map((l, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${l.format}"/><w:lvlText w:val="${l.text}"/></w:lvl>`).join('');
  return `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0">${lvls}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
}

function cell({ text, span, vMerge }: DocxCell): string {
  const properties = [span && span > 1 ? `<w:gridSpan w:val="${span}"/>` : '', vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : vMerge === 'continue' ? '<w:vMerge/>' : ''].join(
    '',
  );
  return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${properties}</w:tcPr>${paragraph(text)}</w:tc>`;
}

export function docxOf(blocks: readonly DocxBlock[], list: readonly DocxListLevel[] = []): Buffer {
  const body = blocks
    .map((block) =>
      'paragraph' in block
        ? paragraph(block.paragraph, block.level)
        : `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${block.table.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`,
    )
    .join('');
  const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  return zip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
    },
    ...(list.length ? [{ name: 'word/numbering.xml', data: Buffer.from(`${declaration}${numberingXml(list)}`) }] : []),
    {
      name: 'word/document.xml',
      data: Buffer.from(`${declaration}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`),
    },
  ]);
}

/**
 * A seed appendix's rows as a Word table (seed 003): section rows ("I.", its title) span the table;
 * with `twoRowHeader` (Phụ lục II: "Cơ quan" / "chủ trì") the other header titles are merged down.
 */
export function appendixTable(rows: readonly (readonly string[])[], twoRowHeader: boolean): DocxCell[][] {
  const width = rows[0]!.length;
  return rows.map((row, r): DocxCell[] => {
    if (twoRowHeader && r < 2) return row.map((text, c) => (c === 2 ? { text } : { text: r === 0 ? text : '', vMerge: r === 0 ? 'restart' : 'continue' }));
    if (row.length === 2) return [{ text: row[0]! }, { text: row[1]!, span: width - 1 }];
    return row.map((text) => ({ text }));
  });
}
