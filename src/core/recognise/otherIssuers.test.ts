/**
 * Table layouts of other ministries and provinces (issue 16, "Tables"): the families of
 * ../shared/realworld/README.md, each on a small sheet of its own. The real documents themselves are
 * read in test/realworld/tables.test.ts.
 */
import { gridOf, type Value } from '../../../test/helpers/grids';
import { checkWorkbook } from '../check';
import { cellText, type Grid } from '../grid';
import type { AppendixTable } from '../table';
import { recogniseWorkbook } from './recogniseWorkbook';
import { shownDeadline } from './shownDate';

const AS_OF = '2025-11-14';
const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];
type Merge = [number, number, number, number];

function only(grid: Grid): AppendixTable {
  const tables = recogniseWorkbook({ sheets: [grid] }, { asOf: AS_OF });
  expect(tables).toHaveLength(1);
  return tables[0]!;
}

const texts = (table: AppendixTable) => table.tasks.map((t) => t.text);
const leadCell = (table: AppendixTable, i: number) => cellText(table.tasks[i]!.values.lead);

describe('columns in any order, with columns of their own between them', () => {
  it('reads the lead before the task and passes over a person column ("Lãnh đạo phụ trách")', () => {
    const table = only(
      gridOf([
        ['STT', 'Đơn vị chủ trì', 'Nội dung nhiệm vụ', 'Lãnh đạo phụ trách', 'Đơn vị phối hợp', 'Thời hạn'],
        ['1', 'Sở Tư pháp', 'Rà soát văn bản quy phạm pháp luật', 'Phó Chủ tịch UBND tỉnh', 'Sở Nội vụ', 'Quý IV/2025'],
      ]),
    );
    expect(table.columns).toEqual({ stt: 0, lead: 1, task: 2, support: 4, deadline: 5 });
    expect(leadCell(table, 0)).toBe('Sở Tư pháp');
  });

  it('never takes a person column for the lead, even titled "chủ trì" before the unit column', () => {
    const table = only(
      gridOf([
        ['TT', 'Tên nhiệm vụ', 'Lãnh đạo chủ trì', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
        ['1', 'Xây dựng đề án', 'Giám đốc Sở', 'Sở Khoa học và Công nghệ', '2026'],
      ]),
    );
    expect(table.columns).toEqual({ stt: 0, task: 1, lead: 3, deadline: 4 });
  });

  it('reads a legal-document tracker: "Tên gọi văn bản", "Cơ quan soạn thảo", a handler, "Ngày dự kiến trình"', () => {
    const table = only(
      gridOf([
        ['STT', 'TÊN GỌI VĂN BẢN', 'Cơ quan soạn thảo', 'Người xử lý', 'Ngày dự kiến trình', 'Ghi chú'],
        [1, 'Quyết định ban hành Quy định về công tác thi đua', 'Sở Nội vụ', 'Nhung', 'Quý I/2026', null],
      ]),
    );
    expect(table.columns).toEqual({ stt: 0, task: 1, lead: 2, deadline: 4, note: 5 });
  });

  it('takes "Kết quả thực hiện" before the deadline for the expected result, after it for the unit\'s result', () => {
    const row = ['1', 'Xây dựng mô hình', 'Cục Du lịch Quốc gia Việt Nam', 'Mô hình được ban hành', 'Tháng 12/2025'];
    const plan = checkWorkbook({ sheets: [gridOf([['STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Kết quả thực hiện', 'Thời hạn hoàn thành'], row])] }, { asOf: AS_OF })[0]!;
    expect(plan.table.columns).toEqual({ stt: 0, task: 1, lead: 2, expected: 3, deadline: 4 });
    expect(plan.unitReport).toBeNull();
    const report = only(
      gridOf([
        ['STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn hoàn thành', 'Kết quả thực hiện'],
        [row[0]!, row[1]!, row[2]!, row[4]!, row[3]!],
      ]),
    );
    expect(report.columns).toEqual({ stt: 0, task: 1, lead: 2, deadline: 3, result: 4 });
  });

  it('still guesses the status from a "Kết quả thực hiện" column before the deadline when its cells are status words', () => {
    const table = only(
      gridOf([
        ['STT', 'Nhiệm vụ', 'Chủ trì', 'Kết quả thực hiện', 'Thời hạn'],
        ['1', 'Rà soát', 'Sở Tư pháp', 'Đã hoàn thành', 'Tháng 9/2025'],
        ['2', 'Tập huấn', 'Sở Nội vụ', 'Đang thực hiện', 'Tháng 12/2025'],
      ]),
    );
    expect(table.columns.status).toBe(3);
    expect(table.guessed).toEqual(['status']);
  });
});

describe('which column is the task when two could be', () => {
  const row = ['1', 'Dự án Trung tâm dữ liệu tỉnh', 'Đầu tư hạ tầng, phần mềm dùng chung', 'Sở Khoa học và Công nghệ', 'Sở Tài chính', '2026-2027'];

  it('takes the column that names the task; the other is its description', () => {
    const table = only(gridOf([['TT', 'Tên dự án, nhiệm vụ', 'Nội dung chính', 'Chủ trì', 'Phối hợp', 'Thời gian'], row]));
    expect(table.columns).toEqual({ stt: 0, task: 1, description: 2, lead: 3, support: 4, deadline: 5 });
    expect(table.tasks[0]!.text).toBe('Dự án Trung tâm dữ liệu tỉnh');
    expect(cellText(table.tasks[0]!.values.description)).toBe('Đầu tư hạ tầng, phần mềm dùng chung');
  });

  it('whatever their order', () => {
    const table = only(gridOf([['TT', 'Nội dung chính', 'Tên dự án, nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian'], row]));
    expect(table.columns).toMatchObject({ task: 2, description: 1 });
  });

  it('reads an indicator table ("Chỉ tiêu") with its indicator as the task', () => {
    const table = only(
      gridOf([
        ['TT', 'Chỉ tiêu', 'Chủ trì'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%', 'Sở Khoa học và Công nghệ'],
      ]),
    );
    expect(table.columns).toEqual({ stt: 0, task: 1, lead: 2 });
  });
});

describe('a table without a deadline column', () => {
  it('is recognised, with one MISSING_COLUMN finding instead of an error on every row', () => {
    const grid = gridOf([
      ['BIỂU CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025'],
      ['TT', 'Chỉ tiêu', 'Chủ trì'],
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%', 'Sở Khoa học và Công nghệ'],
      ['2', 'Tỷ lệ số hóa hồ sơ đạt 100%', 'Sở Nội vụ'],
      ['3', 'Tỷ lệ người dân có danh tính điện tử đạt 90%', 'Công an tỉnh'],
    ]);
    const [analysed] = checkWorkbook({ sheets: [grid] }, { asOf: AS_OF });
    expect(analysed!.table.tasks.map((t) => t.state)).toEqual(['no_deadline', 'no_deadline', 'no_deadline']);
    expect(analysed!.findings.map((f) => [f.code, f.cell])).toEqual([['MISSING_COLUMN', 'A2']]);
    expect(analysed!.findings[0]!.message).toContain('"Thời hạn"');
  });
});

describe('sections', () => {
  it('reads lettered parts (letters may skip), numbered groups merged across and 3-level ordinals', () => {
    const merged = (row: number): Merge => [row, 1, row, 4];
    const table = only(
      gridOf(
        [
          HEADER,
          ['A', 'NHIỆM VỤ CHUNG'],
          ['1', 'Hoàn thiện thể chế'],
          ['1.1', 'Rà soát văn bản', 'Sở Tư pháp', null, '2025'],
          ['2', 'Phát triển hạ tầng'],
          ['2.1', 'Hạ tầng số'],
          ['2.1.1', 'Nâng cấp mạng truyền số liệu', 'Sở Khoa học và Công nghệ', null, '2026'],
          ['2.1.2', 'Xây dựng trung tâm dữ liệu', 'Sở Khoa học và Công nghệ', null, '2027'],
          ['C', 'NHIỆM VỤ CỦA CẤP XÃ'],
          ['1', 'Tuyên truyền', 'UBND các xã, phường', null, 'Thường xuyên'],
        ],
        { merges: [merged(1), merged(2), merged(4), merged(8)] },
      ),
    );
    const stt = (i: number | null) => (i === null ? '-' : table.sections[i]!.stt);
    expect(table.sections.map((s) => `${s.stt}<${stt(s.parent)}`)).toEqual(['A<-', '1<A', '2<A', '2.1<2', 'C<-']);
    expect(table.tasks.map((t) => [t.stt, t.group])).toEqual([
      ['1.1', '1 Hoàn thiện thể chế'],
      ['2.1.1', '2.1 Hạ tầng số'],
      ['2.1.2', '2.1 Hạ tầng số'],
      ['1', 'C NHIỆM VỤ CỦA CẤP XÃ'],
    ]);
  });

  it('takes a number with its heading merged across for a group, never a task, even when a task of that numbering follows', () => {
    const table = only(gridOf([HEADER, ['1', 'NHÓM NHIỆM VỤ VỀ THỂ CHẾ'], ['2', 'Rà soát', 'Sở Tư pháp', null, '2025']], { merges: [[1, 1, 1, 4]] }));
    expect(table.sections.map((s) => s.label)).toEqual(['1 NHÓM NHIỆM VỤ VỀ THỂ CHẾ']);
    expect(texts(table)).toEqual(['Rà soát']);
  });

  it('reads "C" after the groups "I" ... "III" of part "B" as the next part, "V" after "IV" as a group, "I" after "H" as a letter', () => {
    const rows: Value[][] = [HEADER];
    const heading = (stt: string, title: string) => rows.push([stt, title]);
    const task = (stt: string) => rows.push([stt, `Nhiệm vụ ${rows.length}`, 'Sở Tư pháp', null, '2025']);
    heading('B', 'PHẦN B');
    for (const roman of ['I', 'II', 'III', 'IV', 'V']) {
      heading(roman, `Nhóm ${roman}`);
      task('1');
    }
    heading('C', 'PHẦN C');
    task('1');
    heading('H', 'PHẦN H');
    task('1');
    heading('I', 'PHẦN I');
    task('1');
    const table = only(gridOf(rows));
    const parent = (i: number | null) => (i === null ? '-' : table.sections[i]!.stt);
    expect(table.sections.map((s) => `${s.stt}<${parent(s.parent)}`).join(' ')).toBe('B<- I<B II<B III<B IV<B V<B C<- H<- I<-');
  });

  it("appends a lower-case fragment in a group row's deadline cell to the task above (a page break), and keeps the group", () => {
    const table = only(
      gridOf([
        HEADER,
        ['I.', 'Tăng cường đầu tư hạ tầng'],
        ['1.', 'Bảo đảm nguồn lực', 'Bộ Tài chính', null, '2025 và những'],
        ['II.', 'Phát triển nhân lực', null, null, 'năm tiếp theo'],
        ['2.', 'Xây dựng đề án', 'Bộ Nội vụ', null, '2025'],
      ]),
    );
    expect(table.sections.map((s) => s.label)).toEqual(['I. Tăng cường đầu tư hạ tầng', 'II. Phát triển nhân lực']);
    expect(table.tasks.map((t) => t.group?.slice(0, 3))).toEqual(['I. ', 'II.']);
    expect(table.tasks[0]!.deadline).toMatchObject({ text: '2025 và những năm tiếp theo', kind: 'ongoing' });
  });
});

describe('rows inside the table that are not tasks', () => {
  it('skips a header repeated with other words, without its STT title, its first title merged over two columns', () => {
    const table = only(
      gridOf(
        [
          ['STT', 'Nhiệm vụ, giải pháp', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm đầu ra'],
          ['1', 'Rà soát thể chế', 'Sở Tư pháp', null, '2026 - 2030', 'Văn bản'],
          ['II', 'Phát triển hạ tầng'],
          ['Nội dung', null, 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm đầu ra'],
          ['2', 'Triển khai hạ tầng số', 'Sở Khoa học và Công nghệ', null, '2026 - 2030', 'Hạ tầng'],
        ],
        { merges: [[3, 0, 3, 1]] },
      ),
    );
    expect(table.columns).toEqual({ stt: 0, task: 1, lead: 2, support: 3, deadline: 4, expected: 5 });
    expect(table.tasks.map((t) => t.stt)).toEqual(['1', '2']);
  });

  it('reads the sub-titles under a title merged across as header, not as a task', () => {
    const table = only(
      gridOf(
        [
          ['STT', 'Tên gọi văn bản', 'Cơ quan soạn thảo', 'Hình thức xử lý', null, 'Ngày dự kiến trình ban hành'],
          [null, null, null, 'Thay thế', 'Bãi bỏ', null],
          [1, 'Quyết định về thi đua, khen thưởng', 'Sở Nội vụ', 1, null, 'Quý I/2026'],
          [2, 'Chỉ thị về công tác gia đình', 'Sở Văn hóa và Thể thao', null, 1, null],
        ],
        { merges: [[0, 3, 0, 4]] },
      ),
    );
    expect(table.headerRows).toEqual([0, 1]);
    expect(table.tasks.map((t) => t.stt)).toEqual(['1', '2']);
  });

  it('takes no row of dots marking an omitted part for a task', () => {
    const table = only(
      gridOf([HEADER, ['1', 'Rà soát thủ tục', 'Sở Tư pháp', null, 'Tháng 9/2025'], ['...', '…', '...', null, '....'], ['. . .'], ['9', 'Tập huấn', 'Sở Nội vụ', null, 'Quý IV/2025']]),
    );
    expect(table.tasks.map((t) => [t.stt, t.rows.length])).toEqual([
      ['1', 1],
      ['9', 1],
    ]);
  });

  it('joins a row continued after the header repeated at a page break', () => {
    const table = only(
      gridOf([
        HEADER,
        ['1', 'Xây dựng cơ sở dữ liệu về', 'Sở Tư pháp', null, '2025'],
        HEADER,
        [null, 'hộ tịch điện tử', null, null, null],
        ['2', 'Tập huấn', 'Sở Nội vụ', null, '2025'],
      ]),
    );
    expect(texts(table)).toEqual(['Xây dựng cơ sở dữ liệu về hộ tịch điện tử', 'Tập huấn']);
  });
});

describe('row-span sub-rows', () => {
  it('makes a sub-row that writes its own task a task of its own, sharing the lead and deadline merged over it', () => {
    const table = only(
      gridOf(
        [
          HEADER,
          ['1', 'Xây dựng đề án chuyển đổi số', 'Sở Nội vụ', null, '2026'],
          [null, 'Tổ chức hội nghị triển khai đề án', null, 'Sở Tài chính', null],
          ['2', 'Tập huấn kỹ năng số', 'Sở Tư pháp', null, '2025'],
        ],
        {
          merges: [
            [1, 2, 2, 2],
            [1, 4, 2, 4],
          ],
        },
      ),
    );
    expect(table.tasks.map((t) => [t.stt, t.text, t.lead.map((u) => u.name), t.deadline.text])).toEqual([
      ['1', 'Xây dựng đề án chuyển đổi số', ['Sở Nội vụ'], '2026'],
      [null, 'Tổ chức hội nghị triển khai đề án', ['Sở Nội vụ'], '2026'],
      ['2', 'Tập huấn kỹ năng số', ['Sở Tư pháp'], '2025'],
    ]);
  });

  it('does the same under a number merged down over both rows', () => {
    const table = only(
      gridOf([HEADER, ['1', 'Xây dựng đề án.', 'Sở Nội vụ', null, '2026'], [null, 'Tổ chức hội nghị triển khai', 'Sở Tài chính', null, '2027']], { merges: [[1, 0, 2, 0]] }),
    );
    expect(texts(table)).toEqual(['Xây dựng đề án.', 'Tổ chức hội nghị triển khai']);
  });

  it('keeps a sub-row that only adds a second lead with the task above (task and deadline merged over it)', () => {
    const table = only(
      gridOf(
        [
          ['TT', 'Tên đề án ưu tiên', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'],
          ['1', 'Đề án bảo vệ môi trường', 'Trung ương Mặt trận Tổ quốc Việt Nam', 'Các bộ, ngành', '2030'],
          [null, null, 'Ủy ban nhân dân các tỉnh', 'Các cơ quan báo chí tại địa phương', null],
          ['2', 'Đề án xử lý bãi chôn lấp', 'Ủy ban nhân dân các tỉnh', null, '2030'],
        ],
        {
          merges: [
            [1, 0, 2, 0],
            [1, 1, 2, 1],
            [1, 4, 2, 4],
          ],
        },
      ),
    );
    expect(table.tasks).toHaveLength(2);
    expect(leadCell(table, 0)).toBe('Trung ương Mặt trận Tổ quốc Việt Nam\nỦy ban nhân dân các tỉnh');
  });

  it('keeps a sub-row that goes on with the sentence above with its task', () => {
    const table = only(
      gridOf([HEADER, ['1', 'Xây dựng kế hoạch triển khai,', 'Sở Nội vụ', null, '2026'], [null, 'Đề án 06 trên địa bàn', null, null, null]], {
        merges: [
          [1, 0, 2, 0],
          [1, 2, 2, 2],
        ],
      }),
    );
    expect(texts(table)).toEqual(['Xây dựng kế hoạch triển khai, Đề án 06 trên địa bàn']);
  });
});

describe('numbers and dates as Excel holds them', () => {
  it('reads STT written as a formula (its value, a number) and a month typed as a date formatted "Tháng "m/yyyy', () => {
    const table = only(
      gridOf([
        ['STT', 'Tên gọi văn bản', 'Cơ quan soạn thảo', 'Ngày dự kiến trình ban hành'],
        [1, 'Quyết định A', 'Sở Nội vụ', { kind: 'date', iso: '2026-04-01', format: '"Tháng "m/yyyy' }],
        [2, 'Quyết định B', 'Sở Tư pháp', { kind: 'date', iso: '2026-03-15', format: 'dd/mm/yyyy' }],
      ]),
    );
    expect(table.tasks.map((t) => [t.stt, t.deadline.text, t.deadline.kind, t.deadline.due])).toEqual([
      ['1', 'Tháng 4/2026', 'month', '2026-04-30'],
      ['2', '15/03/2026', 'date', '2026-03-15'],
    ]);
  });

  it.each([
    ['"Tháng "m/yyyy', 'Tháng 4/2026'],
    ['"Tháng "mm/yyyy', 'Tháng 04/2026'],
    ['mm/yyyy', '04/2026'],
    ['[$-42A]"tháng "m" năm "yyyy', 'tháng 4 năm 2026'],
    ['m/yy', '4/26'],
    ['yyyy', '2026'],
  ])('shows a date formatted %j as %j', (format, shown) => {
    expect(shownDeadline({ kind: 'date', iso: '2026-04-01', format })).toEqual({ kind: 'text', text: shown });
  });

  it.each(['dd/mm/yyyy', 'd/m/yyyy h:mm', 'mmm-yy', 'General', ''])('leaves a date formatted %j as a date', (format) => {
    const cell = { kind: 'date' as const, iso: '2026-04-01', format };
    expect(shownDeadline(cell)).toBe(cell);
  });
});

describe('headings written in one cell merged across the row', () => {
  it.each([
    ['I. NHÓM NHIỆM VỤ CHUNG', 'I.', 'NHÓM NHIỆM VỤ CHUNG'],
    ['IV NHÓM GIẢI PHÁP VỀ NHÂN LỰC', 'IV', 'NHÓM GIẢI PHÁP VỀ NHÂN LỰC'],
    ['B PHÁT TRIỂN KINH TẾ SỐ', 'B', 'PHÁT TRIỂN KINH TẾ SỐ'],
    ['5.1 Thương mại', '5.1', 'Thương mại'],
    ['Lĩnh vực giáo dục', null, 'Lĩnh vực giáo dục'],
  ])('%j → %j %j', (text, stt, title) => {
    const table = only(gridOf([HEADER, [text], ['1', 'Rà soát', 'Sở Tư pháp', null, '2025']], { merges: [[1, 0, 1, 4]] }));
    expect(table.sections.map((s) => [s.stt, s.title])).toEqual([[stt, title]]);
  });
});

describe('when a task starts is not its deadline', () => {
  it('takes "Kết thúc" under "Thời gian" for the deadline, not "Bắt đầu"', () => {
    const table = only(
      gridOf(
        [
          ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian', null],
          [null, null, null, 'Bắt đầu', 'Kết thúc'],
          ['1', 'Rà soát', 'Sở Tư pháp', 'Quý I/2026', 'Quý III/2026'],
        ],
        {
          merges: [
            [0, 3, 0, 4],
            [0, 0, 1, 0],
            [0, 1, 1, 1],
            [0, 2, 1, 2],
          ],
        },
      ),
    );
    expect(table.columns).toEqual({ stt: 0, task: 1, lead: 2, deadline: 4 });
    expect(table.headerRows).toEqual([0, 1]);
  });
});

describe('a task numbered in Roman numerals', () => {
  it('stays a task when its lead is written in lower case ("các sở, ngành")', () => {
    const table = only(
      gridOf([
        HEADER,
        ['I', 'Rà soát thủ tục', 'Sở Tư pháp', null, '2025'],
        ['II', 'Tuyên truyền', null, 'các sở, ngành', 'thường xuyên'],
        ['III', 'Tập huấn', 'Sở Nội vụ', null, '2026'],
      ]),
    );
    expect(table.sections).toEqual([]);
    expect(table.tasks.map((t) => t.stt)).toEqual(['I', 'II', 'III']);
  });
});
