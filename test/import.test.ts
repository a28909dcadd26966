/**
 * Building the appendix table from the plan itself. The seed plans are the test: seed 001's prose
 * task list (as the text copied out of its PDF, as a Word document, as the Word document a PDF
 * converter makes of its PDF, and as a PDF), seed 004's OCR'd text, seed 003's four appendix tables
 * as a Word document with merged cells and a two-row header and as PDFs, seed 002's directive, and
 * Bộ Tư pháp's plan 173/QĐ-BTP (shared/realworld) as text and as a PDF. Each task must come out with
 * the lead, support and deadline of the verbatim transcriptions in test/fixtures/plans/*.json.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main';
import { readDeadlineText } from '../src/core/deadline/readDeadline';
import { cellText } from '../src/core/grid';
import { paragraphsOf } from '../src/core/import/paragraphs';
import { type ImportedPlan, importPlan, importText } from '../src/core/import/importPlan';
import { recogniseWorkbook } from '../src/core/recognise/recogniseWorkbook';
import { fold, squish } from '../src/core/text';
import { splitUnits } from '../src/core/units';
import { isOwnOutput } from '../src/core/summaryLayout';
import { readDocxBytes } from '../src/io/docx';
import { readPdfPlan } from '../src/io/pdfReader';
import { readWorkbookFile } from '../src/io/readWorkbook';
import * as XLSX from '@e965/xlsx';
import seed003 from './fixtures/plans/seed003-bcd-tinh.json';
import { appendixTable, type DocxBlock, docxOf } from './helpers/docx';
import { pdfOf, scannedPdf } from './helpers/pdf';
import { wordFromPdf } from './helpers/printed';
import { expectedTasks, proseLines, realworldPlan } from './helpers/realworldPlan';

jest.setTimeout(60_000); // PDFs are written with pdfkit and read with pdf.js in a worker thread

const AS_OF = '2025-11-14';
const PLANS = join(__dirname, 'fixtures', 'plans');
const seedText = (name: string) => readFileSync(join(PLANS, `${name}.txt`), 'utf8');
const transcribed = (name: string) =>
  (JSON.parse(readFileSync(join(PLANS, `${name}.json`), 'utf8')) as { items: { stt?: string; text: string; lead?: string; support?: string; deadline?: string }[] }).items.filter(
    (item) => item.lead,
  );

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

/** A PDF of the blocks, written to the test's folder, read the way the command line reads it. */
async function importPdf(name: string, blocks: readonly DocxBlock[], layout: Parameters<typeof pdfOf>[1] = {}): Promise<ImportedPlan> {
  const file = join(temp, name);
  writeFileSync(file, await pdfOf(blocks, layout));
  const reply = await readPdfPlan(file, AS_OF);
  if (!('plan' in reply)) throw new Error(`${name}: ${reply.failure}`);
  return reply.plan;
}

