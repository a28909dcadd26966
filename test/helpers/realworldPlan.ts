/**
 * The text of a real plan written as prose, rebuilt from its verbatim transcription in
 * ../shared/realworld/*.json (REALWORLD_DIR, as test/helpers/realworld.ts reads it): each group heading, each task
 * "a) ..." with its "- Đơn vị chủ trì: ..." lines, the labels each row used (its `note` names them),
 * values with their trailing full stops, and 8b's support list broken where the crawler broke it
 * ("Vụ Tổ chức" / "- cán bộ, ..."). Around the list, the parts every such plan has: the purpose
 * ("I. MỤC ĐÍCH, YÊU CẦU" with its own a), b) items) and "III. TỔ CHỨC THỰC HIỆN" with the units'
 * duties, neither of which holds a task.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REALWORLD_DIR } from './realworld';

export interface RealworldRow {
  kind: 'section' | 'task' | 'subtask' | 'continuation' | 'header_repeat';
  stt: string;
  task: string;
  lead: string;
  support: string;
  deadline: string;
  note?: string;
}

export interface RealworldPlan {
  title: string;
  rows: RealworldRow[];
}

export function realworldPlan(name: string): RealworldPlan {
  return JSON.parse(readFileSync(join(REALWORLD_DIR, `${name}.json`), 'utf8')) as RealworldPlan;
}

const DEFAULT_LABELS = ['Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'];

/** The labels a row used: "row uses labels: Đơn vị chủ trì; Cơ quan phối hợp; Thời gian thực hiện". */
function labelsOf(row: RealworldRow): string[] {
  const named = /row uses labels:\s*(.+)$/.exec(row.note ?? '');
  return named ? named[1]!.split(';').map((label) => label.trim()) : DEFAULT_LABELS;
}

/** The plan's lines, one paragraph a line, as a Word document or a web page holds them. */
export function proseLines(plan: RealworldPlan): string[] {
  const list = plan.rows.flatMap((row) => {
    if (row.kind === 'section') return [`${row.stt} ${row.task}`];
    const [lead, support, deadline] = labelsOf(row);
    return [`${row.stt} ${row.task}`, `- ${lead}: ${row.lead}`, ...`- ${support}: ${row.support}`.split('\n'), `- ${deadline}: ${row.deadline}`];
  });
  return [
    plan.title,
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    'a) Triển khai kịp thời, có hiệu quả Chương trình phối hợp công tác giữa Ủy ban Dân tộc và Bộ Tư pháp.',
    'b) Phối hợp nâng cao chất lượng, hiệu quả công tác xây dựng văn bản quy phạm pháp luật.',
    '2. Yêu cầu',
    'a) Các hoạt động trong Kế hoạch phải cụ thể, khả thi, bám sát nội dung nhiệm vụ được giao.',
    'b) Bảo đảm sự phối hợp chặt chẽ với các cơ quan, tổ chức có liên quan.',
    'II. NỘI DUNG THỰC HIỆN',
    ...list,
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Vụ Các vấn đề chung về xây dựng pháp luật',
    'a) Tổ chức triển khai thực hiện Kế hoạch và điều phối các đơn vị thuộc Bộ trong việc triển khai thực hiện.',
    'b) Hướng dẫn, chỉ đạo, đôn đốc các Sở Tư pháp triển khai thực hiện Chương trình phối hợp.',
    '2. Các đơn vị thuộc Bộ Tư pháp',
    'a) Triển khai thực hiện các nội dung của Kế hoạch.',
  ];
}

/** The tasks as the transcription gives them; 8b's support list joined where the crawler broke it. */
export function expectedTasks(plan: RealworldPlan) {
  return plan.rows
    .filter((row) => row.kind === 'task')
    .map((row) => ({ stt: row.stt, text: row.task, lead: row.lead, support: row.support.replace(/\n-\s*/g, ' '), deadline: row.deadline }));
}
