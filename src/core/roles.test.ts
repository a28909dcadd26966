import { KEY_HEADER } from './cycle/identity';
import { matchHeader, type Role } from './roles';

describe('header words of domain.md name their roles', () => {
  const headers: [string, Role][] = [
    ['STT', 'stt'],
    ['TT', 'stt'],
    ['Số TT', 'stt'],
    ['Nhiệm vụ', 'task'],
    ['NHIỆM VỤ', 'task'],
    ['Tên nhiệm vụ', 'task'],
    ['Nội dung', 'task'],
    ['Nội dung nhiệm vụ', 'task'],
    ['Nội dung công việc', 'task'],
    ['Nhiệm vụ, giải pháp', 'task'],
    ['Nội dung, nhiệm vụ', 'task'],
    ['Đơn vị chủ trì', 'lead'],
    ['Cơ quan chủ trì', 'lead'],
    ['Cơ quan \nchủ trì', 'lead'],
    ['Chủ trì', 'lead'],
    ['Chủ trì thực hiện', 'lead'],
    ['Đơn vị thực hiện', 'lead'],
    ['Cơ quan thực hiện', 'lead'],
    ['Đơn vị phối hợp', 'support'],
    ['Cơ quan phối hợp', 'support'],
    ['Phối hợp', 'support'],
    ['Phối hợp thực hiện', 'support'],
    ['Thời gian hoàn thành', 'deadline'],
    ['THỜI GIAN \nHOÀN THÀNH', 'deadline'],
    ['Thời hạn hoàn thành', 'deadline'],
    ['Thời gian (Thời hạn) hoàn thành', 'deadline'],
    ['Thời gian thực hiện', 'deadline'],
    ['Thời hạn', 'deadline'],
    ['Tiến độ', 'deadline'],
    ['Kết quả', 'expected'],
    ['Dự kiến kết quả', 'expected'],
    ['(Dự kiến) Kết quả', 'expected'],
    ['Sản phẩm', 'expected'],
    ['Kết quả/sản phẩm', 'expected'],
    ['Lưu ý', 'note'],
    ['Ghi chú', 'note'],
    ['Tình hình thực hiện', 'status'],
    ['Tình trạng', 'status'],
    ['Trạng thái', 'status'],
    ['Kết quả thực hiện', 'result'],
    ['Ngày hoàn thành', 'completed'],
    ['Ngày hoàn thành thực tế', 'completed'],
    ['Khó khăn, vướng mắc', 'difficulties'],
    ['Đề xuất, kiến nghị', 'proposals'],
  ];
  it.each(headers)('%j → %s', (text, role) => {
    expect(matchHeader(text)?.role).toBe(role);
  });
});

describe('report columns as units title them (issue 14)', () => {
  it.each([
    ['Tình hình triển khai', 'status', undefined],
    ['Tình hình, kết quả thực hiện', 'status', 'result'],
    ['Tình hình và kết quả thực hiện', 'status', 'result'],
    ['Mức độ hoàn thành', 'status', undefined],
    ['Tình hình thực hiện đến 14/11/2025', 'status', undefined],
    ['Kết quả thực hiện (đến ngày 14/11/2025)', 'result', undefined],
    ['Kết quả thực hiện (đến ngày ...)', 'result', undefined],
    ['Kết quả thực hiện (số liệu tính đến ngày 14/11/2025)', 'result', undefined],
    ['Kết quả thực hiện đến tháng 11/2025', 'result', undefined],
    // A deadline by its title; the cells decide in a report (recognise/statusColumn.ts).
    ['Tiến độ thực hiện', 'deadline', undefined],
    ['Tiến độ', 'deadline', undefined],
  ] as const)('%j → %s (also %s)', (text, role, also) => {
    expect(matchHeader(text)).toMatchObject({ role });
    expect(matchHeader(text)?.also).toBe(also);
  });

  it('names no role for "Đánh giá": its cells decide', () => {
    expect(matchHeader('Đánh giá')).toBeNull();
  });
});

