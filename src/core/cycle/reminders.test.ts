import { cycleConsolidation } from '../../../test/helpers/cycleConsolidation';
import { reminderDocument, reminderFileName, reminders, REPORT_BY_BLANK } from './reminders';

const { result, heading } = cycleConsolidation();
const PLAN = 'KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06 NĂM 2025 (Những tháng cuối năm 2025 - số liệu tính đến ngày 14/11/2025)';

describe('reminders for the Hải Phòng plan consolidated with its units’ files', () => {
  const sent = reminders(result, heading, { lang: 'vi' });
  const to = (unit: string) => sent.find((r) => r.unit === unit)!;

  it('goes to every named lead unit that has not reported, then to those whose own report leaves a task overdue', () => {
    expect(sent.map((r) => [r.unit, r.notReported])).toEqual([...result.notSubmitted.map((n) => [n.unit, true]), ['Sở Nội vụ', false]]);
    // Collectives are never chased; Công an thành phố reported and has nothing overdue; Sở Tư pháp reported
    // 2.7 done, so its co-lead Tòa án nhân dân thành phố alone is chased for it.
    expect(sent.map((r) => r.unit)).not.toEqual(expect.arrayContaining(['Các sở, ban, ngành và địa phương']));
    expect(sent.map((r) => r.unit)).not.toEqual(expect.arrayContaining(['Công an thành phố']));
    expect(sent.map((r) => r.unit)).not.toEqual(expect.arrayContaining(['Sở Tư pháp']));
    expect(to('Tòa án nhân dân thành phố').tasks.map((t) => [t.stt, t.daysOverdue])).toEqual([
      ['(3)', null],
      ['2.7.', 45],
    ]);
  });

  it('names a silent unit’s every task with its deadline and days overdue, and leaves the report-by day blank to fill', () => {
    expect(to('Sở Tài chính').text).toBe(
      [
        'Kính gửi: Sở Tài chính',
        `Đến nay chưa nhận được báo cáo của đơn vị về tình hình thực hiện ${PLAN} (số liệu tính đến ngày 14/11/2025).`,
        'Đơn vị chủ trì 1 nhiệm vụ, trong đó 1 nhiệm vụ đã quá hạn:',
        '1. 2.6. Triển khai thực hiện làm sạch dữ liệu để cấp tài khoản định danh điện tử cho cơ quan, tổ chức. – thời hạn: Trước 15/9/2025; quá hạn 60 ngày.',
        `Đề nghị đơn vị gửi báo cáo trước ngày ${REPORT_BY_BLANK}.`,
      ].join('\n'),
    );
    expect(to('Sở Y tế').tasks.map((t) => [t.deadline, t.daysOverdue])).toEqual([
      ['Thường xuyên', null],
      ['Thường xuyên', null],
    ]);
  });

  it('chases a unit that reported for the task its report leaves overdue, with the day asked for', () => {
    const [home] = reminders(result, heading, { lang: 'vi', reportBy: '2025-11-20' }).filter((r) => r.unit === 'Sở Nội vụ');
    expect(home!.lines).toEqual([
      'Kính gửi: Sở Nội vụ',
      `Tính đến ngày 14/11/2025, 1 nhiệm vụ do đơn vị chủ trì trong ${PLAN} đã quá hạn nhưng chưa được báo cáo hoàn thành:`,
      '1. (5) Số hóa hồ sơ cán bộ, công chức, viên chức phục vụ xây dựng Cơ sở dữ liệu về cán bộ, công chức, viên chức trong các cơ quan nhà nước, kết nối, chia sẻ với Cơ sở dữ liệu quốc gia về dân cư. – thời hạn: Tháng 9/2025 (hạn cuối 30/09/2025); quá hạn 45 ngày.',
      'Đề nghị đơn vị khẩn trương hoàn thành và báo cáo kết quả trước ngày 20/11/2025.',
    ]);
  });

  it('is in English with lang en', () => {
    const [finance] = reminders(result, heading, { lang: 'en', reportBy: '2025-11-20' }).filter((r) => r.unit === 'Sở Tài chính');
    expect(finance!.lines).toEqual([
      'To: Sở Tài chính',
      `No report has been received from your unit on the implementation of ${PLAN} (figures as of 14/11/2025).`,
      'Your unit leads 1 task, 1 of them overdue:',
      '1. 2.6. Triển khai thực hiện làm sạch dữ liệu để cấp tài khoản định danh điện tử cho cơ quan, tổ chức. – deadline: Trước 15/9/2025; 60 days overdue.',
      'Please send your report by 20/11/2025.',
    ]);
  });

  it('becomes a short document: the addressee in bold, then the text', () => {
    const document = reminderDocument(to('Sở Y tế'), 'vi');
    expect(document.title).toBe('Đôn đốc báo cáo: Sở Y tế');
    expect(document.blocks[0]).toEqual({ kind: 'paragraph', text: 'Kính gửi: Sở Y tế', bold: true });
    expect(document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n')).toBe(to('Sở Y tế').text);
  });
});

describe('reminderFileName', () => {
  it('is the unit’s name, with what no disk takes replaced', () => {
    expect(reminderFileName('Phòng Văn hóa, Khoa học và Thông tin')).toBe('Phòng Văn hóa, Khoa học và Thông tin.docx');
    expect(reminderFileName('Phòng Kinh tế/Hạ tầng: "Đô thị"?.')).toBe('Phòng Kinh tế-Hạ tầng- -Đô thị.docx');
  });
});
