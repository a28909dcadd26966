/**
 * Building the appendix table from the plan itself. The seed plans are the test: seed 001's prose
 * task list (as the text copied out of its PDF, and as a Word document), seed 004's OCR'd text, and
 * seed 003's four appendix tables as a Word document with merged cells and a two-row header. Each
 * task must come out with the lead, support and deadline of the verbatim transcriptions in
 * test/fixtures/plans/*.json.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main';
import { readDeadlineText } from '../src/core/deadline/readDeadline';
import { cellText } from '../src/core/grid';
import { paragraphsOf } from '../src/core/prose/paragraphs';
import { type ImportedPlan, importPlan, importText } from '../src/core/prose/importPlan';
import { recogniseWorkbook } from '../src/core/recognise/recogniseWorkbook';
import { fold, squish } from '../src/core/text';
import { splitUnits } from '../src/core/units';
import { isOwnOutput } from '../src/core/summaryLayout';
import { readDocxBytes } from '../src/io/docx';
import { readWorkbookFile } from '../src/io/readWorkbook';
import seed003 from './fixtures/plans/seed003-bcd-tinh.json';
import { type DocxBlock, type DocxCell, docxOf } from './helpers/docx';

const AS_OF = '2025-11-14';
const PLANS = join(__dirname, 'fixtures', 'plans');
const seedText = (name: string) => readFileSync(join(PLANS, `${name}.txt`), 'utf8');
const transcribed = (name: string) =>
  (JSON.parse(readFileSync(join(PLANS, `${name}.json`), 'utf8')) as { items: { stt?: string; text: string; lead?: string; support?: string; deadline?: string }[] }).items.filter((item) => item.lead);

const unitKeys = (cell: string | undefined) => splitUnits(cell ?? '').map((u) => u.key);
const words = (text: string) => squish(fold(text)).replace(/\s/g, '');
const deadline = (text: string | undefined) => {
  const { kind, due } = readDeadlineText(text ?? '', 2025);
  return { kind, due };
};

/** Each task as the comparison sees it: its wording, its units by key, its deadline read. */
function comparable(tasks: readonly { text: string; lead?: string; support?: string; deadline?: string }[]) {
  return tasks.map((t) => ({ text: words(t.text), lead: unitKeys(t.lead), support: unitKeys(t.support), deadline: deadline(t.deadline) }));
}

const tasksOf = (plan: ImportedPlan) => plan.tables.flatMap((t) => t.rows.filter((r) => r.kind === 'task'));

