import { paragraphsOf } from './paragraphs';
import { proseTasks } from './proseTasks';

const tasks = (text: string) => proseTasks(paragraphsOf(text), '31/12/2025');

describe('paragraphsOf', () => {
  it('joins a PDF’s broken lines, drops page numbers, and starts a paragraph at an item, a label or after a short line', () => {
    const text = [
      '(1) Làm sạch dữ liệu hộ tịch, tái sử dụng dữ liệu đã số hóa phục vụ cắt giảm,',
      '',
      'thủ tục hành chính trên địa bàn thành phố, bảo đảm đúng tiến độ đề ra của',
      '12',
      'kế hoạch.',
      'Cơ quan chủ trì: Sở Tư pháp.',
      'Nhiệm vụ làm điểm',
      'Triển khai xây dựng dữ liệu về hồ sơ giáo dục số phục vụ quản lý nhà nước.',
    ].join('\n');
    expect(paragraphsOf(text)).toEqual([
      '(1) Làm sạch dữ liệu hộ tịch, tái sử dụng dữ liệu đã số hóa phục vụ cắt giảm, thủ tục hành chính trên địa bàn thành phố, bảo đảm đúng tiến độ đề ra của kế hoạch.',
      'Cơ quan chủ trì: Sở Tư pháp.',
      'Nhiệm vụ làm điểm',
      'Triển khai xây dựng dữ liệu về hồ sơ giáo dục số phục vụ quản lý nhà nước.',
    ]);
  });
});

describe('proseTasks', () => {
  it('takes lead, support and deadline from labelled lines, bullets or not, OCR spellings too', () => {
    const { rows } = tasks('1. Rà soát thủ tục\n- Chu tri thyc hién: Sở Tư pháp.\nPhối hợp thực hiện: Sở Nội vụ\n+ Thời hạn: Quý IV/2025.');
    expect(rows).toEqual([{ kind: 'task', stt: '1.', text: 'Rà soát thủ tục', lead: 'Sở Tư pháp', support: 'Sở Nội vụ', deadline: 'Quý IV/2025' }]);
  });

  it('does not take a numbered line with a colon for a label', () => {
    expect(tasks('II. PHẠM VI\n2. Thời gian thực hiện: Từ 01/9/2025 đến 31/12/2025.').rows).toEqual([]);
  });

  it('keeps a task’s unlabelled parts in its row when one set of labels follows them', () => {
    const { rows } = tasks('8. Nâng cấp hệ thống:\n(1) Duy trì dịch vụ công\n(2) Cung cấp kết quả điện tử\n- Chủ trì: Trung tâm Phục vụ hành chính công.');
    expect(rows).toEqual([{ kind: 'task', stt: '8.', text: 'Nâng cấp hệ thống:\n(1) Duy trì dịch vụ công\n(2) Cung cấp kết quả điện tử', lead: 'Trung tâm Phục vụ hành chính công', support: '', deadline: '' }]);
  });

  it('checks a group’s announced count against the tasks found under it', () => {
    const { counts } = tasks('2.1. Nhóm tham mưu (03 nhiệm vụ)\n(1) Việc một\n- Chủ trì: Sở Tư pháp.\n(2) Việc hai\n- Chủ trì: Sở Nội vụ.');
    expect(counts).toEqual([{ heading: '2.1. Nhóm tham mưu (03 nhiệm vụ)', announced: 3, found: 2 }]);
  });
});
