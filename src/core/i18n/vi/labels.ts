/** Vietnamese names of roles, task states and severities, shared by the command line, the pane and the files they write. */
import { KEY_HEADER } from '../../cycle/identity';
import type { Severity } from '../../findings';
import type { Role } from '../../roles';
import type { TaskState } from '../../state';

export const roles: Record<Role, string> = {
  stt: 'STT',
  task: 'Nhiệm vụ',
  lead: 'Chủ trì',
  support: 'Phối hợp',
  deadline: 'Thời hạn',
  expected: 'Kết quả dự kiến',
  note: 'Ghi chú',
  status: 'Tình hình thực hiện',
  result: 'Kết quả thực hiện',
  completed: 'Ngày hoàn thành',
  difficulties: 'Khó khăn, vướng mắc',
  proposals: 'Đề xuất, kiến nghị',
  description: 'Mô tả nhiệm vụ',
  /** The header phuluc writes over the key column, in either language: it reads it back. */
  key: KEY_HEADER,
};

/** The Government Office's buckets, as its reports word them. */
export const states: Record<TaskState, string> = {
  done_on_time: 'đã hoàn thành đúng hạn',
  done_late: 'đã hoàn thành quá hạn',
  on_track: 'chưa hoàn thành, trong hạn',
  overdue: 'chưa hoàn thành, quá hạn',
  recurring: 'thường xuyên',
  no_deadline: 'chưa có thời hạn cụ thể',
};

export const severities: Record<Severity, string> = {
  error: 'lỗi',
  warning: 'cảnh báo',
  info: 'lưu ý',
};
