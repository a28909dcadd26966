/**
 * The eight real task tables of ../shared/realworld (seven tables; the Bộ Tư pháp plan is prose, for
 * the import), pasted into a sheet the way a clerk gets them (test/helpers/realworld.ts), read back
 * task by task: the number of tables, the tasks (task rows and sub-rows that write their own task),
 * each task's STT, task text, lead and support cells and deadline as read, and the sections.
 *
 * Units are compared as the cell's text and deadlines as the text read, not as split units or due
 * days: splitting units and reading deadline phrases are checked in their own tests.
 */
import { checkWorkbook, type CheckedTable } from '../../src/core/check';
import { cellText } from '../../src/core/grid';
import type { Task } from '../../src/core/table';
import { joinLines, nfc } from '../../src/core/text';
import { type ExpectedTable, expectedTable, pastedWorkbook, readRealDocument, realworldAvailable, TABLE_DOCUMENTS, type Variant } from '../helpers/realworld';

const AS_OF = '2025-11-14';

const available = realworldAvailable();
if (!available) console.warn('test/realworld: ../shared/realworld not found (set PHULUC_REALWORLD); the real tables are not checked.');
const describeReal = available ? describe : describe.skip;

const cell = (task: Task, role: 'lead' | 'support') => nfc(joinLines(cellText(task.values[role])));

function read(table: CheckedTable['table']) {
  return table.tasks.map((task) => ({ stt: task.stt, task: task.text, lead: cell(task, 'lead'), support: cell(task, 'support'), deadline: task.deadline.text }));
}

function expected(table: ExpectedTable) {
  return table.tasks.map(({ stt, task, lead, support, deadline }) => ({ stt, task, lead, support, deadline }));
}

const analyses = new Map<string, { analysed: CheckedTable[]; source: ExpectedTable }>();

/** The document pasted and analysed, once per file. */
function analyse(name: string): { analysed: CheckedTable[]; source: ExpectedTable } {
  let found = analyses.get(name);
  if (!found) analyses.set(name, (found = { analysed: checkWorkbook(pastedWorkbook(name), { asOf: AS_OF }), source: expectedTable(readRealDocument(name)) }));
  return found;
}

const tableOf = (name: string) => analyse(name).analysed[0]!.table;

