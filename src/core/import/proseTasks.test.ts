import { looksPrinted, paragraphsOf, paragraphsOfLines } from './paragraphs';
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
    expect(rows).toEqual([
      {
        kind: 'task',
        stt: '8.',
        text: 'Nâng cấp hệ thống:\n(1) Duy trì dịch vụ công\n(2) Cung cấp kết quả điện tử',
        lead: 'Trung tâm Phục vụ hành chính công',
        support: '',
        deadline: '',
      },
    ]);
  });

  it('checks a group’s announced count against the tasks found under it', () => {
    const { counts } = tasks('2.1. Nhóm tham mưu (03 nhiệm vụ)\n(1) Việc một\n- Chủ trì: Sở Tư pháp.\n(2) Việc hai\n- Chủ trì: Sở Nội vụ.');
    expect(counts).toEqual([{ heading: '2.1. Nhóm tham mưu (03 nhiệm vụ)', announced: 3, found: 2 }]);
  });
});

describe('printed lines', () => {
  it('drops page numbers, a running header next to them, and the PDF’s list of the links the text shows', () => {
    const lines = [
      'Chủ trì, phối hợp các đơn vị liên quan khẩn trương định danh vị trí việc làm của',
      'cán bộ công chức trong giải quyết thủ tục hành chính; tập huấn tại trang',
      '2',
      'Kế hoạch số 12/KH-UBND',
      'https://dean06.vn/auth/login ngay trong tháng 7/2025.',
      'https://dean06.vn/auth/login',
      '- 3 -',
      'Kế hoạch số 12/KH-UBND',
      'Trang 4/9',
    ];
    expect(paragraphsOfLines(lines.map((text) => ({ text })))).toEqual([
      'Chủ trì, phối hợp các đơn vị liên quan khẩn trương định danh vị trí việc làm của cán bộ công chức trong giải quyết thủ tục hành chính; tập huấn tại trang https://dean06.vn/auth/login ngay trong tháng 7/2025.',
    ]);
  });

  it('ends a paragraph where the page says so (a short or an indented line), and at a letter’s "./."', () => {
    const lines = [
      { text: 'Kinh phí thực hiện Kế hoạch do ngân sách nhà nước bảo đảm', short: false },
      { text: 'theo phân cấp.', short: true },
      { text: 'Yêu cầu các sở, ban, ngành khẩn trương triển khai thực hiện./.', short: false },
      { text: 'Nơi nhận:', short: true },
      { text: 'Căn cứ chức năng, nhiệm vụ được phân công, các sở, ban, ngành', indented: true, short: false },
    ];
    expect(paragraphsOfLines(lines)).toEqual([
      'Kinh phí thực hiện Kế hoạch do ngân sách nhà nước bảo đảm theo phân cấp.',
      'Yêu cầu các sở, ban, ngành khẩn trương triển khai thực hiện./.',
      'Nơi nhận:',
      'Căn cứ chức năng, nhiệm vụ được phân công, các sở, ban, ngành',
    ]);
  });

  it('tells a Word document converted from a PDF (a paragraph per printed line) from one written in Word', () => {
    const printed = [
      '1.1. Các sở, ngành tái cấu trúc quy trình để cắt giảm, không yêu cầu người',
      'dân phải nộp những giấy tờ khi dữ liệu đã được số hóa, nghiên cứu đưa vào',
      'tái sử dụng phục vụ cắt giảm các thủ tục hành chính về cư trú.',
    ];
    expect(looksPrinted([...printed, ...printed, ...printed])).toBe(true);
    expect(looksPrinted(paragraphsOf([...printed, ...printed, ...printed].join('\n')))).toBe(false);
  });
});

describe('proseTasks: lettered items and broken labels (Bộ Tư pháp’s plan)', () => {
  it('numbers tasks "a)" under their group, and a label broken before a bullet goes on in its value', () => {
    const { rows } = tasks(
      [
        '8. Công tác kiểm tra, sơ kết',
        'a) Phối hợp tổ chức hội thảo',
        '- Đơn vị chủ trì: Vụ Các vấn đề chung về xây dựng pháp luật.',
        '- Đơn vị phối hợp: Văn phòng Bộ, Vụ Tổ chức',
        '- cán bộ, Vụ Pháp luật quốc tế.',
        '- Thời gian thực hiện: Quý IV/2015.',
      ].join('\n'),
    );
    expect(rows).toEqual([
      { kind: 'section', stt: '8.', text: 'Công tác kiểm tra, sơ kết', lead: '', support: '', deadline: '' },
      {
        kind: 'task',
        stt: 'a)',
        text: 'Phối hợp tổ chức hội thảo',
        lead: 'Vụ Các vấn đề chung về xây dựng pháp luật',
        support: 'Văn phòng Bộ, Vụ Tổ chức cán bộ, Vụ Pháp luật quốc tế',
        deadline: 'Quý IV/2015',
      },
    ]);
  });
});