describe('headers without diacritics and with OCR noise', () => {
  it.each([
    ['Chu tri thuc hien', 'lead'],
    ['Chu tri thuc hién', 'lead'],
    ['Cha tri thyc hién', 'lead'],
    ['Phéi hop thuc hién', 'support'],
    ['Thoi gian hoan thanh', 'deadline'],
    ['Noi dung nhiém vu', 'task'],
    ['DON VI CHU TRI', 'lead'],
  ] as const)('%j → %s', (text, role) => {
    expect(matchHeader(text)?.role).toBe(role);
  });
});

describe('what is not a header', () => {
  it('prefers the longer phrase: the actual completion date is not the deadline', () => {
    expect(matchHeader('Thời gian hoàn thành thực tế')?.role).toBe('completed');
  });

  it.each(['Sở Khoa học và Công nghệ chủ trì, phối hợp với Công an tỉnh tổ chức kiểm tra', 'Sở Tư pháp', 'Tháng 4/2025', 'Phiên họp, hội nghị', ''])('%j names no role', (text) => {
    expect(matchHeader(text)).toBeNull();
  });
});

describe('titles of other ministries and provinces (issue 16)', () => {
  it.each([
    ['NHIỆM VỤ VÀ GIẢI PHÁP', 'task'],
    ['Nội dung/nhiệm vụ', 'task'],
    ['Tên đề án', 'task'],
    ['Tên đề án ưu tiên', 'task'],
    ['Tên dự án, nhiệm vụ', 'task'],
    ['TÊN GỌI VĂN BẢN', 'task'],
    ['Danh mục văn bản', 'task'],
    ['Nội dung hoạt động', 'task'],
    ['Chỉ tiêu', 'task'],
    ['Cơ quan soạn thảo', 'lead'],
    ['Cơ quan chủ trì soạn thảo', 'lead'],
    ['Đơn vị đầu mối', 'lead'],
    ['Cơ quan, đơn vị thực hiện', 'lead'],
    ['CHỦ TRÌ', 'lead'],
    ['PHỐI HỢP', 'support'],
    ['Cơ quan, đơn vị phối hợp', 'support'],
    ['THỜI GIAN', 'deadline'],
    ['Ngày dự kiến trình ban hành', 'deadline'],
    ['Ngày dự kiến trình', 'deadline'],
    ['Thời gian dự kiến hoàn thành', 'deadline'],
    ['Sản phẩm đầu ra', 'expected'],
    ['Hình thức văn bản', 'expected'],
    ['Mô tả', 'description'],
  ] as const)('%j → %s', (text, role) => {
    expect(matchHeader(text)?.role).toBe(role);
  });

  it('marks task titles that do not name a task, so a column that does is preferred', () => {
    expect(['Nội dung chính', 'Nội dung', 'Chỉ tiêu'].map((t) => matchHeader(t)?.weak)).toEqual([true, true, true]);
    expect(['Tên dự án, nhiệm vụ', 'Nhiệm vụ', 'Nội dung công việc'].map((t) => matchHeader(t)?.weak)).toEqual([undefined, undefined, undefined]);
  });

  it.each(['Người đứng đầu chịu trách nhiệm', 'Người xử lý', 'Lãnh đạo chủ trì', 'Cán bộ phụ trách', 'Lãnh đạo phụ trách'])('%j names a person, no role', (text) => {
    expect(matchHeader(text)).toBeNull();
  });
});

describe('the task key column of a template (issue 17)', () => {
  it.each([KEY_HEADER, 'MÃ NHIỆM VỤ (PHULUC)', 'Ma nhiem vu (phuluc)'])('%j is the key, not the task its "nhiệm vụ" would make it', (text) => {
    expect(matchHeader(text)).toMatchObject({ role: 'key', length: 4 });
  });

  it('leaves an office’s own "Mã nhiệm vụ" as it was: only phuluc’s header is its key', () => {
    expect(matchHeader('Mã nhiệm vụ')?.role).toBe('task');
  });
});
