import { gridOf, type Value } from '../../../test/helpers/grids';
import { checkWorkbook } from '../check';
import { KEY_HEADER } from '../cycle/identity';
import { cellText, type Grid } from '../grid';
import type { AppendixTable } from '../table';
import { recogniseWorkbook } from './recogniseWorkbook';

const AS_OF = '2025-11-14';
const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];

function recognise(...grids: Grid[]): AppendixTable[] {
  return recogniseWorkbook({ sheets: grids }, { asOf: AS_OF });
}

function only(grid: Grid): AppendixTable {
  const tables = recognise(grid);
  expect(tables).toHaveLength(1);
  return tables[0]!;
}

function summary(table: AppendixTable) {
  return table.tasks.map((t) => ({
    row: t.row + 1,
    stt: t.stt,
    group: t.group,
    lead: t.lead.map((u) => u.name),
    deadline: t.deadline.due ?? t.deadline.kind,
  }));
}

describe('finding the header', () => {
  it('finds it under the title rows and takes the plan year from the title', () => {
    const table = only(
      gridOf([
        ['Phụ lục'],
        ['NHIỆM VỤ CỦA CƠ QUAN, PHÒNG, BAN, ĐƠN VỊ TRONG TRIỂN KHAI ĐỀ ÁN 06/CP NĂM 2024'],
        [],
        HEADER,
        ['1', 'Xây dựng Kế hoạch', 'Văn phòng HĐND-UBND huyện', null, 'Quý IV'],
      ]),
    );
    expect(table.headerRows).toEqual([3]);
    expect(table.columns).toEqual({ stt: 0, task: 1, lead: 2, support: 3, deadline: 4 });
    expect(table.planYear).toBe(2024);
    expect(table.tasks[0]!.deadline.due).toBe('2024-12-31');
  });

  it('reads a header split over two rows ("Cơ quan" / "chủ trì"), the other titles merged down', () => {
    const table = only(
      gridOf(
        [
          ['TT', 'Tên nhiệm vụ', 'Cơ quan', 'Cơ quan phối hợp', 'Dự kiến kết quả', 'Thời gian hoàn thành', 'Lưu ý'],
          [null, null, 'chủ trì', null, null, null, null],
          [null, 'Cụ thể hóa nhiệm vụ chuyển đổi số', 'Các Sở, ban, ngành, địa phương', null, 'Kế hoạch công tác', 'Thường xuyên', 'QĐ 126/QĐ-BCĐCP'],
        ],
        { merges: [0, 1, 3, 4, 5, 6].map((c): [number, number, number, number] => [0, c, 1, c]) },
      ),
    );
    expect(table.headerRows).toEqual([0, 1]);
    expect(table.columns).toEqual({ stt: 0, task: 1, lead: 2, support: 3, expected: 4, deadline: 5, note: 6 });
    expect(table.tasks).toHaveLength(1);
  });

  it('reads the report columns under a merged "Tình hình thực hiện" title', () => {
    const table = only(
      gridOf(
        [
          ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Tình hình thực hiện', null, null],
          [null, null, null, null, 'Tình trạng', 'Kết quả thực hiện', 'Ngày hoàn thành'],
          ['1', 'Rà soát', 'Sở Tư pháp', '30/9/2025', 'Đã hoàn thành', 'Báo cáo số 412/BC-STP', { kind: 'date', iso: '2025-10-02' }],
        ],
        {
          merges: [
            [0, 4, 0, 6],
            [0, 0, 1, 0],
            [0, 1, 1, 1],
            [0, 2, 1, 2],
            [0, 3, 1, 3],
          ],
        },
      ),
    );
    expect(table.columns).toEqual({ stt: 0, task: 1, lead: 2, deadline: 3, status: 4, result: 5, completed: 6 });
    expect(table.tasks[0]).toMatchObject({ state: 'done_late', status: { done: true, completedOn: '2025-10-02' } });
  });

  it('reads headers without diacritics and with OCR noise', () => {
    const table = only(
      gridOf([
        ['TT', 'Noi dung nhiém vu', 'Chu tri thuc hién', 'Phéi hop thuc hién', 'Thoi gian hoan thanh'],
        ['1.', 'Pay manh két néi', 'Van phong Hoi dong nhan dan va Uy ban nhan dan phuong', 'Cac don vi thudc phudng', 'Thudng xuyén'],
      ]),
    );
    expect(table.columns).toEqual({ stt: 0, task: 1, lead: 2, support: 3, deadline: 4 });
    expect(table.tasks[0]!.state).toBe('recurring');
  });

  it.each([
    [['Số TT', 'Nội dung công việc', 'Cơ quan thực hiện', 'Phối hợp thực hiện', 'Tiến độ']],
    [['TT', 'Nhiệm vụ, giải pháp', 'Chủ trì', 'Phối hợp', 'Thời hạn']],
    [['STT', 'Nội dung nhiệm vụ', 'Đơn vị thực hiện', 'Cơ quan phối hợp', 'Thời gian thực hiện']],
  ])('reads the header variant %j', (header) => {
    const table = only(gridOf([header, ['1', 'Rà soát thủ tục', 'Sở Tư pháp', 'Công an tỉnh', 'Tháng 12/2025']]));
    expect(table.columns).toEqual({ stt: 0, task: 1, lead: 2, support: 3, deadline: 4 });
  });

  it('finds nothing in a sheet without an appendix header', () => {
    expect(
      recognise(
        gridOf([
          ['Họ tên', 'Đơn vị'],
          ['Nguyễn Văn A', 'Sở Tư pháp'],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('rows under the header', () => {
  it("skips Word's column numbers and blank rows, and stops at the signature block", () => {
    const table = only(
      gridOf([
        HEADER,
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        ['1', 'Xây dựng Kế hoạch triển khai', 'Văn phòng UBND huyện', null, 'Tháng 4/2025'],
        [],
        ['2', 'Tuyên truyền chuyển đổi số', 'Phòng Văn hóa, Khoa học và Thông tin', null, 'Thường xuyên'],
        [],
        ['Nơi nhận:', null, null, 'TM. BAN CHỈ ĐẠO'],
        ['- Lưu: VT.', null, null, 'TRƯỞNG BAN'],
      ]),
    );
    expect(summary(table).map((t) => t.stt)).toEqual(['1', '2']);
    expect(table.lastRow).toBe(4);
  });

  it('folds the rows of a cell broken over several rows (paste from PDF) into one task', () => {
    const table = only(
      gridOf([
        HEADER,
        ['1', 'Xây dựng Kế hoạch triển khai trong năm 2025 theo hướng rõ người,', 'Văn phòng HĐND-', 'Các cơ quan, phòng, ban,', 'Tháng 4/2025'],
        [null, 'rõ việc, rõ thời gian', 'UBND huyện', 'đơn vị, Đồn Công an huyện', null],
        ['2', 'Phối hợp điều chỉnh quy trình', 'Đồn Công an huyện', null, 'Theo hướng dẫn'],
        [null, 'nghiệp vụ', null, null, 'của Bộ Công an'],
      ]),
    );
    expect(table.tasks).toHaveLength(2);
    const [first, second] = table.tasks;
    expect(first!.rows).toEqual([1, 2]);
    expect(first!.text).toBe('Xây dựng Kế hoạch triển khai trong năm 2025 theo hướng rõ người, rõ việc, rõ thời gian');
    expect(first!.lead.map((u) => u.name)).toEqual(['Văn phòng HĐND-UBND huyện']);
    expect(first!.support.map((u) => [u.name, u.collective])).toEqual([
      ['Các cơ quan, phòng, ban, đơn vị', true],
      ['Đồn Công an huyện', false],
    ]);
    expect(second!.deadline).toMatchObject({ text: 'Theo hướng dẫn của Bộ Công an', kind: 'conditional' });
  });

  it('joins a row whose lead and deadline were pushed to the next printed line', () => {
    const table = only(gridOf([HEADER, ['1', 'Xây dựng Kế hoạch triển khai'], [null, 'rõ người, rõ việc', 'Văn phòng UBND huyện', null, 'Tháng 4/2025']]));
    expect(table.sections).toEqual([]);
    expect(summary(table)).toEqual([{ row: 2, stt: '1', group: null, lead: ['Văn phòng UBND huyện'], deadline: '2025-04-30' }]);
  });

  it('keeps a numbered row that lost its number as its own task', () => {
    const table = only(
      gridOf([
        HEADER,
        ['1', 'Rà soát thủ tục', 'Sở Tư pháp', null, 'Tháng 9/2025'],
        [null, 'Số hóa hồ sơ hộ tịch', 'Sở Tư pháp', null, 'Tháng 10/2025'],
        ['3', 'Tập huấn', 'Sở Nội vụ', null, 'Quý IV/2025'],
      ]),
    );
    expect(summary(table).map((t) => [t.row, t.stt])).toEqual([
      [2, '1'],
      [3, null],
      [4, '3'],
    ]);
  });

  it('reads an unnumbered table (tasks under sections carry no number) without merging its tasks', () => {
    const table = only(
      gridOf([
        ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'],
        ['I.', 'Nâng cao nhận thức'],
        [null, 'Xây dựng chương trình học tập số', 'Sở Khoa học và Công nghệ', 'Sở Giáo dục và Đào tạo', 'Thường xuyên'],
        [null, 'Cụ thể hóa nhiệm vụ chuyển đổi số', 'Các Sở, ban, ngành, địa phương', null, 'Thường xuyên'],
        [null, 'trong chương trình công tác hằng năm', null, null, null],
      ]),
    );
    expect(table.tasks.map((t) => t.text)).toEqual(['Xây dựng chương trình học tập số', 'Cụ thể hóa nhiệm vụ chuyển đổi số trong chương trình công tác hằng năm']);
  });

  it('shares a lead merged down over several tasks, and joins rows whose number cell is merged down', () => {
    const table = only(
      gridOf(
        [
          HEADER,
          ['1.', 'Điều chỉnh thẩm quyền TTHC', 'Văn phòng UBND tỉnh', null, '2025'],
          ['1.', 'Công bố danh mục TTHC', null, null, '2025'],
          ['1.', 'Kiện toàn Bộ phận một cửa', null, null, '2025'],
          ['4', 'Tập huấn kỹ năng số', 'Sở Nội vụ', null, 'Quý IV/2025'],
          [null, 'cho cán bộ cấp xã', null, null, null],
        ],
        {
          merges: [
            [1, 2, 3, 2],
            [4, 0, 5, 0],
          ],
        },
      ),
    );
    expect(summary(table).map((t) => [t.row, t.lead])).toEqual([
      [2, ['Văn phòng UBND tỉnh']],
      [3, ['Văn phòng UBND tỉnh']],
      [4, ['Văn phòng UBND tỉnh']],
      [5, ['Sở Nội vụ']],
    ]);
    expect(table.tasks[3]!.text).toBe('Tập huấn kỹ năng số cho cán bộ cấp xã');
  });

  it('lets only the deadline cell decide, whatever the task text says', () => {
    const table = only(gridOf([HEADER, ['1', 'Rà soát các hạng mục từ kinh phí thường xuyên, hoàn thành trước ngày 15/6/2025', 'Phòng Tài chính - Kế hoạch huyện', null, '2025']]));
    expect(table.tasks[0]!.deadline).toMatchObject({ kind: 'year', due: '2025-12-31' });
  });

  it('counts nothing done in a sheet without a status column', () => {
    const table = only(gridOf([HEADER, ['1', 'Đã hoàn thành việc rà soát', 'Sở Tư pháp', null, 'Tháng 9/2025']]));
    expect(table.tasks[0]).toMatchObject({ state: 'overdue', status: { text: null, done: false } });
  });
});

describe('sections become the group of the tasks under them', () => {
  it('reads roman, outline and parenthesised numbering, announced counts and nesting', () => {
    const table = only(
      gridOf(
        [
          HEADER,
          ['III.', 'CÁC NHIỆM VỤ CỤ THỂ'],
          ['2.', 'Nhiệm vụ, giải pháp cụ thể (28 nhiệm vụ)'],
          ['2.1.', 'Nhóm tham mưu công tác chỉ đạo, triển khai (02 nhiệm vụ)'],
          ['(1)', 'Làm sạch dữ liệu hộ tịch', 'Sở Tư pháp', 'Công an thành phố', 'Thường xuyên'],
          ['(2)', 'Kết nối hệ thống thông tin', 'Sở Khoa học và Công nghệ', null, 'Theo chỉ đạo của các bộ, ngành Trung ương'],
          ['2.2.', 'Nhóm thúc đẩy tiện ích Đề án 06/CP (09 nhiệm vụ)'],
          ['(1)', 'Nâng cao chất lượng dịch vụ công', 'Sở Khoa học và Công nghệ', null, 'Thường xuyên'],
          ['IV.', 'NHIỆM VỤ TRỌNG TÂM, ĐỘT PHÁ'],
          ['1.', 'Nhiệm vụ làm điểm tạo đột phá'],
          [null, 'Xây dựng dữ liệu hồ sơ giáo dục số', 'Sở Giáo dục và Đào tạo', null, 'Trong năm 2025'],
        ],
        { merges: [[1, 1, 1, 4]] },
      ),
    );
    expect(table.sections.map((s) => [s.label, s.parent, s.announcedCount])).toEqual([
      ['III. CÁC NHIỆM VỤ CỤ THỂ', null, null],
      ['2. Nhiệm vụ, giải pháp cụ thể (28 nhiệm vụ)', 0, 28],
      ['2.1. Nhóm tham mưu công tác chỉ đạo, triển khai (02 nhiệm vụ)', 1, 2],
      ['2.2. Nhóm thúc đẩy tiện ích Đề án 06/CP (09 nhiệm vụ)', 1, 9],
      ['IV. NHIỆM VỤ TRỌNG TÂM, ĐỘT PHÁ', null, null],
      ['1. Nhiệm vụ làm điểm tạo đột phá', 4, null],
    ]);
    expect(summary(table).map((t) => [t.stt, t.group?.slice(0, 4)])).toEqual([
      ['(1)', '2.1.'],
      ['(2)', '2.1.'],
      ['(1)', '2.2.'],
      [null, '1. N'],
    ]);
  });

  it('reads a heading written in one cell merged across the row', () => {
    const table = only(gridOf([HEADER, ['I. NHÓM NHIỆM VỤ CHUNG'], ['1', 'Rà soát thủ tục', 'Sở Tư pháp', null, 'Tháng 9/2025']], { merges: [[1, 0, 1, 4]] }));
    expect(table.sections[0]).toMatchObject({ stt: 'I.', title: 'NHÓM NHIỆM VỤ CHUNG' });
    expect(table.tasks[0]!.group).toBe('I. NHÓM NHIỆM VỤ CHUNG');
  });

  it('closes a group when a task is numbered like it ("8." after the group "7.")', () => {
    const table = only(
      gridOf([
        HEADER,
        ['7.', 'Tiếp tục hỗ trợ số hóa hồ sơ'],
        ['(1)', 'Hướng dẫn các đơn vị', 'Phòng Văn hóa - Xã hội phường', null, 'Thường xuyên'],
        ['8.', 'Rà soát hệ thống thông tin', 'Trung tâm Phục vụ hành chính công phường', null, '31/12/2025'],
      ]),
    );
    expect(summary(table).map((t) => [t.stt, t.group])).toEqual([
      ['(1)', '7. Tiếp tục hỗ trợ số hóa hồ sơ'],
      ['8.', null],
    ]);
  });

  it('takes a numbered row without lead or deadline, followed by a task of the same numbering, for a task missing its cells', () => {
    const table = only(gridOf([HEADER, ['1', 'Rà soát thủ tục'], ['2', 'Tập huấn', 'Sở Nội vụ', null, 'Quý IV/2025']]));
    expect(table.sections).toEqual([]);
    expect(summary(table).map((t) => [t.stt, t.lead])).toEqual([
      ['1', []],
      ['2', ['Sở Nội vụ']],
    ]);
  });
});

describe('several tables', () => {
  it('finds one table per sheet and infers a year-less sheet from the others', () => {
    const tables = recognise(
      gridOf([['Phụ lục I'], HEADER, ['1.', 'Tổ chức phiên họp', 'Sở Khoa học và Công nghệ', null, 'Quý IV']], { name: 'Phụ lục I' }),
      gridOf([['Phụ lục II'], HEADER, ['1.', 'Số hóa quy trình', 'Các Sở, ban, ngành', null, 'Tháng 9/2026']], { name: 'Phụ lục II' }),
    );
    expect(tables.map((t) => [t.sheet, t.planYear])).toEqual([
      ['Phụ lục I', 2026],
      ['Phụ lục II', 2026],
    ]);
    expect(tables[0]!.tasks[0]!.deadline).toMatchObject({ due: '2026-12-31', yearFromPlan: true });
  });

  it('skips a header repeated at a page break and starts a new table at a different header', () => {
    const tables = recognise(
      gridOf([
        HEADER,
        ['1', 'Rà soát', 'Sở Tư pháp', null, 'Tháng 9/2025'],
        HEADER,
        ['2', 'Tập huấn', 'Sở Nội vụ', null, 'Tháng 10/2025'],
        [],
        ['Phụ lục II'],
        ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời gian hoàn thành'],
        ['1.', 'Tổ chức phiên họp', 'Sở Khoa học và Công nghệ', null, 'Phiên họp', 'Hàng tháng'],
      ]),
    );
    expect(tables.map((t) => [t.headerRows, t.tasks.map((task) => task.stt)])).toEqual([
      [[0], ['1', '2']],
      [[6], ['1.']],
    ]);
  });

  it('reads only the sheet asked for', () => {
    const grids = [gridOf([HEADER, ['1', 'A', 'Sở Tư pháp', null, '2025']], { name: 'A' }), gridOf([HEADER, ['1', 'B', 'Sở Nội vụ', null, '2025']], { name: 'B' })];
    expect(recogniseWorkbook({ sheets: grids }, { asOf: AS_OF, sheet: 'B' }).map((t) => t.sheet)).toEqual(['B']);
  });
});

describe("the user's corrections of column roles", () => {
  const rows = [
    ['STT', 'Nhiệm vụ', 'Cơ quan', 'Thời hạn', 'Ghi chú'],
    ['1', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', 'Tháng 9/2025', 'Quý IV/2025'],
    ['STT', 'Nhiệm vụ', 'Cơ quan', 'Thời hạn', 'Ghi chú'],
    ['2', 'Tập huấn kỹ năng số', 'Sở Nội vụ', 'Tháng 10/2025', 'Quý IV/2025'],
  ];

  it('adds a role the header did not name, and moves a role to another column', () => {
    expect(only(gridOf(rows)).columns).toEqual({ stt: 0, task: 1, deadline: 3, note: 4 });
    const [table] = recogniseWorkbook({ sheets: [gridOf(rows)] }, { asOf: AS_OF, columns: { lead: 2, deadline: 4 } });
    expect(table!.columns).toEqual({ stt: 0, task: 1, lead: 2, deadline: 4 });
    expect(summary(table!).map((t) => [t.lead, t.deadline])).toEqual([
      [['Sở Tư pháp'], '2025-12-31'],
      [['Sở Nội vụ'], '2025-12-31'],
    ]);
  });
});

describe('robustness', () => {
  it('never throws on ragged rows, stray values and errors', () => {
    const rows: Value[][] = [[], ['   '], HEADER, [{ kind: 'error', code: '#REF!' }, 3.5, null, { kind: 'boolean', value: true }]];
    expect(() => recognise(gridOf(rows))).not.toThrow();
  });

  it('reads a lead cell written as a sentence into the lead and support units', () => {
    const [table] = recognise(gridOf([HEADER, ['1', 'Hướng dẫn chuyển đổi số', 'Sở KH&CN chủ trì hướng dẫn, tổng hợp; các sở, ngành phối hợp', 'Sở Tài chính', 'Quý IV/2025']]));
    const [task] = table!.tasks;
    expect(task!.lead.map((u) => u.name)).toEqual(['Sở KH&CN']);
    expect(task!.support.map((u) => [u.name, u.collective])).toEqual([
      ['Sở Tài chính', false],
      ['các sở, ngành', true],
    ]);
  });

  it('never reads a lead cell as empty when its sentence names units only with "phối hợp"', () => {
    const [table] = recognise(gridOf([HEADER, ['1', 'Rà soát thủ tục', 'Sở Tài chính phối hợp Sở Y tế', '', 'Quý IV/2025']]));
    expect(table!.tasks[0]!.lead.length).toBeGreaterThan(0);
    expect(table!.tasks[0]!.lead.map((u) => u.name).join('; ')).toContain('Sở Y tế');
  });
});

describe('the task key column of a template (issue 17)', () => {
  const rows: Value[][] = [
    ['KẾ HOẠCH SỐ HÓA HỒ SƠ NĂM 2025'],
    [...HEADER, 'Tình hình thực hiện'],
    ['I.', 'CÔNG TÁC CHỈ ĐẠO'],
    // Two spaces and no support unit: findings, so that "the same findings" means something.
    ['1', 'Ban hành  kế hoạch số hóa hồ sơ cán bộ', 'Sở Nội vụ', 'Sở Tư pháp', 'Tháng 10/2025', 'Đã hoàn thành'],
    ['2', 'Làm sạch dữ liệu hộ tịch', 'Sở Tư pháp', null, 'Quý IV/2025', 'Đang thực hiện'],
  ];
  const KEYS = ['1a2b3c4d-001', '1a2b3c4d-002'];
  /** The rows with the key column added at `col`: its header, and a key on each task row (none on the title and section rows). */
  const keyed = (col: number) =>
    rows.map((row, r) => {
      const value = r === 1 ? KEY_HEADER : r >= 3 ? KEYS[r - 3]! : null;
      const padded = [...row, ...Array<Value>(Math.max(0, col - row.length)).fill(null)];
      return [...padded.slice(0, col), value, ...padded.slice(col)];
    });
  const analyse = (grid: Grid) => checkWorkbook({ sheets: [grid] }, { asOf: AS_OF });

  it('reads the last column as the key, keeps each row’s key with its task, and changes nothing else', () => {
    const [plain] = analyse(gridOf(rows));
    const [withKey] = analyse(gridOf(keyed(6)));
    const { key, ...columns } = withKey!.table.columns;
    expect(key).toBe(6);
    expect(withKey!.table.tasks.map((t) => cellText(t.values.key))).toEqual(KEYS);
    const withoutKey = {
      ...withKey!.table,
      columns,
      tasks: withKey!.table.tasks.map(({ values: { key: _key, ...values }, ...task }) => ({ ...task, values })),
    };
    expect(withoutKey).toEqual(plain!.table);
    // No rule reads the key column, and a key column is no report column.
    expect(plain!.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['EXTRA_SPACES']));
    expect(withKey!.findings).toEqual(plain!.findings);
    expect(withKey!.unitReport).toEqual(plain!.unitReport);
  });

  it('never takes the key for the task, even in front of the task column', () => {
    const table = only(gridOf(keyed(0)));
    expect(table.columns).toMatchObject({ key: 0, stt: 1, task: 2 });
    expect(table.tasks.map((t) => [t.text, cellText(t.values.key)])).toEqual([
      ['Ban hành kế hoạch số hóa hồ sơ cán bộ', KEYS[0]],
      ['Làm sạch dữ liệu hộ tịch', KEYS[1]],
    ]);
  });
});
