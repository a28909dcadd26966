/**
 * Status columns as units write them (issue 14, review D2): the header variants, the combined
 * "Tình hình, kết quả thực hiện" column, a result or unnamed column holding status words, and
 * "Tiến độ", which is a deadline in a plan and a status in a report. Rows are seed 001's tasks.
 */
import { gridOf, type Value } from '../../../test/helpers/grids';
import { checkWorkbook } from '../check';
import { consolidate, readReport } from '../consolidate/consolidate';
import type { Grid } from '../grid';
import type { AppendixTable } from '../table';
import { recogniseWorkbook } from './recogniseWorkbook';

const AS_OF = '2025-11-14';
const PLAN_COLUMNS = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];
const CLEANING = 'Làm sạch dữ liệu hộ tịch, tái sử dụng dữ liệu đã số hóa';
const FILES = 'Số hóa hồ sơ cán bộ, công chức, viên chức';
const ACCOUNTS = 'Tuyên truyền, hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2';

/** A unit's report: letterhead, blank row, header (the plan's columns and `extra`), two tasks. */
function report(extra: string, done: Value, doing: Value): Grid {
  return gridOf([
    ['SỞ TƯ PHÁP'],
    [],
    [...PLAN_COLUMNS, extra],
    ['1', CLEANING, 'Sở Tư pháp', 'Công an thành phố', 'Quý III/2025', done],
    ['2', FILES, 'Sở Tư pháp', null, 'Tháng 9/2025', doing],
  ]);
}

function only(grid: Grid, columns?: Record<string, number>): AppendixTable {
  const tables = recogniseWorkbook({ sheets: [grid] }, { asOf: AS_OF, ...(columns ? { columns } : {}) });
  expect(tables).toHaveLength(1);
  return tables[0]!;
}

function findings(grid: Grid, lang: 'vi' | 'en' = 'vi') {
  return checkWorkbook({ sheets: [grid] }, { asOf: AS_OF, lang }).flatMap((a) => a.findings);
}