const temp = mkdtempSync(join(tmpdir(), 'phuluc-import-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main([...args, '--as-of', AS_OF], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('seed 001: the prose task list', () => {
  const plan = importText(seedText('seed001-de-an-06-hai-phong'), AS_OF);
  const tasks = tasksOf(plan);

  it('gives every task the lead, support and deadline of the transcription: 36 with a named lead, 14 general', () => {
    const expected = transcribed('seed001-de-an-06-hai-phong');
    expect(tasks).toHaveLength(50);
    expect(comparable(tasks)).toEqual(comparable(expected));
    const general = tasks.filter((t) => t.lead === 'Các sở, ban, ngành và địa phương');
    expect(general.map((t) => t.stt)).toEqual(Array.from({ length: 14 }, (_, i) => `1.${i + 1}.`));
    expect(general.filter((t) => t.deadline === 'Thường xuyên').map((t) => t.stt)).toEqual(['1.3.', '1.4.']);
    expect(tasks.length - general.length).toBe(36);
  });

  it('finds as many tasks under each group as the group announces', () => {
    expect(plan.counts.map((c) => [c.announced, c.found])).toEqual([
      [14, 14],
      [28, 28],
      [2, 2],
      [9, 9],
      [2, 2],
      [2, 2],
      [5, 5],
      [3, 3],
      [3, 3],
      [2, 2],
    ]);
  });

  it('keeps the group headings as section rows, in the plan’s order, and the plan year of its title', () => {
    const sections = plan.tables[0]!.rows.filter((r) => r.kind === 'section').map((r) => r.stt);
    expect(sections).toEqual(['III.', '1.', '2.', '2.1.', '2.2.', '2.3.', '2.4.', '2.5.', '2.6.', '2.7.', '2.8.', 'IV.', '1.', '2.']);
    expect(plan.planYear).toBe(2025);
  });

  it('reads the same tasks from a Word document of the plan as from its text', () => {
    const docx = docxOf(paragraphsOf(seedText('seed001-de-an-06-hai-phong')).map((p) => ({ paragraph: p })));
    expect(comparable(tasksOf(importPlan(readDocxBytes(docx), AS_OF)))).toEqual(comparable(tasks));
  });

  it('reads them from a Word document whose numbering is automatic (not in the text), numbered as Word shows them', () => {
    // "III.", "2.", "2.1.", "(1)" become levels 0 to 3 of one multi-level list and leave the text.
    const LEVELS = [/^[IVXL]+\.\s+/, /^\d+\.\s+/, /^\d+\.\d+\.\s+/, /^\(\d+\)\s*/];
    const blocks = paragraphsOf(seedText('seed001-de-an-06-hai-phong')).map((p): DocxBlock => {
      const level = LEVELS.findIndex((pattern) => pattern.test(p));
      return level < 0 ? { paragraph: p } : { paragraph: p.replace(LEVELS[level]!, ''), level };
    });
    const list = [
      { format: 'upperRoman', text: '%1.' },
      { format: 'decimal', text: '%2.' },
      { format: 'decimal', text: '%2.%3.' },
      { format: 'decimal', text: '(%4)' },
    ];
    const fromWord = tasksOf(importPlan(readDocxBytes(docxOf(blocks, list)), AS_OF));
    expect(comparable(fromWord)).toEqual(comparable(tasks));
    expect(fromWord.map((t) => t.stt)).toEqual(tasks.map((t) => t.stt));
  });
});

describe('seed 004: the same list, OCR’d without diacritics', () => {
  it('gives the 20 tasks of the transcription, a task’s unlabelled parts kept in its own row', () => {
    const tasks = tasksOf(importText(seedText('seed004-duong-kinh-ocr'), AS_OF));
    expect(comparable(tasks)).toEqual(comparable(transcribed('seed004-duong-kinh-ocr')));
    expect(tasks.find((t) => t.stt === '8.')!.text).toContain('\n(4) Cung cép dich vu');
  });
});

