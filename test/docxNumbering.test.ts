/** Word's automatic numbering, counted as Word shows it. */
import { ListCounter, readNumbering } from '../src/io/docxNumbering';

const NUMBERING = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="7">
    <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="4"><w:abstractNumId w:val="7"/></w:num>
</w:numbering>`;

describe('Word list numbers', () => {
  it('counts each level from its start, starts deeper levels again, and writes bullets as "-"', () => {
    const counter = new ListCounter(readNumbering(NUMBERING));
    const shown = [[0], [1], [1], [2], [0], [1]].map(([level]) => counter.next('4', level!));
    expect(shown).toEqual(['III.', 'a)', 'b)', '-', 'IV.', 'a)']);
  });

  it('gives nothing for a list the document does not define', () => {
    expect(new ListCounter(readNumbering(NUMBERING)).next('9', 0)).toBe('');
  });
});
