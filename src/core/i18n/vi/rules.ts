/**
 * Vietnamese messages of the rule findings (src/core/rules/catalogue.ts): one per code, from that
 * code's parameters and the cell and row the finding points at. Each says what is wrong and how to
 * fix it.
 */
import { formsTried } from '../../deadline/parsers';
import { isoToVietnamese } from '../../grid';
import type { RuleMessages, RuleParams, TaskRef, Where } from '../../rules/catalogue';
import { formatNumber } from '../numbers';
import { roles } from './labels';

/** "1 (dòng 7)": a task as messages name it, by its number and row, or by its row alone when it has none. */
function task(p: TaskRef & Where): string {
  const where = `dòng ${p.row}`;
  return p.stt ? `${p.stt} (${where})` : where;
}

const day = isoToVietnamese;

/** A merged area and its value: C26:C27 "Sở Tư pháp". */
function merged(p: RuleParams['MERGED_DATA_CELLS']): string {
  return `${p.range}${p.text ? ` "${p.text}"` : ''}`;
}

export const rules: RuleMessages = {
  MISSING_COLUMN: (p) => `Bảng không có cột "${roles[p.role]}" (tiêu đề ở ${p.cell}). Thêm cột này để theo dõi được nhiệm vụ.`,
  MISSING_TASK_TEXT: (p) => `Nhiệm vụ ${task(p)} chưa có nội dung. Nhập nội dung nhiệm vụ vào ô ${p.cell}.`,
  MISSING_LEAD: (p) => `Nhiệm vụ ${task(p)} chưa có đơn vị chủ trì. Nhập tên đơn vị chủ trì vào ô ${p.cell}.`,
  MISSING_DEADLINE: (p) => `Nhiệm vụ ${task(p)} chưa có thời hạn hoàn thành. Nhập thời hạn vào ô ${p.cell}, ví dụ "30/09/2025", "Tháng 9/2025", "Quý IV/2025" hoặc "Thường xuyên".`,
  UNPARSED_DEADLINE: (p) => `Không đọc được thời hạn "${p.deadline}" ở ô ${p.cell} (đã thử: ${formsTried('vi')}). Viết lại theo một trong các dạng đó.`,
  STATUS_IN_DEADLINE: (p) =>
    `Ô thời hạn ${p.cell} ghi tình hình thực hiện ("${p.deadline}"), không phải thời hạn, nên nhiệm vụ không có hạn hoàn thành. Chuyển nội dung này sang cột tình hình thực hiện hoặc ghi chú, và ghi thời hạn vào ô ${p.cell} (ví dụ "Quý II/2026").`,
  // Without `expected`: a unit's report, whose numbers are the plan's and are never renumbered.
  DUPLICATE_STT: (p) =>
    `Số thứ tự "${p.stt}" ở ô ${p.cell} bị trùng trong cùng nhóm. ${
      p.expected !== null ? `Đánh lại số thứ tự (số đúng: ${p.expected}).` : 'Ghi đúng số thứ tự của nhiệm vụ trong kế hoạch (số thứ tự dùng để ghép báo cáo với kế hoạch).'
    }`,
  STT_ORDER: (p) => `Số thứ tự "${p.stt}" ở ô ${p.cell} không liền mạch (số đúng: ${p.expected}). Đánh lại số thứ tự của nhóm.`,
  GROUP_NUMBERING: (p) => `Số của nhóm "${p.stt}" ở ô ${p.cell} bị nhảy cóc (số tiếp theo phải là ${p.expected}). Kiểm tra xem có thiếu nhóm nào không.`,
  GROUP_COUNT_MISMATCH: (p) =>
    `Nhóm "${p.group}" (ô ${p.cell}) ghi ${formatNumber(p.announced, 'vi')} nhiệm vụ nhưng bảng có ${formatNumber(p.held, 'vi')} nhiệm vụ. Bổ sung nhiệm vụ còn thiếu hoặc sửa số ghi trong tên nhóm.`,
  LEAD_IN_SUPPORT: (p) => `"${p.unit}" vừa chủ trì vừa phối hợp nhiệm vụ ${task(p)}. Xoá tên đơn vị này khỏi ô phối hợp ${p.cell}.`,
  UNKNOWN_UNIT: (p) => `Đơn vị "${p.unit}" (ô ${p.cell}) không có trong danh mục đơn vị.${p.closest !== null ? ` Có phải "${p.closest}"?` : ''} Dùng đúng tên trong danh mục.`,
  UNKNOWN_STATUS: (p) => `Tình trạng "${p.status}" ở ô ${p.cell} không thuộc danh mục (Đã hoàn thành, Đang thực hiện, Chưa thực hiện ...). Chọn một tình trạng trong danh mục.`,
  DONE_WITHOUT_DATE: (p) => `Nhiệm vụ ${task(p)} đã hoàn thành nhưng chưa có ngày hoàn thành. Nhập ngày (dd/mm/yyyy) vào ô ${p.cell}.`,
  COMPLETION_AFTER_AS_OF: (p) => `Ngày hoàn thành ${day(p.completedOn)} ở ô ${p.cell} sau ngày chốt số liệu ${day(p.asOf)}. Sửa ngày hoàn thành hoặc ngày chốt số liệu.`,
  DATE_WITHOUT_DONE: (p) => `Nhiệm vụ ${task(p)} có ngày hoàn thành (ô ${p.cell}) nhưng chưa ghi "Đã hoàn thành". Sửa tình trạng hoặc xoá ngày.`,
  DONE_WITHOUT_EVIDENCE: (p) => `Nhiệm vụ ${task(p)} đã hoàn thành nhưng kết quả (ô ${p.cell}) chưa dẫn văn bản nào (ví dụ "Báo cáo số 412/BC-STP"). Nên ghi số văn bản làm căn cứ.`,
  STATUS_COLUMN_GUESSED: (p) =>
    `Bảng không có cột "Tình hình thực hiện"; cột ${p.column} ("${p.header}") ghi các tình trạng (Đã hoàn thành, Đang thực hiện ...) nên được đọc là cột tình trạng. Nếu không đúng, chỉ lại cột tình trạng; nên đặt tiêu đề cột là "Tình hình thực hiện".`,
  DONE_IN_PART: (p) =>
    `Tình trạng "${p.status}" ở ô ${p.cell} là hoàn thành ${p.progress !== null ? `mới đạt ${String(p.progress).replace('.', ',')}%` : 'một phần'}: nhiệm vụ được tính là chưa hoàn thành. Khi hoàn thành hẳn, ghi "Đã hoàn thành".`,
  DEADLINE_OUTSIDE_PLAN: (p) => `Thời hạn "${p.deadline}" ở ô ${p.cell} nằm ngoài thời gian của kế hoạch (${day(p.planStart)} – ${day(p.planEnd)}). Kiểm tra lại năm hoặc ngày.`,
  FORMULA_ERROR: (p) => `Ô ${p.cell} có lỗi công thức ${p.error}. Sửa công thức hoặc nhập giá trị trực tiếp.`,
  TEXT_NOT_NFC: (p) => `Chữ ở ô ${p.cell} dùng dấu tổ hợp (Unicode dựng sẵn chưa chuẩn), tìm kiếm và so sánh sẽ sai. Sửa tự động: chuẩn hoá về Unicode dựng sẵn.`,
  LEGACY_ENCODING: (p) => `Ô ${p.cell} được gõ bằng bảng mã cũ ${p.encoding} ("${p.text}"). Sửa tự động: chuyển sang Unicode ("${p.unicode}").`,
  EXTRA_SPACES: (p) => `Ô ${p.cell} có dấu cách thừa (đầu, cuối hoặc hai dấu cách liền nhau). Sửa tự động: bỏ dấu cách thừa.`,
  HIDDEN_ROW: (p) => `Dòng ${p.row} nằm trong bảng nhưng đang bị ẩn; người tổng hợp có thể bỏ sót. Bỏ ẩn dòng hoặc xoá nếu không dùng.`,
  MERGED_DATA_CELLS: (p) => `Ô ${p.cell} được gộp qua nhiều dòng nhiệm vụ (${merged(p)}); khi lọc, sắp xếp hay tổng hợp sẽ mất dữ liệu. Sửa tự động: bỏ gộp và ghi giá trị vào từng ô.`,
  SPLIT_ROW: (p) => `Nhiệm vụ ${task(p)} bị tách thành ${p.rows} dòng (thường do dán từ PDF). Gộp nội dung vào một dòng.`,
  SWAPPED_DATE: (p) =>
    `Ngày ${day(p.date)} ở ô ${p.cell} có thể đã bị Excel đảo ngày và tháng: cùng cột, ô ${p.evidenceCell} "${p.evidenceText}" là ngày gõ dd/mm mà Excel kiểu tháng trước không đọc được nên để dạng chữ. Sửa tự động: đổi thành ${day(p.swapped)}.`,
  DATE_AS_TEXT: (p) =>
    `Ngày "${p.text}" ở ô ${p.cell} là chữ, không phải ngày: Excel kiểu tháng trước không đọc được, còn ngày cùng cột ở ô ${p.swappedCell} bị đảo ngày và tháng. Sửa tự động: chuyển thành ngày ${day(p.date)} (sửa cùng ngày bị đảo, để cột không còn lẫn chữ và ngày).`,
};
