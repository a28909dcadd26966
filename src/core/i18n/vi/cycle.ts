/**
 * The monthly cycle: the templates sent to the units (cycle/template.ts), the report upward
 * (cycle/reportUpward.ts) and the reminders to units that are late (cycle/reminders.ts).
 */
import type { ReminderFacts } from '../../cycle/reminders';
import type { Blank } from '../../cycle/reportUpward';
import type { InstructionFacts, ValidationText } from '../../cycle/template';
import { formatNumber } from '../numbers';
import { summary } from './summary';

const n = (count: number) => formatNumber(count, 'vi');

const conflictRule =
  'Mỗi dòng đơn vị tính theo báo cáo của chính đơn vị đó; ở dòng toàn kế hoạch, nhiệm vụ có nhiều đơn vị chủ trì chỉ tính là đã hoàn thành khi mọi đơn vị chủ trì báo cáo đã hoàn thành.';

/** The blanks of the report upward as the command line and the pane name them. */
const blanks: Record<Blank, string> = {
  governingBody: 'tên cơ quan chủ quản',
  issuer: 'tên cơ quan ban hành báo cáo',
  number: 'số văn bản',
  place: 'địa danh',
  day: 'ngày, tháng ký',
  to: '"Kính gửi"',
  proposals: 'đề xuất, kiến nghị',
  signer: 'chức vụ, chữ ký, họ tên người ký',
};

const led = 'NHIỆM VỤ ĐƠN VỊ CHỦ TRÌ';
const supported = 'NHIỆM VỤ ĐƠN VỊ PHỐI HỢP';

