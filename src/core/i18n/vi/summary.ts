/**
 * The summary as the Government Office reports it (summary.ts, summaryLayout.ts): the report
 * sentence, the completion rate, the cut-off line, and the summary sheets' names, headers and notes.
 */
import { formatNumber } from '../numbers';

const n = (count: number) => formatNumber(count, 'vi');

/** How the completion rate is computed, in a few words. */
const rateRule = 'đã HT ÷ (đã HT + chưa HT quá hạn)';

/** The summary sheets' names and headers; the pane's PivotTable finds its fields by them. */
const words = {
  byUnit: 'Tổng hợp theo đơn vị',
  bySupport: 'Đơn vị phối hợp',
  byGroup: 'Theo nhóm',
  byMonth: 'Theo tháng',
  overdue: 'Quá hạn',
  data: 'Dữ liệu',
  pivot: 'Bảng Pivot',
  unit: 'Đơn vị chủ trì',
  supportUnit: 'Đơn vị phối hợp',
  group: 'Nhóm',
  month: 'Tháng đến hạn',
  stt: 'STT',
  total: 'Tổng số',
  rate: `Tỷ lệ hoàn thành (${rateRule})`,
  sentence: 'Câu báo cáo',
  sheet: 'Trang',
  row: 'Dòng',
  task: 'Nhiệm vụ',
  deadline: 'Thời hạn',
  due: 'Hạn cuối',
  days: 'Số ngày quá hạn',
  status: 'Tình hình thực hiện',
  state: 'Trạng thái tại ngày chốt',
  pivotTitle: 'SỐ NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ VÀ TRẠNG THÁI (kéo thả các trường để xoay bảng)',
  chart: 'Nhiệm vụ theo đơn vị chủ trì',
  planTotal: 'Toàn kế hoạch (mỗi nhiệm vụ tính một lần)',
  titleByUnit: 'TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ',
};

export const summary = {
  /** The plan's own row. */
  wholePlan: 'Toàn kế hoạch',
  noLead: '(chưa có đơn vị chủ trì)',
  noGroup: '(không thuộc nhóm)',
  /** The parts of the report sentence (summary.ts, sentenceParts). */
  sentence: {
    total: (total: number) => `Tổng số ${n(total)} nhiệm vụ`,
    done: (done: number, onTime: number, late: number) => `đã hoàn thành ${n(done)} (đúng hạn ${n(onTime)}, quá hạn ${n(late)})`,
    notDone: (notDone: number, onTrack: number, overdue: number, noDeadline: number) =>
      `chưa hoàn thành ${n(notDone)} (trong hạn ${n(onTrack)}, quá hạn ${n(overdue)}${noDeadline ? `, chưa có thời hạn cụ thể ${n(noDeadline)}` : ''})`,
    recurring: (recurring: number) => `thường xuyên ${n(recurring)}`,
  },
  rateRule,
  rate: {
    label: 'Tỷ lệ hoàn thành',
    none: 'chưa tính được (chưa có nhiệm vụ đã HT hay quá hạn)',
    noneShort: 'chưa tính được',
  },
  /** `day` is dd/mm/yyyy. */
  cutOff: (day: string) => `Số liệu tính đến ngày ${day}`,
  words,
  /** The notes under a bucket sheet: why its rows add up as they do, and how the rate is computed. */
  notes: {
    rate: `Tỷ lệ hoàn thành = số đã hoàn thành ÷ (số đã hoàn thành + số chưa hoàn thành, quá hạn); nhiệm vụ còn trong hạn, thường xuyên hay chưa có thời hạn cụ thể không tính vào. Các số của mỗi tỷ lệ ghi ở cột "${words.sentence}"; ô trống: chưa tính được (chưa có nhiệm vụ nào đã hoàn thành hay quá hạn).`,
    byUnitShared: (sum: number, total: number, shared: number) =>
      `Một nhiệm vụ có nhiều đơn vị chủ trì được tính cho mỗi đơn vị, nên các dòng đơn vị cộng lại ${n(sum)}, nhiều hơn ${n(total)} nhiệm vụ của kế hoạch (${n(shared)} nhiệm vụ có từ hai đơn vị chủ trì). Dòng "${words.planTotal}" tính mỗi nhiệm vụ một lần.`,
    byUnit: `Mỗi nhiệm vụ được tính cho đơn vị chủ trì của nó (nhiệm vụ có nhiều đơn vị chủ trì: cho mỗi đơn vị). Dòng "${words.planTotal}" tính mỗi nhiệm vụ một lần.`,
    bySupport: (sum: number, total: number) =>
      `Một nhiệm vụ được tính cho mỗi đơn vị phối hợp của nó, nên các dòng cộng lại ${n(sum)} lượt; nhiệm vụ không có đơn vị phối hợp không có trong bảng. Dòng "${words.planTotal}" tính mỗi nhiệm vụ của kế hoạch một lần (${n(total)}).`,
    byMonth: (outside: number) =>
      `Mỗi nhiệm vụ được tính vào tháng đến hạn của nó; ${n(outside)} nhiệm vụ thường xuyên, chưa có thời hạn cụ thể hay không đọc được thời hạn không thuộc tháng nào.`,
  },
};
