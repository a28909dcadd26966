/** Words the task pane and the command line both show, for the same thing. */

export const common = {
  asOf: 'Ngày chốt số liệu',
  headerRow: 'dòng tiêu đề',
  planYear: 'Năm kế hoạch',
  unitReport: 'Báo cáo của đơn vị',
  noFindings: 'Không có lỗi hay cảnh báo.',
  findings: 'Phát hiện',
  toFill: 'Cần điền trước khi ký',
  notReported: 'chưa gửi báo cáo',
  tasks: 'nhiệm vụ',
  groups: 'nhóm',
  tables: 'bảng',
  changes: 'thay đổi',
  file: 'Tệp',
  notSubmittedHeading: 'Đơn vị chưa gửi báo cáo',
  overdueTasks: 'nhiệm vụ quá hạn',
  /** Why a table is read as a unit's report (its columns, or its one lead unit), without the plan's numbering. */
  unitReportReasons: {
    reportColumns: (text: string) => `có cột "${text}"; không đòi số thứ tự của kế hoạch`,
    oneLead: (text: string) => `mọi nhiệm vụ do ${text} chủ trì; không đòi số thứ tự của kế hoạch`,
  },
};