describeReal('real tables from other issuers, pasted into a sheet', () => {
  const counts: Record<string, [number, number, number]> = {
    //                                           tasks  sections  repeated headers
    'nq03-cp-2025-pl2-nhiem-vu': [140, 7, 0],
    'dongnai-179-kh-ubnd-2025-kinh-te-so': [94, 27, 8],
    'dongthap-552-kh-ubnd-2025-doi-moi-cong-nghe': [19, 4, 0],
    'hanoi-310-kh-ubnd-2025-5g-iot': [6, 0, 0],
    'bvhttdl-6225-cv-2025-nhiem-vu-cuoi-nam': [10, 0, 0],
    'cp-394-nq-2025-moi-truong-de-an': [3, 0, 0],
    'angiang-stp-2026-theo-doi-vbqppl-qd': [273, 0, 0],
  };

  it('covers every table document of the shared set', () => {
    expect(Object.keys(counts).sort()).toEqual([...TABLE_DOCUMENTS].sort());
  });

  it.each(Object.entries(counts))('%s: one table, its tasks and sections as the source counts them', (name, [tasks, sections, repeats]) => {
    const { analysed, source } = analyse(name);
    expect([source.tasks.length, source.sections, source.repeats]).toEqual([tasks, sections, repeats]);
    expect(analysed).toHaveLength(1);
    const { table } = analysed[0]!;
    expect(table.tasks).toHaveLength(tasks);
    expect(table.sections).toHaveLength(sections);
  });

  it.each(TABLE_DOCUMENTS.filter((name) => name !== 'nq03-cp-2025-pl2-nhiem-vu'))('%s: every task read as the source writes it', (name) => {
    const { analysed, source } = analyse(name);
    expect(read(analysed[0]!.table)).toEqual(expected(source));
  });

  describe('NQ 03/NQ-CP, Phụ lục II: Roman groups, the result before the deadline, rows continued over a page break', () => {
    const name = 'nq03-cp-2025-pl2-nhiem-vu';

    it('reads the columns in their order: "Kết quả" before the deadline is the expected result', () => {
      expect(tableOf(name).columns).toEqual({ stt: 0, task: 1, lead: 2, support: 3, expected: 4, deadline: 5 });
    });

    it('reads every task as the source writes it, the page-break rows joined to the task above (the header repeated between)', () => {
      const want = expected(analyse(name).source);
      // Ambiguous in the source: the group row "IV." carries "năm tiếp theo" in the deadline column,
      // the tail of task 76's "2025 và những năm tiếp theo" cut by the page. Read as that, the
      // fragment is appended to task 76; the group stays a group.
      const t76 = want.findIndex((t) => t.stt === '76.');
      want[t76] = { ...want[t76]!, deadline: '2025 và những năm tiếp theo năm tiếp theo' };
      expect(read(tableOf(name))).toEqual(want);
    });

    it('folds the three continuation rows into tasks 108, 110 and 128', () => {
      const table = tableOf(name);
      const rowsOf = (stt: string) => table.tasks.find((t) => t.stt === stt)!.rows.length;
      expect(['108.', '110.', '128.', '109.'].map(rowsOf)).toEqual([2, 2, 2, 1]);
      expect(table.tasks.find((t) => t.stt === '110.')!.text).toMatch(/Giấy hẹn khám lại; Kết quả xét nghiệm; để cơ sở/);
    });

    it('keeps the groups flat, each task in its group', () => {
      const table = tableOf(name);
      expect(table.sections.map((s) => [s.stt, s.parent])).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.', 'VII.'].map((stt) => [stt, null]));
      expect(table.tasks.find((t) => t.stt === '77.')!.group).toMatch(/^IV\. Phát triển, trọng dụng nhân lực/);
    });
  });

  describe('Đồng Nai 179/KH-UBND: parts A/B/C, Roman groups restarting in each part, 3-level ordinals, the header repeated', () => {
    const name = 'dongnai-179-kh-ubnd-2025-kinh-te-so';

    it('nests groups under parts and sub-groups under groups; "C" after "VII" is the next part', () => {
      const table = tableOf(name);
      const label = (i: number | null) => (i === null ? null : table.sections[i]!.stt);
      expect(table.sections.map((s) => `${s.stt}<${label(s.parent) ?? ''}`).join(' ')).toBe(
        'A< I<A II<A III<A IV<A V<A VI<A VII<A VIII<A IX<A B< I<B II<B III<B IV<B IV<B 5.1<IV 5.2<IV VI<B VII<B C< I<C II<C III<C IV<C V<C VI<C',
      );
      expect(table.tasks.find((t) => t.stt === '5.1.3')!.group).toBe('5.1 Thương mại');
    });

    it('skips the 8 repeated headers ("Nội dung" merged over the STT and task columns) and keeps the columns', () => {
      const table = tableOf(name);
      expect(table.columns).toEqual({ stt: 0, task: 1, lead: 2, support: 3, deadline: 4, expected: 5 });
      expect(table.tasks.some((t) => /^Nội dung$|Đơn vị thực hiện/.test(t.text))).toBe(false);
    });
  });

  describe('Bộ VHTTDL 6225: a person column between the task and the lead, "Kết quả thực hiện" before the deadline', () => {
    it("takes the unit column as the lead, not the person answerable, and the result as the plan's expected result", () => {
      const analysed = analyse('bvhttdl-6225-cv-2025-nhiem-vu-cuoi-nam').analysed[0]!;
      expect(analysed.table.columns).toEqual({ stt: 0, task: 1, lead: 3, support: 4, expected: 5, deadline: 6 });
      expect(analysed.unitReport).toBeNull();
    });
  });

  describe('NQ 394/NQ-CP: a second lead in a row-span sub-row', () => {
    it('gives task 1 both lead/support pairs and its one deadline', () => {
      const first = tableOf('cp-394-nq-2025-moi-truong-de-an').tasks[0]!;
      expect(first.rows).toHaveLength(2);
      expect(cell(first, 'lead')).toBe('Trung ương Mặt trận Tổ quốc Việt Nam Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương');
      expect(first.deadline.text).toBe('2030');
    });
  });

  describe('An Giang Sở Tư pháp tracker: two-row header, formula STT, months typed as dates', () => {
    const name = 'angiang-stp-2026-theo-doi-vbqppl-qd';

    it('reads the header over two rows, the drafting body as the lead and the submission day as the deadline', () => {
      const table = tableOf(name);
      expect(table.headerRows).toEqual([0, 1]);
      expect(table.columns).toEqual({ stt: 0, task: 1, lead: 2, deadline: 11, note: 18 });
    });

    it("numbers the tasks 1 to 273 from the formulas' values", () => {
      expect(tableOf(name).tasks.map((t) => t.stt)).toEqual(Array.from({ length: 273 }, (_, i) => String(i + 1)));
    });

    it('reads a month typed as a date cell as the month it shows', () => {
      const dated = tableOf(name).tasks.filter((t) => t.values.deadline?.kind === 'date');
      expect(dated.map((t) => [t.deadline.text, t.deadline.kind, t.deadline.due])).toEqual([
        ['Tháng 4/2026', 'month', '2026-04-30'],
        ['Tháng 5/2026', 'month', '2026-05-31'],
        ['Tháng 3/2026', 'month', '2026-03-31'],
      ]);
    });
  });

  describe('the same documents laid out as other issuers lay theirs out', () => {
    const variants: [string, string, Variant][] = [
      [
        'the lead before the task, a product column between the task and the support',
        'hanoi-310-kh-ubnd-2025-5g-iot',
        {
          columns: ['stt', 'lead', 'task', null, 'support', 'deadline'],
          header: ['TT', 'CƠ QUAN CHỦ TRÌ', 'NỘI DUNG/NHIỆM VỤ', 'Sản phẩm', 'CƠ QUAN PHỐI HỢP', 'THỜI GIAN THỰC HIỆN'],
        },
      ],
      ['group headings written in one cell merged across the row ("I NHÓM GIẢI PHÁP ...")', 'dongthap-552-kh-ubnd-2025-doi-moi-cong-nghe', { section: () => 'one-cell' }],
      ['parts and groups in one cell, 3-level sub-groups too ("5.1 Thương mại")', 'dongnai-179-kh-ubnd-2025-kinh-te-so', { section: () => 'one-cell' }],
      [
        'the deadline before the units, a person column at the end',
        'bvhttdl-6225-cv-2025-nhiem-vu-cuoi-nam',
        {
          columns: ['stt', 'task', 'deadline', 'lead', 'support', 'result', 'other:Người đứng đầu chịu trách nhiệm'],
          header: ['STT', 'Tên nhiệm vụ', 'Thời hạn hoàn thành', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Người đứng đầu chịu trách nhiệm'],
        },
      ],
    ];

    it.each(variants)('%s (%s)', (_, name, variant) => {
      const analysed = checkWorkbook(pastedWorkbook(name, variant), { asOf: AS_OF });
      const source = analyse(name).source;
      expect(analysed).toHaveLength(1);
      const nesting = (table: CheckedTable['table']) => table.sections.map((s) => [s.stt, s.title, s.parent]);
      expect(nesting(analysed[0]!.table)).toEqual(nesting(tableOf(name)));
      expect(analysed[0]!.table.sections).toHaveLength(source.sections);
      expect(read(analysed[0]!.table)).toEqual(expected(source));
    });
  });
});