export const cycle = {
  /** The report upward (NĐ30's administrative format). */
  report: {
    republic: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    /** `dots` is the blank the office fills in. */
    number: (dots: string) => `Số: ${dots}/BC-${dots}`,
    kind: 'BÁO CÁO',
    subject: 'Tình hình thực hiện',
    to: 'Kính gửi',
    overall: 'KẾT QUẢ CHUNG',
    byUnit: 'KẾT QUẢ THEO ĐƠN VỊ CHỦ TRÌ',
    overdue: 'NHIỆM VỤ QUÁ HẠN',
    notReported: 'ĐƠN VỊ CHƯA GỬI BÁO CÁO',
    conflicts: 'CÁC ĐƠN VỊ CHỦ TRÌ BÁO CÁO KHÁC NHAU',
    proposals: 'ĐỀ XUẤT, KIẾN NGHỊ',
    noOverdue: 'Không có nhiệm vụ quá hạn tại ngày chốt số liệu.',
    allReported: 'Tất cả các đơn vị chủ trì đã gửi báo cáo.',
    noConflicts: 'Không có nhiệm vụ nào mà các đơn vị chủ trì báo cáo khác nhau.',
    noChanges: 'Không có nhiệm vụ nào thay đổi trạng thái.',
    conflictRule,
    reports: 'Báo cáo của từng đơn vị chủ trì',
    recipients: 'Nơi nhận:',
    asAbove: '- Như trên;',
    archive: '- Lưu: VT.',
    signerTitle: 'QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ',
    signature: '(Chữ ký của người có thẩm quyền, dấu của cơ quan)',
    signerName: 'Họ và tên',
    /** The plan referred to with its number, and its date (dd/mm/yyyy) when it has one. */
    planReference: (subject: string, number: string, date: string | null) => `${subject} (số ${number}${date ? ` ngày ${date}` : ''})`,
    dateLine: (place: string, day: string, month: string, year: string) => `${place}, ngày ${day} tháng ${month} năm ${year}`,
    /** `section` is the roman number of the section listing the units that have not reported. */
    received: (reported: number, notSubmitted: number, section: string) =>
      `Đã nhận báo cáo của ${n(reported)} đơn vị${notSubmitted ? `; ${n(notSubmitted)} đơn vị chủ trì chưa gửi báo cáo (mục ${section})` : ''}.`,
    overdueIntro: (count: number) => `Có ${n(count)} nhiệm vụ chưa hoàn thành đã quá hạn tại ngày chốt số liệu:`,
    sharedNote: (sum: number, shared: number, total: number) =>
      `Nhiệm vụ có nhiều đơn vị chủ trì được tính cho mỗi đơn vị, nên các dòng đơn vị cộng lại ${n(sum)} (${n(shared)} nhiệm vụ có từ hai đơn vị chủ trì); dòng "${summary.words.planTotal}" tính mỗi nhiệm vụ một lần (${n(total)}). ${conflictRule}`,
    /** `day` is the previous cut-off, dd/mm/yyyy. */
    since: (day: string) => `So với kỳ trước (số liệu tính đến ngày ${day}): `,
  },
  blanks,
  /** The templates the units fill in; their column headers and status words stay Vietnamese in every language. */
  template: {
    report: 'BÁO CÁO KẾT QUẢ THỰC HIỆN',
    sheet: 'Báo cáo',
    guide: 'Hướng dẫn',
    led,
    supported,
    period: (month: string, year: string) => `tháng ${month}/${year}`,
    planLine: (number: string, date: string) => `Kế hoạch số ${number} ngày ${date}`,
    periodLine: (period: string) => `Kỳ báo cáo: ${period}`,
    reportByLine: (day: string) => `Hạn gửi báo cáo: ${day}`,
    /** `words` are the status words offered, joined. */
    statusValidation: (words: string): ValidationText => ({
      promptTitle: 'Tình hình thực hiện',
      prompt: `Chọn một từ trong danh sách: ${words}. Ghi chi tiết ở cột Kết quả thực hiện.`,
      errorTitle: 'Không có trong danh sách',
      error: `Chỉ chọn một trong các từ: ${words}. Ghi chi tiết ở cột Kết quả thực hiện.`,
    }),
    /** `day` is the cut-off, dd/mm/yyyy. */
    dateValidation: (day: string): ValidationText => ({
      promptTitle: 'Ngày hoàn thành',
      prompt: `Ghi ngày đã hoàn thành dạng dd/mm/yyyy (ví dụ 25/09/2025), không sau ngày chốt số liệu ${day}. Để trống nếu chưa hoàn thành.`,
      errorTitle: 'Ngày không hợp lệ',
      error: `Cần một ngày có thật, dạng dd/mm/yyyy, không sau ngày chốt số liệu ${day}.`,
    }),
    /** The instruction sheet: its title, then its lines (numbered by the caller). */
    instructions: (p: InstructionFacts): [string, ...string[]] => [
      'HƯỚNG DẪN ĐIỀN BIỂU MẪU BÁO CÁO',
      `Biểu mẫu của ${p.unit} báo cáo kết quả thực hiện ${p.title || 'kế hoạch'}, kỳ báo cáo ${p.period}, số liệu tính đến ngày ${p.day}.`,
      `Ở trang "${p.sheet}", điền các cột nền vàng: ${p.report}. Các cột của kế hoạch (STT, Nhóm, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian hoàn thành) được khóa để giữ đúng nội dung kế hoạch.`,
      `Phần "${led}" là các nhiệm vụ đơn vị chủ trì; phần "${supported}" là các nhiệm vụ đơn vị phối hợp: báo cáo phần việc đơn vị đã làm.`,
      `Tình hình thực hiện: chọn một trong các từ ${p.words}. Ghi rõ kết quả, văn bản đã ban hành (số, ngày) ở cột Kết quả thực hiện.`,
      `Ngày hoàn thành: ghi ngày dạng dd/mm/yyyy (ví dụ 25/09/2025), không sau ngày ${p.day}; để trống nếu chưa hoàn thành.`,
      `Không xóa cột ẩn "${p.keyHeader}" (cột cuối): mã trong cột này ghép đúng từng dòng vào nhiệm vụ của kế hoạch khi tổng hợp, kể cả khi đơn vị sắp xếp, lọc, xóa dòng hay sửa lời nhiệm vụ.`,
      'Trang tính được bảo vệ, không có mật khẩu: lọc được ngay bằng nút lọc ở dòng tiêu đề; muốn sắp xếp, xóa dòng hay sửa ô bị khóa, chọn Review (Xem lại) > Unprotect Sheet (Bỏ bảo vệ Trang tính), không cần nhập mật khẩu. Excel không cho sắp xếp ô bị khóa khi trang tính đang được bảo vệ.',
      ...(p.reportBy ? [`Gửi lại tệp này trước hết ngày ${p.reportBy}.`] : []),
      'Trước khi gửi, có thể kiểm tra tệp bằng nút Kiểm tra của phần bổ trợ phuluc trong Excel, hoặc lệnh phuluc check <tệp.xlsx>.',
    ],
  },
  /** The reminders ("đôn đốc") to units that have not reported or whose tasks are overdue. */
  reminders: {
    deadline: 'thời hạn',
    /** `day` is the task's last day, dd/mm/yyyy, when its deadline does not write it. */
    lastDay: (day: string) => ` (hạn cuối ${day})`,
    daysOverdue: (days: number) => `; quá hạn ${n(days)} ngày`,
    notReported: (p: ReminderFacts): [string, ...string[]] => [
      `Kính gửi: ${p.unit}`,
      `Đến nay chưa nhận được báo cáo của đơn vị về tình hình thực hiện ${p.reference} (số liệu tính đến ngày ${p.day}).`,
      `Đơn vị chủ trì ${n(p.tasks)} nhiệm vụ${p.overdue ? `, trong đó ${n(p.overdue)} nhiệm vụ đã quá hạn` : ''}:`,
      ...p.list,
      `Đề nghị đơn vị gửi báo cáo trước ngày ${p.reportBy}.`,
    ],
    overdue: (p: ReminderFacts): [string, ...string[]] => [
      `Kính gửi: ${p.unit}`,
      `Tính đến ngày ${p.day}, ${n(p.overdue)} nhiệm vụ do đơn vị chủ trì trong ${p.reference} đã quá hạn nhưng chưa được báo cáo hoàn thành:`,
      ...p.list,
      `Đề nghị đơn vị khẩn trương hoàn thành và báo cáo kết quả trước ngày ${p.reportBy}.`,
    ],
    /** The reminder's Word document title. */
    title: (unit: string) => `Đôn đốc báo cáo: ${unit}`,
  },
};
