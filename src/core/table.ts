/** The recognised appendix table and its tasks: what every feature after recognition works on. */
import type { Cell } from './grid';
import type { Deadline } from './deadline/types';
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
  /** 0-based header rows. */
  headerRows: number[];
  /** 0-based column per role. */
  columns: Partial<Record<Role, number>>;
  lastRow: number;
  /** Text of the title rows above the header ("KẾ HOẠCH ... NĂM 2025"). */
  title: string;
  planYear: number;
  sections: Section[];
  tasks: Task[];
}