describe('status headers as units write them', () => {
  it.each([
    // header over column F, the roles F gets, whether status was read from the cells
    ['Tình hình thực hiện', ['status'], false],
    ['Tình hình, kết quả thực hiện', ['status', 'result'], false],
    ['Tình hình triển khai', ['status'], false],
    ['Mức độ hoàn thành', ['status'], false],
    ['Tình hình thực hiện đến 14/11/2025', ['status'], false],
    ['Kết quả thực hiện', ['result', 'status'], true],
    ['Kết quả thực hiện (đến ngày 14/11/2025)', ['result', 'status'], true],
    ['Kết quả thực hiện (đến ngày ...)', ['result', 'status'], true],
    ['Kết quả thực hiện đến tháng 11/2025', ['result', 'status'], true],
    ['Kết quả triển khai', ['result', 'status'], true],
    ['Tiến độ thực hiện', ['status'], true],
    ['Tiến độ', ['status'], true],
    ['Đánh giá', ['status'], true],
  ] as const)('"%s": column F is %j (read from its cells: %s)', (header, roles, guessed) => {
    const table = only(report(header, 'Đã hoàn thành', 'Đang thực hiện'));
    expect(
      Object.entries(table.columns)
        .filter(([, col]) => col === 5)
        .map(([role]) => role)
        .sort(),
    ).toEqual([...roles].sort());
    expect(table.columns.deadline).toBe(4);
    expect(table.guessed).toEqual(guessed ? ['status'] : undefined);
    expect(table.tasks.map((t) => [t.status.done, t.state])).toEqual([
      [true, 'done_on_time'],
      [false, 'overdue'],
    ]);
  });

  it('reads the combined column as the status, its completion day, and the result', () => {
    const table = only(report('Tình hình, kết quả thực hiện', 'Đã hoàn thành ngày 25/9/2025 (Báo cáo số 45/BC-SNV)', 'Đang thực hiện, dự kiến hoàn thành 30/12/2025'));
    const [done, doing] = table.tasks;
    expect(done!.status).toMatchObject({ done: true, known: true, completedOn: '2025-09-25' });
    expect(done!.values.result).toEqual({ kind: 'text', text: 'Đã hoàn thành ngày 25/9/2025 (Báo cáo số 45/BC-SNV)' });
    expect(done!.state).toBe('done_on_time');
    // A date a not-done status plans for is no completion day.
    expect(doing!.status).toMatchObject({ done: false, completedOn: null });
    const codes = findings(report('Tình hình, kết quả thực hiện', 'Đã hoàn thành ngày 25/9/2025 (Báo cáo số 45/BC-SNV)', 'Đang thực hiện')).map((f) => f.code);
    expect(codes).not.toContain('DONE_WITHOUT_DATE');
    expect(codes).not.toContain('DONE_WITHOUT_EVIDENCE');
    expect(codes).not.toContain('STATUS_COLUMN_GUESSED');
  });

  it('says which column it took as the status, with its letter and header (review D2)', () => {
    const grid = gridOf([['SỞ TƯ PHÁP'], [], [...PLAN_COLUMNS, 'Kết quả thực hiện'], ['1', CLEANING, 'Sở Tư pháp', null, 'Quý III/2025', 'Đã hoàn thành']]);
    expect(only(grid).tasks[0]!.state).toBe('done_on_time');
    const guessed = findings(grid).find((f) => f.code === 'STATUS_COLUMN_GUESSED')!;
    expect(guessed).toMatchObject({ severity: 'warning', cell: 'F3' });
    expect(guessed.message).toBe(
      'Bảng không có cột "Tình hình thực hiện"; cột F ("Kết quả thực hiện") ghi các tình trạng (Đã hoàn thành, Đang thực hiện ...) nên được đọc là cột tình trạng. Nếu không đúng, chỉ lại cột tình trạng; nên đặt tiêu đề cột là "Tình hình thực hiện".',
    );
    expect(findings(grid, 'en').find((f) => f.code === 'STATUS_COLUMN_GUESSED')!.message).toContain('column F ("Kết quả thực hiện")');
  });

  it('prefers the column of bare status words to a result column whose prose opens with one', () => {
    const table = only(
      gridOf([
        [...PLAN_COLUMNS, 'Kết quả thực hiện', 'Đánh giá'],
        ['1', CLEANING, 'Sở Tư pháp', null, 'Quý III/2025', 'Đã ban hành Kế hoạch số 12/KH-STP', 'Hoàn thành'],
        ['2', FILES, 'Sở Tư pháp', null, 'Tháng 9/2025', 'Đã ban hành Công văn số 98/STP-HCTP', 'Chưa hoàn thành'],
      ]),
    );
    expect(table.columns).toMatchObject({ result: 5, status: 6 });
    expect(table.tasks.map((t) => t.state)).toEqual(['done_on_time', 'overdue']);
  });

  it('reads a "Mức độ hoàn thành" typed as percentages (Excel keeps 100% as the number 1)', () => {
    const percent = (value: number): Value => ({ kind: 'number', value, format: '0%' });
    const table = only(report('Mức độ hoàn thành', percent(1), percent(0.6)));
    expect(table.tasks.map((t) => [t.status.text, t.status.progress, t.state])).toEqual([
      ['100%', 100, 'done_on_time'],
      ['60%', 60, 'overdue'],
    ]);
  });

  it('leaves a result column of prose as the result, and nothing done', () => {
    const table = only(report('Kết quả thực hiện', 'Đã tích hợp 85% hồ sơ lên Kho dữ liệu', 'Số hoá 12.000 hồ sơ'));
    expect(table.columns).toMatchObject({ result: 5 });
    expect(table.columns.status).toBeUndefined();
    expect(table.guessed).toBeUndefined();
    expect(table.tasks.every((t) => !t.status.done)).toBe(true);
  });

  it('takes the column the user names, and guesses nothing then', () => {
    const grid = report('Kết quả thực hiện', 'Đã hoàn thành', 'Đang thực hiện');
    expect(only(grid, { result: 5 }).columns.status).toBeUndefined();
    const named = only(grid, { status: 5 });
    expect(named.columns.status).toBe(5);
    expect(named.guessed).toBeUndefined();
  });

  it('reads every status word of a guessed column, and says which ones it does not understand', () => {
    const grid = gridOf([
      [...PLAN_COLUMNS, 'Kết quả thực hiện'],
      ['1', CLEANING, 'Sở Tư pháp', null, 'Quý III/2025', 'HT'],
      ['2', FILES, 'Sở Nội vụ', null, 'Tháng 9/2025', 'Đã HT'],
      ['3', ACCOUNTS, 'Công an thành phố', null, 'Tháng 9/2025', 'Đang TH'],
      ['4', 'Cập nhật dữ liệu dân cư', 'Công an thành phố', null, 'Tháng 9/2025', 'Tạm ổn'],
    ]);
    const table = only(grid);
    expect(table.guessed).toEqual(['status']);
    expect(table.tasks.map((t) => t.state)).toEqual(['done_on_time', 'done_on_time', 'overdue', 'overdue']);
    expect(
      findings(grid)
        .filter((f) => f.code === 'UNKNOWN_STATUS')
        .map((f) => f.cell),
    ).toEqual(['F5']);
  });
});