describe('seed 003: appendix tables in a Word document', () => {
  /** Phụ lục II's header is split over two rows ("Cơ quan" / "chủ trì"): the other headers are merged down. */
  function tableOf(rows: readonly (readonly string[])[], twoRowHeader: boolean): DocxCell[][] {
    const width = rows[0]!.length;
    return rows.map((row, r): DocxCell[] => {
      if (twoRowHeader && r < 2) return row.map((text, c) => (c === 2 ? { text } : { text: r === 0 ? text : '', vMerge: r === 0 ? 'restart' : 'continue' }));
      // A section row ("I.", its title) spans the row, as Word writes it.
      if (row.length === 2) return [{ text: row[0]! }, { text: row[1]!, span: width - 1 }];
      return row.map((text) => ({ text }));
    });
  }

  const blocks: DocxBlock[] = [
    { paragraph: 'KẾ HOẠCH TRIỂN KHAI NHIỆM VỤ NĂM 2025' },
    ...seed003.appendices.flatMap((a): DocxBlock[] => [{ paragraph: a.name.toUpperCase() }, { paragraph: a.title }, { table: tableOf(a.rows as string[][], a.name === 'Phụ lục II') }]),
  ];
  const plan = importPlan(readDocxBytes(docxOf(blocks)), AS_OF);
  const example = recogniseWorkbook(readWorkbookFile(join(__dirname, '..', 'examples', 'ke-hoach-bcd-tinh-phu-luc-I-IV.xlsx')), { asOf: AS_OF });

  it('comes across as one clean table per appendix, named after it', () => {
    expect(plan.tables.map((t) => t.name)).toEqual(['PHỤ LỤC I', 'PHỤ LỤC II', 'PHỤ LỤC III', 'PHỤ LỤC IV']);
  });

  it('has the tasks of the example workbook built from the same plan, table by table', () => {
    expect(plan.tables.map((t) => t.rows.filter((r) => r.kind === 'task').length)).toEqual(example.map((t) => t.tasks.length));
    const fromWord = plan.tables.map((t) => comparable(t.rows.filter((r) => r.kind === 'task')));
    const fromExample = example.map((t) =>
      comparable(t.tasks.map((task) => ({ text: task.text, lead: cellText(task.values.lead), support: cellText(task.values.support), deadline: cellText(task.values.deadline) }))),
    );
    expect(fromWord).toEqual(fromExample);
  });

  it('keeps a cell’s line breaks', () => {
    const breaks = docxOf([{ table: [[{ text: 'STT' }, { text: 'Nhiệm vụ' }, { text: 'Đơn vị chủ trì' }, { text: 'Thời hạn' }], [{ text: '1' }, { text: 'Rà soát thủ tục\nvà báo cáo' }, { text: 'Sở Tư pháp' }, { text: 'Quý IV/2025' }]] }]);
    expect(tasksOf(importPlan(readDocxBytes(breaks), AS_OF))[0]!.text).toBe('Rà soát thủ tục\nvà báo cáo');
  });
});

describe('phuluc import', () => {
  it('writes the table as a workbook `check` reads, and --json prints what `phuluc check --json` says of it', async () => {
    const output = join(temp, 'phu-luc.xlsx');
    const imported = await run('import', join(PLANS, 'seed001-de-an-06-hai-phong.txt'), '-o', output, '--json');
    expect(imported.code).toBe(0);
    const checked = await run('check', output, '--json');
    expect(JSON.parse(imported.out)).toEqual(JSON.parse(checked.out));
    const report = JSON.parse(imported.out) as { tables: { sheet: string; tasks: unknown[] }[]; findings: unknown[] };
    expect(report.tables.map((t) => [t.sheet, t.tasks.length])).toEqual([['Nhiệm vụ', 50]]);
    expect(report.findings).toEqual([]);
    // A plan units fill in and send back: not marked as phuluc's own output, so consolidation reads it.
    expect(isOwnOutput(readWorkbookFile(output))).toBe(false);
  });

  it('reads a Word document, and says what it wrote', async () => {
    const file = join(temp, 'ke-hoach.docx');
    writeFileSync(file, docxOf(paragraphsOf(seedText('seed004-duong-kinh-ocr')).map((p) => ({ paragraph: p }))));
    const imported = await run('import', file, '-o', join(temp, 'phu-luc-004.xlsx'));
    expect(imported).toMatchObject({ code: 0, out: `Đã ghi 20 nhiệm vụ (Trang "Nhiệm vụ"): ${join(temp, 'phu-luc-004.xlsx')}\n` });
  });

  it('says why when the file is not a plan: exit 2', async () => {
    const notWord = join(temp, 'khong-phai.docx');
    writeFileSync(notWord, 'văn bản thường, không phải Word');
    expect(await run('import', notWord, '-o', join(temp, 'x.xlsx'))).toMatchObject({ code: 2, err: expect.stringContaining('không phải tệp Word (.docx) hay văn bản (.txt)') });
    const noTasks = join(temp, 'thu-moi.txt');
    writeFileSync(noTasks, 'GIẤY MỜI\nKính mời đồng chí dự họp lúc 8 giờ.');
    expect(await run('import', noTasks, '-o', join(temp, 'y.xlsx'))).toMatchObject({ code: 2, err: expect.stringContaining('không tìm thấy bảng phụ lục hay danh sách nhiệm vụ') });
  });
});
