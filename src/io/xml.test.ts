/** The XML reader under the Office readers: namespaces by URI, tag offsets, entities, the one escape. */
import { escapeXml, NS, scanXml, startTag, type XmlElement, XmlError } from './xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function elements(xml: string): XmlElement[] {
  const out: XmlElement[] = [];
  scanXml(xml, { open: (element) => out.push(element) });
  return out;
}

describe('scanXml', () => {
  it('gives each element its namespace whatever the prefix: default, declared on an ancestor, redeclared, undeclared', () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}" xmlns="urn:other"><x:sheetData><row xmlns="${MAIN}"><c/><y:c xmlns:y="${MAIN}"/></row><c/><d xmlns=""/></x:sheetData></x:worksheet>`;
    expect(elements(xml).map((e) => [e.name, NS.sheet.has(e.uri), e.local])).toEqual([
      ['x:worksheet', true, 'worksheet'],
      ['x:sheetData', true, 'sheetData'],
      ['row', true, 'row'],
      ['c', true, 'c'],
      ['y:c', true, 'c'],
      ['c', false, 'c'], // in urn:other
      ['d', false, 'd'], // in no namespace
    ]);
  });

  it('refuses an unbound prefix and a malformed document', () => {
    expect(() => scanXml('<x:a/>', {})).toThrow(XmlError);
    expect(() => scanXml('<a><b></a>', {})).toThrow(XmlError);
    expect(() => scanXml('<a xmlns:p=""/>', {})).toThrow(XmlError);
  });

  it('reads an unprefixed attribute as in no namespace, a prefixed one by its namespace', () => {
    const [c] = elements(`<c xmlns="${MAIN}" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r="B5" rel:id="rId3"/>`);
    expect([c!.attribute('r'), c!.attribute('id'), c!.attribute('id', NS.relationships), c!.attribute('xmlns')]).toEqual(['B5', undefined, 'rId3', undefined]);
  });

  it('gives the offsets of start and end tags, self-closing ones included', () => {
    const xml = '<?xml version="1.0"?>\n<x:a xmlns:x="urn:a">\r\n<x:b\r\n k="1 > 0">text</x:b ><x:c/></x:a>';
    const tags: string[] = [];
    scanXml(xml, { close: (e, closeStart, end) => tags.push(`${xml.slice(e.start, e.openEnd)}|${xml.slice(closeStart, end)}`) });
    expect(tags).toEqual(['<x:b\r\n k="1 > 0">|</x:b >', '<x:c/>|', '<x:a xmlns:x="urn:a">|</x:a>']);
  });

  it('expands XML’s entities and character references, keeps an undefined one as written, skips a DOCTYPE unread', () => {
    const pieces: string[] = [];
    scanXml('<!DOCTYPE a [<!ENTITY e "expanded"><!ENTITY x SYSTEM "file:///etc/passwd">]><a>&amp;&lt;&#x1F600;&#233; &e; &x;<![CDATA[<b>]]></a>', { text: (t) => pieces.push(t) });
    expect(pieces.join('')).toBe('&<😀é &e; &x;<b>');
  });
});

describe('escapeXml', () => {
  it('writes text and attribute values a parser reads back exactly', () => {
    const value = 'a & b < c > d "e" \t f\r\ng';
    let text = '';
    let attribute: string | undefined;
    scanXml(`<a v="${escapeXml(value, true)}">${escapeXml(value)}</a>`, {
      open: (e) => (attribute = e.attribute('v')),
      text: (t) => (text += t),
    });
    expect([text, attribute]).toEqual([value, value]);
  });

  it('writes a start tag again from what was read, without the attributes named', () => {
    const [row] = elements(`<x:row xmlns:x="${MAIN}" r="3" spans="1:4" x14ac:dyDescent="0.25" xmlns:x14ac="urn:x14ac"/>`);
    expect(startTag(row!, new Set(['spans']))).toBe(`<x:row xmlns:x="${MAIN}" r="3" x14ac:dyDescent="0.25" xmlns:x14ac="urn:x14ac">`);
  });
});
