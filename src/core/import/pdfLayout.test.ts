import { cellText, type Grid } from '../grid';
import type { PlanBlock } from './importPlan';
import { type PdfPageText, type PdfTextRun, pdfBlocks } from './pdfLayout';

/** A run of `text` at (x, y), 10 pt, about half a point per character wide... as a font of 10 pt is. */
const run = (text: string, x: number, y: number, size = 10): PdfTextRun => ({ text, x, y, width: text.length * size * 0.5, size });
const page = (...runs: PdfTextRun[]): PdfPageText => ({ width: 595, height: 842, runs });
const tables = (blocks: PlanBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.grid] : []));
const lines = (blocks: PlanBlock[]) => blocks.flatMap((b) => (b.kind === 'line' ? [b.line] : []));
const texts = (grid: Grid) => grid.rows.map((row) => row.map((cell) => cellText(cell ?? undefined)));

// Columns: STT at 60, task at 90, lead at 300, deadline at 430.
const HEADER = [run('STT', 62, 100), run('Nhiệm vụ', 150, 100), run('Đơn vị', 320, 100), run('Thời hạn', 440, 100), run('chủ trì', 322, 112)];

describe('pdfBlocks: tables from where the text stands', () => {
  it('finds the header (a title wrapped over two lines), the columns, rows apart by more than a line, a cell’s lines joined', () => {
    const blocks = pdfBlocks([
      page(
        run('KẾ HOẠCH NĂM 2025', 200, 70, 12),
        ...HEADER,
        run('1.', 62, 132),
        run('Rà soát thủ tục hành chính', 92, 132),
        run('trên địa bàn tỉnh', 92, 144),
        run('Sở Tư pháp', 302, 132),
        run('Quý IV/2025', 432, 132),
        run('2.', 62, 164),
        run('Số hóa hồ sơ', 92, 164),
        run('Sở Nội vụ;', 302, 164),
        run('Sở Y tế', 302, 176),
        run('Tháng 9/2025', 432, 164),
      ),
    ]);
    expect(lines(blocks).map((l) => l.text)).toEqual(['KẾ HOẠCH NĂM 2025']);
    expect(texts(tables(blocks)[0]!)).toEqual([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
      ['1.', 'Rà soát thủ tục hành chính trên địa bàn tỉnh', 'Sở Tư pháp', 'Quý IV/2025'],
      ['2.', 'Số hóa hồ sơ', 'Sở Nội vụ; Sở Y tế', 'Tháng 9/2025'],
    ]);
  });

  it('reads a line that runs across the columns as a merged section row, its last short line included', () => {
    const [grid] = tables(
      pdfBlocks([
        page(
          ...HEADER,
          run('I.', 62, 132),
          run('NHÓM NHIỆM VỤ VỀ THỂ CHẾ, CƠ CHẾ, CHÍNH SÁCH VÀ', 92, 132),
          run('PHÁP LUẬT', 92, 144),
          run('Ban hành quy chế', 92, 164),
          run('Sở Tư pháp', 302, 164),
          run('2025', 432, 164),
        ),
      ]),
    );
    expect(texts(grid!).slice(1)).toEqual([
      ['I.', 'NHÓM NHIỆM VỤ VỀ THỂ CHẾ, CƠ CHẾ, CHÍNH SÁCH VÀ PHÁP LUẬT', '', ''],
      ['', 'Ban hành quy chế', 'Sở Tư pháp', '2025'],
    ]);
    expect(grid!.merges).toEqual([{ top: 1, bottom: 1, left: 1, right: 2 }]); // as far as its text reaches
  });

  it('goes on across a page under the repeated header, and drops the page’s number and running header', () => {
    const furniture = (n: number) => [run(String(n), 295, 30, 9), run('Kế hoạch số 12/KH-UBND', 240, 45, 9)];
    const blocks = pdfBlocks([
      page(...furniture(1), ...HEADER, run('1.', 62, 132), run('Rà soát', 92, 132), run('Sở Tư pháp', 302, 132), run('Quý IV', 432, 132)),
      page(...furniture(2), ...HEADER, run('2.', 62, 132), run('Số hóa', 92, 132), run('Sở Nội vụ', 302, 132), run('Quý III', 432, 132)),
    ]);
    expect(lines(blocks)).toEqual([]);
    expect(tables(blocks).map((grid) => texts(grid).map((row) => row[0]))).toEqual([['STT', '1.', '2.']]);
  });

  it('ends the table where prose follows it after a paragraph’s space, and marks the prose’s short and indented lines', () => {
    const prose = [run('Kinh phí thực hiện Kế hoạch do ngân sách nhà nước bảo đảm theo phân cấp', 90, 198), run('ngân sách hiện hành và các nguồn kinh phí hợp pháp khác.', 60, 211)];
    const blocks = pdfBlocks([page(...HEADER, run('1.', 62, 132), run('Rà soát', 92, 132), run('Sở Tư pháp', 302, 132), run('Quý IV', 432, 132), ...prose)]);
    expect(tables(blocks)).toHaveLength(1);
    expect(lines(blocks)).toEqual([
      { text: 'Kinh phí thực hiện Kế hoạch do ngân sách nhà nước bảo đảm theo phân cấp', short: false, indented: true },
      { text: 'ngân sách hiện hành và các nguồn kinh phí hợp pháp khác.', short: true },
    ]);
  });

  it('never takes a line of prose that mentions a unit and a deadline for a header', () => {
    const blocks = pdfBlocks([page(run('- Cơ quan chủ trì:', 60, 100), run('Sở Tư pháp.', 200, 100), run('Thời gian: Quý IV.', 400, 100))]);
    expect(tables(blocks)).toEqual([]);
  });
});
