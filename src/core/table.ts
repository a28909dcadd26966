/** The recognised appendix table and its tasks: what every feature after recognition works on. */
import type { Cell } from './grid';
import type { Deadline } from './deadline/types';
import type { PlanYear } from './planYear';
import type { Role } from './roles';
import type { Section } from './recognise/readRows';
import type { TaskState } from './state';
import type { Status } from './status';
import type { Unit } from './units';

export type { Section };

export interface Task {
  /** 0-based sheet row of the task; `rows` adds the rows that continue it. */
  row: number;
  rows: number[];
  stt: string | null;
  /** Index into the table's sections, or null for a task before any section. */
  section: number | null;
  /** Label of the section the task sits in ("II. Khẩn trương, quyết liệt ..."). */
  group: string | null;
  text: string;
  lead: Unit[];
  support: Unit[];
  deadline: Deadline;
  status: Status;
  state: TaskState;
  /** The task's cell value per role, as read (continuations appended). */
  values: Partial<Record<Role, Cell>>;
}

export interface AppendixTable {
  sheet: string;
  /** 0-based header rows: one at least (the row recognition found the headers in). */
  headerRows: [number, ...number[]];
  /** 0-based column per role. */
  columns: Partial<Record<Role, number>>;
  /**
   * Roles whose column was taken from what its cells hold, not from its header: a "Kết quả thực
   * hiện", "Tiến độ" or "Đánh giá" column holding status words is read as the status (listed here
   * as 'status'). Show them as guessed among the column roles; absent when nothing was guessed.
   */
  guessed?: Role[];
  lastRow: number;
  /** Text of the title rows above the header ("KẾ HOẠCH ... NĂM 2025"). */
  title: string;
  planYear: number;
  /** Where the plan year came from (the setting, a title, the deadlines, the issue date, the cut-off date). */
  planYearSource: PlanYear;
  sections: Section[];
  tasks: Task[];
}
