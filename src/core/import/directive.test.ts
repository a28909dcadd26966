import { deadlineIn, directiveTasks, leadingUnits, unitHeading } from './directive';

describe('unitHeading', () => {
  it('reads a heading made of units, with "Giao" before them, "chủ trì, phối hợp với" after, or the task after a colon', () => {
    expect(unitHeading('Công an thành phố')).toEqual({ lead: 'Công an thành phố', support: [], inline: '' });
    expect(unitHeading('Giao các sở, ban, ngành và Ủy ban nhân dân cấp xã')).toEqual({ lead: 'Các sở, ban, ngành và Ủy ban nhân dân cấp xã', support: [], inline: '' });
    expect(unitHeading('Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành, địa phương:')).toEqual({
      lead: 'Sở Khoa học và Công nghệ',
      support: ['các sở, ngành, địa phương'],
      inline: '',
    });
    expect(unitHeading('Sở Nội vụ: tổ chức tập huấn trong tháng 7/2025.')).toEqual({ lead: 'Sở Nội vụ', support: [], inline: 'tổ chức tập huấn trong tháng 7/2025.' });
  });

  it('is not a heading when it is a task ("... chủ trì, phối hợp ... bố trí ngân sách") or a topic', () => {
    expect(unitHeading('Sở Tài chính chủ trì, phối hợp các cơ quan liên quan ưu tiên bố trí nguồn ngân sách theo quy định')).toBeNull();
    expect(unitHeading('Về công tác tuyên truyền')).toBeNull();
    expect(unitHeading('Quán triệt đầy đủ vai trò, ý nghĩa quan trọng của Đề án 06')).toBeNull();
  });
});

describe('leadingUnits', () => {
  it('stops the list where what the units do begins, but keeps an action that is a unit’s name', () => {
    expect(leadingUnits('Sở Khoa học và Công nghệ hướng dẫn, kiểm tra, giám sát')?.units).toBe('Sở Khoa học và Công nghệ');
    expect(leadingUnits('các sở, ngành, đơn vị có liên quan và Ủy ban nhân dân cấp xã tổ chức tuyên truyền')?.units).toBe(
      'các sở, ngành, đơn vị có liên quan và Ủy ban nhân dân cấp xã',
    );
    expect(leadingUnits('Cục Kiểm tra văn bản quy phạm pháp luật rà soát')?.units).toBe('Cục Kiểm tra văn bản quy phạm pháp luật');
    expect(leadingUnits('các cơ quan, tổ chức có liên quan triển khai')?.units).toBe('các cơ quan, tổ chức có liên quan');
  });
});

describe('deadlineIn', () => {
  it('finds the phrase of time in a task’s text, dated before recurring, as written', () => {
    expect(deadlineIn('cấp bổ sung tài khoản, tổ chức tập huấn ngay trong tháng 7/2025.')).toBe('Ngay trong tháng 7/2025');
    expect(deadlineIn('tổng hợp báo cáo trước 10h00 thứ Năm hàng tuần')).toBe('Trước 10h00 thứ Năm hàng tuần');
    expect(deadlineIn('báo cáo về Tổ công tác vào thứ Năm hàng tuần qua phần mềm')).toBe('Vào thứ Năm hàng tuần');
    expect(deadlineIn('hoàn thành trước ngày 15/8/2025; báo cáo định kỳ hàng tháng')).toBe('Hoàn thành trước ngày 15/8/2025');
    expect(deadlineIn('bố trí cán bộ trực thường xuyên, khắc phục ngay các lỗ hổng')).toBe('');
  });
});

describe('directiveTasks', () => {
  it('makes each item under a unit’s section a task led by it, one paragraph a task with the section’s number, until the letter closes', () => {
    const rows = directiveTasks([
      'Chủ tịch Ủy ban nhân dân thành phố yêu cầu thực hiện một số nội dung như sau:',
      '1. Sở Nội vụ',
      'Chủ trì, phối hợp các đơn vị liên quan tổ chức tập huấn ngay trong tháng 7/2025.',
      '2. Công an thành phố',
      'a) Chủ trì, phối hợp Sở Y tế kiểm tra an ninh mạng.',
      'Báo cáo kết quả về Ủy ban nhân dân thành phố.',
      'b) Tổng hợp báo cáo vào thứ Năm hàng tuần.',
      'Yêu cầu các sở, ban, ngành khẩn trương triển khai thực hiện./.',
      '- Lưu: VT.',
    ]);
    expect(rows).toEqual([
      {
        kind: 'task',
        stt: '1.',
        text: 'Chủ trì, phối hợp các đơn vị liên quan tổ chức tập huấn ngay trong tháng 7/2025.',
        lead: 'Sở Nội vụ',
        support: 'các đơn vị liên quan',
        deadline: 'Ngay trong tháng 7/2025',
      },
      { kind: 'section', stt: '2.', text: 'Công an thành phố', lead: '', support: '', deadline: '' },
      {
        kind: 'task',
        stt: 'a)',
        text: 'Chủ trì, phối hợp Sở Y tế kiểm tra an ninh mạng.\nBáo cáo kết quả về Ủy ban nhân dân thành phố.',
        lead: 'Công an thành phố',
        support: 'Sở Y tế',
        deadline: '',
      },
      { kind: 'task', stt: 'b)', text: 'Tổng hợp báo cáo vào thứ Năm hàng tuần.', lead: 'Công an thành phố', support: '', deadline: 'Vào thứ Năm hàng tuần' },
    ]);
  });
});
