/**
 * Task lists written as prose, as many plans write them (seed 001):
 *
 *     2.1. Nhóm tham mưu công tác chỉ đạo, triển khai (02 nhiệm vụ)
 *     (1) Làm sạch dữ liệu hộ tịch, ...
 *     - Cơ quan chủ trì: Sở Tư pháp.
 *     - Cơ quan phối hợp: Công an thành phố, các cơ quan, đơn vị, địa phương.
 *     - Thời gian hoàn thành: Thường xuyên.
 *
 * Paragraphs become items by their numbering ("III.", "2.", "2.1.", "(1)", "- (1)"); the labelled
 * lines that follow an item give its lead, support and deadline (labels are read with the header
 * vocabulary, so "Chu tri thyc hién" from an OCR counts). An item with labels is a task; a heading
 * that announces "(14 nhiệm vụ)" makes its plain numbered items tasks too, led by the units its
 * title names ("Nhiệm vụ chung của các sở, ban, ngành và địa phương"); every heading above a task
 * becomes a section row.
 */
import { fold, squish } from '../text';
import { type LabelRole, labelled } from './labels';

export interface ProseRow {
  /** A section (group heading) or a task. */
  kind: 'section' | 'task';
  stt: string;
  text: string;
  lead: string;
  support: string;
  deadline: string;
}

export interface AnnouncedCount {
  heading: string;
  announced: number;
  found: number;
}

export interface ProseTasks {
  rows: ProseRow[];
  /** Headings that announce how many tasks they hold, with how many were found under them. */
  counts: AnnouncedCount[];
}

interface Item {
  stt: string;
  /** Nesting rank of the numbering: 0 "III.", 1 "2.", 2 "2.1.", 3 "2.1.1.", 4 "a)", 5 "(1)" or "1)", 6 unnumbered. */
  rank: number;
  text: string;
  lead: string[];
  support: string[];
  deadline: string[];
  parent: Item | null;
  children: Item[];
}

const NUMBERINGS: { pattern: RegExp; rank: number }[] = [
  { pattern: /^([IVXL]+\.)\s+/, rank: 0 },
  { pattern: /^(\d+\.\d+\.\d+\.?)\s+/, rank: 3 },
  { pattern: /^(\d+\.\d+\.?)\s+/, rank: 2 },
  { pattern: /^(\d+\.)\s+/, rank: 1 },
  { pattern: /^([a-zđ]\))\s+/, rank: 4 },
  { pattern: /^[-+•–]?\s*(\(\d+\))\s*/, rank: 5 },
  { pattern: /^(\d+\))\s+/, rank: 5 },
];
const UNNUMBERED = 6;

/** "(14 nhiệm vụ)", "(09 nhiem vu)". */
const ANNOUNCED = /\((\d+)\s+nhiem vu\)\s*$/;
function attributeOf(paragraph: string): { role: LabelRole; value: string } | null {
  return numbered(paragraph).stt ? null : labelled(paragraph); // "2. Thời gian thực hiện: ..." is an item of its own
}

/** The numbering a paragraph opens with, its rank, and its text after it. */
export function numbered(paragraph: string): { stt: string; rank: number; text: string } {
  for (const { pattern, rank } of NUMBERINGS) {
    const [whole, stt] = pattern.exec(paragraph) ?? [];
    if (whole !== undefined && stt !== undefined) return { stt, rank, text: paragraph.slice(whole.length) };
  }
  return { stt: '', rank: UNNUMBERED, text: paragraph };
}

function itemsOf(paragraphs: readonly string[]): Item[] {
  const items: Item[] = [];
  const open: Item[] = []; // the current item at each rank, innermost last
  let lastLabel: LabelRole | null = null; // the labelled line just read
  for (const paragraph of paragraphs) {
    const current = open.at(-1);
    const attribute = attributeOf(paragraph);
    if (attribute && current) {
      current[attribute.role].push(attribute.value);
      lastLabel = attribute.role;
      continue;
    }
    // A labelled line broken where a bullet seemed to start ("- Đơn vị phối hợp: ..., Vụ Tổ chức" /
    // "- cán bộ, Vụ Phổ biến, ..."): a bullet that goes on in lower case continues the label's value.
    const goesOn = /^[-+•–]\s*(\p{Ll}.*)$/u.exec(paragraph)?.[1];
    if (lastLabel && current && goesOn && !numbered(paragraph).stt) {
      const values = current[lastLabel];
      values[values.length - 1] = squish(`${values.at(-1)} ${goesOn}`).replace(/\.$/, '');
      continue;
    }
    lastLabel = null;
    const { stt, rank, text } = numbered(paragraph);
    // A bullet without a label inside an item that has no labels yet continues its text.
    if (rank === UNNUMBERED && /^[-+•–]\s/.test(paragraph) && current && !current.lead.length && !current.deadline.length) {
      current.text += `\n${paragraph}`;
      continue;
    }
    for (let top = open.at(-1); top !== undefined && top.rank >= rank; top = open.at(-1)) open.pop();
    const parent = open.at(-1) ?? null;
    const item: Item = { stt, rank, text: squish(text), lead: [], support: [], deadline: [], parent, children: [] };
    parent?.children.push(item);
    items.push(item);
    open.push(item);
  }
  return items;
}