describe('"Tiến độ": a deadline in a plan, a status in a report', () => {
  const PLAN_HEADER = ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Tiến độ'];

  it('keeps a plan\'s "Tiến độ" of deadlines as the deadline, "Hoàn thành trước ..." included', () => {
    const table = only(
      gridOf([
        PLAN_HEADER,
        ['1', CLEANING, 'Sở Tư pháp', 'Công an thành phố', 'Hoàn thành trước 30/9/2025'],
        ['2', FILES, 'Sở Nội vụ', null, 'Quý IV/2025'],
        ['3', ACCOUNTS, 'Công an thành phố', null, 'Thường xuyên'],
        ['4', 'Rà soát thủ tục hành chính', 'Văn phòng UBND thành phố', null, 'Hoàn thành trong tháng 6/2025'],
      ]),
    );
    expect(table.columns).toEqual({ stt: 0, task: 1, lead: 2, support: 3, deadline: 4 });
    expect(table.guessed).toBeUndefined();
    expect(table.tasks.map((t) => t.deadline.due ?? t.deadline.kind)).toEqual(['2025-09-30', '2025-12-31', 'recurring', '2025-06-30']);
    expect(table.tasks.every((t) => !t.status.done)).toBe(true);
  });

  it('keeps a "Tiến độ" that says only "Thường xuyên" as the deadline', () => {
    const table = only(gridOf([PLAN_HEADER, ['1', CLEANING, 'Sở Tư pháp', null, 'Thường xuyên'], ['2', FILES, 'Sở Nội vụ', null, 'Thường xuyên']]));
    expect(table.columns.deadline).toBe(4);
    expect(table.columns.status).toBeUndefined();
  });

  it('reads a report\'s "Tiến độ thực hiện" of status words as the status, and the deadline from "Thời hạn hoàn thành"', () => {
    const table = only(
      gridOf([
        ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Tiến độ thực hiện', 'Thời hạn hoàn thành'],
        ['1', CLEANING, 'Sở Tư pháp', 'Đã hoàn thành', 'Quý III/2025'],
        ['2', FILES, 'Sở Nội vụ', 'Đang triển khai', 'Tháng 9/2025'],
        ['3', ACCOUNTS, 'Công an thành phố', 'Chưa thực hiện', '31/12/2025'],
      ]),
    );
    expect(table.columns).toEqual({ stt: 0, task: 1, lead: 2, status: 3, deadline: 4 });
    expect(table.guessed).toEqual(['status']);
    expect(table.tasks.map((t) => t.state)).toEqual(['done_on_time', 'overdue', 'on_track']);
  });

  it('reads a report\'s only "Tiến độ" column of status words as the status, with no deadline', () => {
    const table = only(
      gridOf([
        ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Tiến độ'],
        ['1', CLEANING, 'Sở Tư pháp', null, 'Đã hoàn thành'],
        ['2', FILES, 'Sở Nội vụ', null, 'Đang triển khai'],
      ]),
    );
    expect(table.columns).toEqual({ stt: 0, task: 1, lead: 2, support: 3, status: 4 });
    expect(table.tasks.map((t) => t.state)).toEqual(['done_on_time', 'no_deadline']);
  });
});

describe('consolidating reports whose status is not under "Tình hình thực hiện" (review D2)', () => {
  const plan = recogniseWorkbook(
    {
      sheets: [
        gridOf([
          ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
          ['(5)', FILES, 'Sở Nội vụ', 'Tháng 9/2025'],
        ]),
      ],
    },
    { asOf: AS_OF },
  );
  const unitFile = (header: string, status: string) =>
    readReport(
      'so-noi-vu.xlsx',
      { sheets: [gridOf([['Đơn vị: Sở Nội vụ'], [], ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', header], ['(5)', FILES, 'Sở Nội vụ', 'Tháng 9/2025', status]])] },
      {
        asOf: AS_OF,
        planYear: 2025,
        lang: 'vi',
      },
    );

  it.each(['Tình hình, kết quả thực hiện', 'Kết quả thực hiện (đến ngày 14/11/2025)', 'Kết quả thực hiện'])('counts the task done from "%s", with its day and text', (header) => {
    const result = consolidate(plan, [unitFile(header, 'Đã hoàn thành ngày 25/9/2025 (Báo cáo số 45/BC-SNV)')], { asOf: AS_OF, lang: 'vi' });
    expect(result.tasks[0]!.state).toBe('done_on_time');
    expect(result.tasks[0]!.status.completedOn).toBe('2025-09-25');
    expect(result.tasks[0]!.lead.map((r) => [r.status.text, r.result])).toEqual([
      ['Đã hoàn thành ngày 25/9/2025 (Báo cáo số 45/BC-SNV)', 'Đã hoàn thành ngày 25/9/2025 (Báo cáo số 45/BC-SNV)'],
    ]);
  });
});