const RUNNING_HEADER = 'Kế hoạch thực hiện Đề án 06 năm 2025';

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

  it('reads the same 50 tasks from the Word document a PDF converter makes (a paragraph per printed line, blank ones between, page numbers and a running header)', () => {
    const blocks = wordFromPdf(paragraphsOf(seedText('seed001-de-an-06-hai-phong')), { header: RUNNING_HEADER });
    const paragraphs = blocks.flatMap((b) => ('paragraph' in b ? [b.paragraph] : []));
    // What the converter makes: lines of at most 90 characters, a blank paragraph after each, the page furniture.
    expect(Math.max(...paragraphs.map((p) => p.length))).toBeLessThanOrEqual(90);
    expect(paragraphs.filter((p) => p === '').length).toBe(paragraphs.length / 2);
    expect(paragraphs.filter((p) => p === RUNNING_HEADER).length).toBeGreaterThanOrEqual(8);
    expect(paragraphs).toContain('9');
    const fromWord = importPlan(readDocxBytes(docxOf(blocks)), AS_OF);
    expect(tasksOf(fromWord)).toEqual(tasks); // same STT, text, lead, support and deadline
    expect(fromWord.counts).toEqual(plan.counts);
    expect(fromWord.planYear).toBe(2025);
  });

  it('reads the same 50 tasks from the plan as a PDF (its text layer: justified lines, indented paragraphs, page numbers, a running header)', async () => {
    const fromPdf = await importPdf(
      'seed001.pdf',
      paragraphsOf(seedText('seed001-de-an-06-hai-phong')).map((paragraph) => ({ paragraph })),
      { header: RUNNING_HEADER },
    );
    expect(tasksOf(fromPdf)).toEqual(tasks);
    expect(fromPdf.counts).toEqual(plan.counts);
    expect(fromPdf.title).toBe(plan.title);
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
  const blocks: DocxBlock[] = [
    { paragraph: 'KẾ HOẠCH TRIỂN KHAI NHIỆM VỤ NĂM 2025' },
    ...seed003.appendices.flatMap((a): DocxBlock[] => [
      { paragraph: a.name.toUpperCase() },
      { paragraph: a.title },
      { table: appendixTable(a.rows as string[][], a.name === 'Phụ lục II') },
    ]),
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
    const breaks = docxOf([
      {
        table: [
          [{ text: 'STT' }, { text: 'Nhiệm vụ' }, { text: 'Đơn vị chủ trì' }, { text: 'Thời hạn' }],
          [{ text: '1' }, { text: 'Rà soát thủ tục\nvà báo cáo' }, { text: 'Sở Tư pháp' }, { text: 'Quý IV/2025' }],
        ],
      },
    ]);
    expect(tasksOf(importPlan(readDocxBytes(breaks), AS_OF))[0]!.text).toBe('Rà soát thủ tục\nvà báo cáo');
  });

  it.each([
    ['landscape', true],
    ['portrait (narrow columns, cells wrapping over many lines, a section title over three)', false],
  ])('reads the same tables from the plan as a PDF, %s: columns from where the text stands, rows, merged section rows, the header repeated on each page', async (_, landscape) => {
    const fromPdf = await importPdf(`seed003-${landscape ? 'ngang' : 'doc'}.pdf`, blocks, { landscape, header: 'Phụ lục kèm theo Kế hoạch' });
    expect(fromPdf.tables.map((t) => t.name)).toEqual(['PHỤ LỤC I', 'PHỤ LỤC II', 'PHỤ LỤC III', 'PHỤ LỤC IV']);
    expect(fromPdf.tables.map((t) => t.rows)).toEqual(plan.tables.map((t) => t.rows));
  });
});

describe('seed 002: a directive (công văn), its tasks under the units it names', () => {
  const text = seedText('seed002-cong-van-de-an-06');
  const plan = importText(text, AS_OF);
  const KHCN = 'Sở Khoa học và Công nghệ';
  const VP = 'Văn phòng Ủy ban nhân dân thành phố';
  /** Unit by unit, as the seed writes them: each task's first words, its lead, support and deadline as read. */
  const EXPECTED = [
    { stt: '1.', starts: 'Công bố địa chỉ trụ sở làm việc (mới)', lead: 'Các sở, ban, ngành và Ủy ban nhân dân cấp xã', support: '', deadline: '' },
    { stt: '2.', starts: 'Tổ chức rà soát, đánh giá, nâng cấp', lead: 'Các sở, ban, ngành', support: '', deadline: 'Trước 10h00 thứ Năm hàng tuần' },
    { stt: 'a)', starts: 'Chủ trì, phối hợp Sở Khoa học và Công nghệ hướng dẫn', lead: 'Công an thành phố', support: KHCN, deadline: '' },
    { stt: 'b)', starts: 'Chủ trì, phối hợp với Sở Khoa học và Công nghệ tổng hợp', lead: 'Công an thành phố', support: KHCN, deadline: 'Vào thứ Năm hàng tuần' },
    { stt: 'a)', starts: 'Tiếp tục bám sát Cục Chứng thực số', lead: KHCN, support: 'các sở, ngành, địa phương; Bộ Công an', deadline: '' },
    { stt: 'b)', starts: 'Tổ chức phổ biến và yêu cầu toàn bộ cán bộ', lead: KHCN, support: 'các sở, ngành, địa phương', deadline: '' },
    { stt: 'c)', starts: 'Bảo đảm hệ thống máy chủ', lead: KHCN, support: 'các sở, ngành, địa phương', deadline: '' },
    { stt: 'd)', starts: 'Có trách nhiệm cung cấp đầu mối', lead: KHCN, support: 'các sở, ngành, địa phương; Công an thành phố', deadline: '' },
    { stt: '5.', starts: 'Chủ trì, phối hợp các đơn vị liên quan khẩn trương', lead: 'Sở Nội vụ', support: 'các đơn vị liên quan', deadline: 'Ngay trong tháng 7/2025' },
    { stt: 'a)', starts: 'Chủ trì, phối hợp với các sở, ngành, đơn vị có liên quan', lead: VP, support: 'các sở, ngành, đơn vị có liên quan và Ủy ban nhân dân cấp xã', deadline: '' },
    { stt: 'b)', starts: 'Trung tâm hành chính công thành phố, cấp xã', lead: VP, support: '', deadline: '' },
  ];

  it('finds the 11 tasks, unit by unit, with the lead of their section, the units they work with and the deadline their text names', () => {
    const tasks = tasksOf(plan);
    expect(tasks.map(({ stt, lead, support, deadline }) => ({ stt, lead, support, deadline }))).toEqual(EXPECTED.map(({ starts: _, ...rest }) => rest));
    tasks.forEach((task, i) => expect(task.text.startsWith(EXPECTED[i]!.starts)).toBe(true));
  });

  it('takes each task’s text whole from the seed (the paragraph of an item under a), nothing of the letter’s closing or the PDF’s link list)', () => {
    const seed = squish(text);
    for (const task of tasksOf(plan)) expect(seed).toContain(squish(task.text));
    const tasks = tasksOf(plan);
    expect(tasks[4]!.text).toContain('\nTham mưu kiện toàn Tổ Công nghệ số tại cộng đồng');
    expect(tasks[8]!.text.endsWith('tổ chức tập huấn ngay trong tháng 7/2025.')).toBe(true);
    expect(tasks[10]!.text.endsWith('giấy xác nhận cư trú, căn cước.')).toBe(true);
  });

  it('groups the tasks of units with several under the unit’s section row', () => {
    const sections = plan.tables[0]!.rows.filter((r) => r.kind === 'section').map((r) => `${r.stt} ${r.text}`);
    expect(sections).toEqual(['3. Công an thành phố', '4. Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành, địa phương', '6. Văn phòng Ủy ban nhân dân thành phố']);
  });

  it('reads the deadlines it found: weekly reports are recurring, "ngay trong tháng 7/2025" is the month’s end', () => {
    const read = tasksOf(plan).flatMap((t) => (t.deadline ? [[t.deadline, deadline(t.deadline)]] : []));
    expect(read).toEqual([
      ['Trước 10h00 thứ Năm hàng tuần', { kind: 'recurring', due: null }],
      ['Vào thứ Năm hàng tuần', { kind: 'recurring', due: null }],
      ['Ngay trong tháng 7/2025', { kind: 'month', due: '2025-07-31' }],
    ]);
  });

  it('reads the same tasks from the directive as a PDF and as the Word document a converter makes of it', async () => {
    const paragraphs = paragraphsOf(text);
    expect(tasksOf(importPlan(readDocxBytes(docxOf(wordFromPdf(paragraphs))), AS_OF))).toEqual(tasksOf(plan));
    expect(
      tasksOf(
        await importPdf(
          'seed002.pdf',
          paragraphs.map((paragraph) => ({ paragraph })),
        ),
      ),
    ).toEqual(tasksOf(plan));
  });
});