/** The units a general heading names: "Nhiệm vụ chung của các sở, ban, ngành và địa phương (14 nhiệm vụ)". */
function namedUnits(heading: string): string {
  const owner = /\bcua\s/.exec(fold(heading));
  if (!owner) return '';
  const names = heading.slice(owner.index + owner[0].length).replace(/\s*\(\d+[^)]*\)\s*$/, '');
  return names.charAt(0).toUpperCase() + names.slice(1);
}

function announced(item: Item): number | null {
  const match = ANNOUNCED.exec(fold(item.text));
  return match ? Number(match[1]) : null;
}

const join = (values: readonly string[]) => values.join('; ');

/**
 * Sub-items that carry no labels of their own, followed by one set of labels, are parts of their
 * parent's task ("8. ... - (1) ... - (4) ... - Chủ trì: ..."): the labels and the parts go to the parent.
 */
function foldParts(items: Item[]): void {
  for (const parent of items) {
    const parts = parent.children;
    const labelled = parts.filter((p) => p.lead.length || p.deadline.length);
    const last = parts.at(-1);
    if (last === undefined || parent.lead.length || parts.length < 2 || labelled.length !== 1 || labelled[0] !== last || parts.some((p) => p.children.length)) continue;
    parent.text = [parent.text, ...parts.map((p) => `${p.stt} ${p.text}`.trim())].join('\n');
    [parent.lead, parent.support, parent.deadline] = [last.lead, last.support, last.deadline];
    parent.children = [];
    for (const part of parts) items.splice(items.indexOf(part), 1);
  }
}

/**
 * Reads the task list out of a plan's paragraphs. `planEnd` is the deadline a general task gets
 * when it names none ("31/12/2025" for a plan of 2025), unless it says it runs "thường xuyên".
 */
export function proseTasks(paragraphs: readonly string[], planEnd: string): ProseTasks {
  const items = itemsOf(paragraphs);
  foldParts(items);
  const isTask = (item: Item): boolean => {
    if (item.lead.length || item.deadline.length) return true;
    const parent = item.parent;
    return item.rank !== UNNUMBERED && item.children.length === 0 && parent !== null && announced(parent) !== null && namedUnits(parent.text) !== '';
  };
  const tasks = new Set(items.filter(isTask));
  const holdsTask = (item: Item): boolean => item.children.some((child) => tasks.has(child) || holdsTask(child));
  const rows: ProseRow[] = [];
  const counts: AnnouncedCount[] = [];
  for (const item of items) {
    if (tasks.has(item)) {
      const general = !item.lead.length && item.parent ? namedUnits(item.parent.text) : '';
      const deadline = item.deadline.length ? join(item.deadline) : general && /thuong xuyen/.test(fold(item.text)) ? 'Thường xuyên' : general ? planEnd : '';
      rows.push({ kind: 'task', stt: item.stt, text: item.text, lead: item.lead.length ? join(item.lead) : general, support: join(item.support), deadline });
    } else if (holdsTask(item)) {
      rows.push({ kind: 'section', stt: item.stt, text: item.text, lead: '', support: '', deadline: '' });
    }
    const count = announced(item);
    if (count !== null && holdsTask(item)) {
      const found = (function countTasks(node: Item): number {
        return node.children.reduce((n, child) => n + (tasks.has(child) ? 1 : 0) + countTasks(child), 0);
      })(item);
      counts.push({ heading: `${item.stt} ${item.text}`.trim(), announced: count, found });
    }
  }
  return { rows, counts };
}