describe('Bộ Tư pháp’s plan 173/QĐ-BTP (shared/realworld): a)/b) tasks with "- Đơn vị chủ trì:" lines', () => {
  const source = realworldPlan('btp-173-2015-kh-phoi-hop-ubdt');
  const lines = proseLines(source);
  /** The transcription's values keep their full stop; the import's cells do not. */
  const expected = expectedTasks(source).map((t) => ({ ...t, lead: t.lead.replace(/\.$/, ''), support: t.support.replace(/\.$/, ''), deadline: t.deadline.replace(/\.$/, '') }));
  const asRows = (plan: ImportedPlan) => tasksOf(plan).map(({ stt, text, lead, support, deadline }) => ({ stt, text, lead, support, deadline }));

  it('gives the 28 tasks of the transcription, lettered within their 8 groups, and none from the purpose or the duties around them', () => {
    const plan = importText(lines.join('\n'), AS_OF);
    expect(asRows(plan)).toEqual(expected);
    expect(plan.tables[0]!.rows.filter((r) => r.kind === 'section').map((r) => r.stt)).toEqual(['II.', '1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.']);
    expect(plan.planYear).toBe(2015);
  });

  it('reads the same from its Word document and from its PDF', async () => {
    const blocks = lines.map((paragraph) => ({ paragraph }));
    expect(asRows(importPlan(readDocxBytes(docxOf(blocks)), AS_OF))).toEqual(expected);
    expect(asRows(await importPdf('btp-173.pdf', blocks))).toEqual(expected);
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

  it('lists a group whose announced count differs from the tasks found, counts written with Vietnamese separators', async () => {
    const file = join(temp, 'ke-hoach-dai.docx');
    const tasks = Array.from({ length: 1_005 }, (_, i) => [`${i + 1}. Rà soát hồ sơ số ${i + 1}.`, '- Cơ quan chủ trì: Sở Tư pháp.', '- Thời gian hoàn thành: 31/12/2025.']).flat();
    writeFileSync(file, docxOf(['KẾ HOẠCH Rà soát hồ sơ năm 2025', 'I. NHIỆM VỤ CỤ THỂ (1000 nhiệm vụ)', ...tasks].map((p) => ({ paragraph: p }))));
    const imported = await run('import', file, '-o', join(temp, 'phu-luc-dai.xlsx'));
    expect(imported.code).toBe(0);
    expect(imported.out.split('\n').slice(1, 3)).toEqual(['nhóm ghi số nhiệm vụ khác số tìm thấy:', '  ghi 1.000, tìm thấy 1.005: I. NHIỆM VỤ CỤ THỂ (1000 nhiệm vụ)']);
  });

  it('imports a PDF: its tables and its prose list, checked as `phuluc check` would', async () => {
    const file = join(temp, 'ke-hoach.pdf');
    writeFileSync(
      file,
      await pdfOf(
        paragraphsOf(seedText('seed001-de-an-06-hai-phong')).map((paragraph) => ({ paragraph })),
        { header: RUNNING_HEADER },
      ),
    );
    const imported = await run('import', file, '-o', join(temp, 'phu-luc-pdf.xlsx'), '--json');
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.out) as { tables: { sheet: string; tasks: unknown[] }[]; findings: unknown[] };
    expect(report.tables.map((t) => [t.sheet, t.tasks.length])).toEqual([['Nhiệm vụ', 50]]);
    expect(report.findings).toEqual([]);
  });

  it('refuses a scanned PDF (no text layer) with the advice to run OCR first, and a Word 97 document with how to save it as .docx: exit 2', async () => {
    const scan = join(temp, 'ban-quet.pdf');
    writeFileSync(scan, await scannedPdf());
    expect(await run('import', scan, '-o', join(temp, 'q.xlsx'))).toMatchObject({
      code: 2,
      err: `phuluc: ${scan}: không đọc được: tệp PDF là bản quét, không có lớp chữ; cần nhận dạng chữ (OCR) trước, rồi nhập văn bản hoặc tệp Word nhận được`,
    });
    const word97 = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(word97, '/WordDocument', Buffer.from('Word 97 binary'));
    const doc = join(temp, 'ke-hoach.doc');
    writeFileSync(doc, XLSX.CFB.write(word97, { type: 'buffer' }) as Buffer);
    expect(await run('import', doc, '-o', join(temp, 'd.xlsx'), '--lang', 'en')).toMatchObject({
      code: 2,
      err: expect.stringContaining('a Word 97-2003 document (.doc) cannot be read; open it in Word, choose File › Save As › Word Document (*.docx), and import the .docx'),
    });
    // The same bytes named .docx, and an RTF saved as .doc, get the same advice; a .docx encrypted with a password is told so.
    const renamed = join(temp, 'doi-ten.docx');
    writeFileSync(renamed, XLSX.CFB.write(word97, { type: 'buffer' }) as Buffer);
    expect((await run('import', renamed, '-o', join(temp, 'e.xlsx'))).err).toContain('tệp Word 97-2003 (.doc) chưa đọc được');
    const rtf = join(temp, 'ke-hoach-rtf.doc');
    writeFileSync(rtf, '{\\rtf1\\ansi Kế hoạch}');
    expect((await run('import', rtf, '-o', join(temp, 'f.xlsx'))).err).toContain('Lưu thành › Tài liệu Word (*.docx)');
    const encrypted = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(encrypted, '/EncryptionInfo', Buffer.from('info'));
    XLSX.CFB.utils.cfb_add(encrypted, '/EncryptedPackage', Buffer.from('package'));
    const locked = join(temp, 'mat-khau.docx');
    writeFileSync(locked, XLSX.CFB.write(encrypted, { type: 'buffer' }) as Buffer);
    expect((await run('import', locked, '-o', join(temp, 'g.xlsx'))).err).toContain('tệp có mật khẩu');
  });

  it('says why when the file is not a plan: exit 2', async () => {
    const notWord = join(temp, 'khong-phai.docx');
    writeFileSync(notWord, 'văn bản thường, không phải Word');
    expect(await run('import', notWord, '-o', join(temp, 'x.xlsx'))).toMatchObject({ code: 2, err: expect.stringContaining('không phải tệp Word (.docx), PDF hay văn bản (.txt)') });
    const noTasks = join(temp, 'thu-moi.txt');
    writeFileSync(noTasks, 'GIẤY MỜI\nKính mời đồng chí dự họp lúc 8 giờ.');
    expect(await run('import', noTasks, '-o', join(temp, 'y.xlsx'))).toMatchObject({ code: 2, err: expect.stringContaining('không tìm thấy bảng phụ lục hay danh sách nhiệm vụ') });
  });
});
