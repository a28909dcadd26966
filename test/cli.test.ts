/** The command line as a user runs it: texts, JSON, exit codes, messages, and never writing over an input. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { main } from '../src/cli/main';
import { outputProblem, systemErrorMessage } from '../src/cli/paths';
import { cellText } from '../src/core/grid';
import { CheckReportSchema } from '../src/core/report';
import { TASK_STATES, type TaskState } from '../src/core/state';
import { readWorkbookFile } from '../src/io/readWorkbook';

const root = join(__dirname, '..');
const EXAMPLES = join(root, 'examples');
const BACH_LONG_VI = join(EXAMPLES, 'ke-hoach-01-bach-long-vi.xlsx');
const PHU_LUC = join(EXAMPLES, 'ke-hoach-bcd-tinh-phu-luc-I-IV.xlsx');
const HAI_PHONG = join(EXAMPLES, 'bao-cao-de-an-06-hai-phong.xlsx');
const PLAN_TEXT = join(__dirname, 'fixtures', 'plans', 'seed001-de-an-06-hai-phong.txt');
const AS_OF = '2025-11-14';

// Every run starts its reader processes: a test of several runs takes seconds.
jest.setTimeout(60_000);

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

const temp = () => mkdtempSync(join(tmpdir(), 'phuluc-cli-'));
const lines = (text: string) => text.split('\n');
/** Columns as a terminal counts them: one per character of NFC text. */
const columns = (line: string) => [...line.normalize('NFC')].length;

function workbookWithMissingLead(): string {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
    ['1', 'Rà soát thủ tục', 'Sở Tư pháp', 'Tháng 9/2025'],
    ['2', 'Tập huấn kỹ năng số', null, 'Quý IV/2025'],
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Phụ lục');
  const path = join(temp(), 'thieu-chu-tri.xlsx');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

/**
 * A big plan made from seed 000's appendix (test/fixtures/plans/seed000-bach-long-vi.json): its nine
 * tasks repeated to 1,251 rows, every third lead cell with a stray trailing space.
 */
function bigPlan(): string {
  const seed = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'plans', 'seed000-bach-long-vi.json'), 'utf8')) as {
    title: string[];
    header: string[];
    tasks: { task: string[]; lead: string[]; support: string[]; deadline: string[] }[];
  };
  const rows = Array.from({ length: 1251 }, (_, i) => {
    const task = seed.tasks[i % seed.tasks.length]!;
    const lead = task.lead.join(' ').replace(/- /g, '-');
    return [String(i + 1), task.task.join(' '), i % 3 === 0 ? `${lead} ` : lead, task.support.join(' '), task.deadline.join(' ')];
  });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([...seed.title.map((line) => [line]), [], seed.header, ...rows]), 'Phụ lục');
  const path = join(temp(), 'ke-hoach-lon.xlsx');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

describe('phuluc check', () => {
  it('prints a Vietnamese summary and exits 0 for a clean plan', async () => {
    const { code, out, err } = await run('check', BACH_LONG_VI, '--as-of', AS_OF);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('Ngày chốt số liệu: 14/11/2025');
    expect(out).toContain(
      [
        '  9 nhiệm vụ:',
        '    đã hoàn thành 0 (đúng hạn 0, quá hạn 0)',
        '    chưa hoàn thành 8 (trong hạn 1, quá hạn 4, chưa có thời hạn cụ thể 3)',
        '    thường xuyên 1',
        '    Tỷ lệ hoàn thành 0% (0/4: đã HT ÷ (đã HT + chưa HT quá hạn))',
      ].join('\n'),
    );
    expect(out).toContain('    Dòng 7 · STT 1 · hạn 30/04/2025 (Tháng 4/2025) · quá 198 ngày\n      Văn phòng HĐND-UBND huyện — Xây dựng Kế hoạch');
  });

  it('speaks English with --lang en (or EN)', async () => {
    for (const lang of ['en', 'EN']) {
      const { out } = await run('check', BACH_LONG_VI, '--as-of', AS_OF, '--lang', lang);
      expect(out).toContain('Cut-off date: 14/11/2025');
      expect(out).toContain('9 tasks:\n    0 done (0 on time, 0 late)\n    8 not done (1 within the deadline, 4 overdue, 3 with no fixed deadline)');
      expect(out).toContain('[warning]');
    }
  });

  it('prints one JSON document that matches the documented schema', async () => {
    const { code, out } = await run('check', BACH_LONG_VI, '--as-of', AS_OF, '--json');
    expect(code).toBe(0);
    const report = CheckReportSchema.parse(JSON.parse(out));
    expect(report).toMatchObject({ file: BACH_LONG_VI, asOf: AS_OF });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.findings.filter((f) => f.code === 'SPLIT_ROW').map((f) => f.cell)).toEqual(['B7', 'B10', 'B14', 'B17']);
    const [table] = report.tables;
    expect(table).toMatchObject({ sheet: 'Phụ lục', headerRows: [5], columns: { stt: 'A', task: 'B', lead: 'C', support: 'D', deadline: 'E' } });
    expect(table!.tasks[0]).toMatchObject({
      row: 7,
      stt: '1',
      group: null,
      lead: [{ name: 'Văn phòng HĐND-UBND huyện', collective: false }],
      deadline: { text: 'Tháng 4/2025', kind: 'month', due: '2025-04-30' },
      status: { text: null, done: false, completedOn: null },
      state: 'overdue',
    });
  });

  it('reads only the sheet named by --sheet', async () => {
    const report = CheckReportSchema.parse(JSON.parse((await run('check', PHU_LUC, '--sheet', 'Phụ lục III', '--json', '--as-of', AS_OF)).out));
    expect(report.tables.map((t) => [t.sheet, t.tasks.length])).toEqual([['Phụ lục III', 9]]);
  });

  it('applies corrections of column roles given with --columns', async () => {
    const { out } = await run('check', BACH_LONG_VI, '--json', '--columns', 'support=E,deadline=D');
    expect(CheckReportSchema.parse(JSON.parse(out)).tables[0]!.columns).toEqual({ stt: 'A', task: 'B', lead: 'C', support: 'E', deadline: 'D' });
  });

  it('checks several files at once', async () => {
    const { code, out } = await run('check', BACH_LONG_VI, PHU_LUC, '--json', '--as-of', AS_OF);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(2);
  });

  it('exits 1 and points at the cell when an error remains', async () => {
    const { code, out } = await run('check', workbookWithMissingLead(), '--json');
    expect(code).toBe(1);
    const report = CheckReportSchema.parse(JSON.parse(out));
    expect(report.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([['MISSING_LEAD', 'Phụ lục', 'C3']]);
  });

  it.each([
    ['not-excel.xlsx', 'không phải tệp Excel'],
    ['damaged.xlsx', 'tệp bị hỏng'],
    ['password.xlsx', 'tệp có mật khẩu'],
    ['no-table.xlsx', 'không tìm thấy bảng phụ lục nhiệm vụ'],
    ['missing.xlsx', 'không tìm thấy tệp'],
    ['plans', 'là thư mục, không phải tệp; hãy cho từng tệp'],
  ])('exits 2 with a one-line reason for %s', async (name, reason) => {
    const { code, out, err } = await run('check', join(__dirname, 'fixtures', name));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain(reason);
  });
});

describe('the cut-off date as people type it', () => {
  it('takes --as-of 14/11/2025 as 2025-11-14, and 1/12/2025 or 14.11.2025 too', async () => {
    const iso = await run('check', HAI_PHONG, '--as-of', AS_OF, '--json');
    const typed = await run('check', HAI_PHONG, '--as-of', '14/11/2025', '--json');
    expect(typed.code).toBe(0);
    expect(JSON.parse(typed.out)).toEqual(JSON.parse(iso.out));
    expect(JSON.parse(typed.out).asOf).toBe(AS_OF);
    expect(JSON.parse((await run('check', HAI_PHONG, '--as-of', '1/12/2025', '--json')).out).asOf).toBe('2025-12-01');
    expect(JSON.parse((await run('check', HAI_PHONG, '--as-of', '14.11.2025', '--json')).out).asOf).toBe(AS_OF);
    expect((await run('check', HAI_PHONG, '--as-of', '14/11/2025')).out).toContain('Ngày chốt số liệu: 14/11/2025');
  });

  it.each([
    [['--as-of', '30/02/2025'], 'phuluc: --as-of: ngày 30/02/2025 không có thật'],
    [['--as-of', '2025-02-30'], 'phuluc: --as-of: ngày 2025-02-30 không có thật'],
    [['--as-of', 'hôm nay'], 'phuluc: --as-of: không đọc được ngày "hôm nay"; gõ dd/mm/yyyy, ví dụ 14/11/2025'],
    [['--as-of', '30/02/2025', '--lang', 'en'], 'phuluc: --as-of: 30/02/2025 is not a real day'],
  ])('refuses %j in one line of the user’s language', async (extra, message) => {
    const { code, err } = await run('check', HAI_PHONG, ...extra);
    expect(code).toBe(2);
    expect(err).toBe(`${message}\n`);
  });
});

describe('messages', () => {
  it.each([
    [['check', HAI_PHONG, '--asof', AS_OF], 'phuluc: không có tùy chọn --asof; có phải --as-of?'],
    [['check', HAI_PHONG, '--asof', AS_OF, '--lang', 'en'], 'phuluc: no option --asof; did you mean --as-of?'],
    [['summarize', HAI_PHONG, '--ouput', 'x.xlsx'], 'phuluc: không có tùy chọn --ouput; có phải --output?'],
    [['consolidate', '.', '--mastr', HAI_PHONG], 'phuluc: không có tùy chọn --mastr; có phải --master?'],
    [['check', HAI_PHONG, '--bogus'], 'phuluc: không có tùy chọn --bogus (xem phuluc check --help)'],
    [['check', HAI_PHONG, '--plan-year', '25'], 'phuluc: --plan-year: cần năm đủ bốn chữ số từ 2000 đến 2100, ví dụ 2025; đã gõ "25"'],
    [['check', HAI_PHONG, '--plan-year', 'abc'], 'phuluc: --plan-year: cần năm đủ bốn chữ số từ 2000 đến 2100, ví dụ 2025; đã gõ "abc"'],
    [['check', HAI_PHONG, '--lang', 'fr'], 'phuluc: --lang: chỉ có vi (tiếng Việt) hoặc en (English); đã gõ "fr" / --lang: only vi (tiếng Việt) or en (English); got "fr"'],
    [['check', HAI_PHONG, '--sheet'], 'phuluc: --sheet cần một giá trị (xem phuluc check --help)'],
    [['check', HAI_PHONG, '--json=yes'], 'phuluc: --json không nhận giá trị'],
    [['check'], 'phuluc: thiếu tệp đầu vào (xem phuluc check --help)'],
    [['summarize', HAI_PHONG, BACH_LONG_VI, '-o', 'x.xlsx'], `phuluc: phuluc summarize nhận đúng một tệp; đã cho 2: ${HAI_PHONG}, ${BACH_LONG_VI}`],
    [['summarize', HAI_PHONG], 'phuluc: thiếu -o <tổng-hợp.xlsx> (tệp ghi ra)'],
    [['consolidate', HAI_PHONG, '-o', 'x.xlsx'], 'phuluc: thiếu --master <kế-hoạch.xlsx> (tệp kế hoạch)'],
    [['consolidate', '.', '--master', HAI_PHONG, '-o', 'x.xlsx', '--unit', 'a.xlsx'], 'phuluc: --unit "a.xlsx": cần dạng "tệp.xlsx=Tên đơn vị"'],
    [
      ['check', HAI_PHONG, '--columns', 'boss=C'],
      'phuluc: --columns: không có vai trò "boss"; các vai trò: stt, task, lead, support, deadline, expected, note, status, result, completed, difficulties, proposals, description, key',
    ],
    [['check', HAI_PHONG, '--columns', 'lead=3'], 'phuluc: --columns: "lead=3": cột là chữ cái như trong Excel (A, B, ..., AA)'],
    [['check', HAI_PHONG, '--columns', 'lead'], 'phuluc: --columns: "lead" cần dạng vai-trò=cột, ví dụ lead=C,deadline=F'],
    [['check', HAI_PHONG, '--columns', 'lead=C,lead=D'], 'phuluc: --columns: vai trò lead được cho hai lần'],
    [['fix', HAI_PHONG, '-o', 'x.xlsx', '--only', 'EXTRA_SPACE'], 'phuluc: --only: không có mã EXTRA_SPACE; có phải EXTRA_SPACES?'],
    [['fix', HAI_PHONG, '-o', 'x.xlsx', '--only='], 'phuluc: --only cần ít nhất một mã phát hiện, ví dụ --only EXTRA_SPACES,TEXT_NOT_NFC'],
    [['merge'], 'phuluc: không có lệnh "merge"; các lệnh: check, fix, summarize, consolidate, import, templates (phuluc --help)'],
    [['check', BACH_LONG_VI, '--units', 'khong-co.xlsx'], 'phuluc: --units khong-co.xlsx: không đọc được: không tìm thấy tệp'],
    [['check', BACH_LONG_VI, '--units', join(__dirname, 'fixtures')], `phuluc: --units ${join(__dirname, 'fixtures')} là thư mục, không phải tệp`],
  ])('%j: exit 2 and one line, in Vietnamese unless --lang en', async (argv, message) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`${message}\n`);
    expect(err).not.toMatch(/Unknown option|Too small|Invalid input|expected (one|string|number)|ENOENT|EISDIR/);
  });

  it('says what the file system refused in one line, never a raw ENOENT, EISDIR or ENOSPC', () => {
    const error = (code: string, path?: string) => Object.assign(new Error(`${code}: raw`), { code, path });
    expect(systemErrorMessage(error('ENOSPC'), 'vi', 'tong-hop.xlsx')).toBe('không ghi được tong-hop.xlsx: hết chỗ trên đĩa');
    expect(systemErrorMessage(error('ENOSPC'), 'en', 'tong-hop.xlsx')).toBe('cannot write tong-hop.xlsx: the disk is full');
    expect(systemErrorMessage(error('ENOENT', 'a/b.xlsx'), 'vi')).toBe('không tìm thấy tệp hay thư mục a/b.xlsx');
    expect(systemErrorMessage(error('EISDIR', 'out/'), 'vi')).toBe('out/ là thư mục, không phải tệp');
    expect(systemErrorMessage(new Error('no code'), 'vi')).toBeNull();
  });

  it('prints each command’s usage with --help, within 80 columns, and the version with --version', async () => {
    for (const command of ['check', 'fix', 'summarize', 'consolidate', 'import', 'templates']) {
      for (const help of ['--help', '-h']) {
        const { code, out, err } = await run(command, help);
        expect({ code, err }).toEqual({ code: 0, err: '' });
        expect(out).toMatch(new RegExp(`^Cách dùng: phuluc ${command} `));
        expect(lines(out).filter((line) => columns(line) > 80)).toEqual([]);
      }
      expect((await run(command, HAI_PHONG, '--help', '--lang', 'en')).out).toMatch(new RegExp(`^Usage: phuluc ${command} `));
    }
    for (const argv of [[], ['--help'], ['help']]) expect((await run(...argv)).out).toMatch(/^Cách dùng: phuluc <lệnh>/);
    expect((await run('--lang', 'en', '--help')).out).toMatch(/^Usage: phuluc <command>/);
    expect((await run('help', 'consolidate')).out).toMatch(/^Cách dùng: phuluc consolidate/);
    expect(lines((await run('--help')).out).filter((line) => columns(line) > 80)).toEqual([]);
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) expect(await run(flag)).toEqual({ code: 0, out: `phuluc ${version}\n`, err: '' });
  });
});

describe('figures that add up', () => {
  /** The numbers of the report sentence, by bucket. */
  function sentenceBuckets(sentence: string): Record<TaskState | 'total', number> {
    const m =
      /^Tổng số (\d+) nhiệm vụ; đã hoàn thành \d+ \(đúng hạn (\d+), quá hạn (\d+)\); chưa hoàn thành \d+ \(trong hạn (\d+), quá hạn (\d+)(?:, chưa có thời hạn cụ thể (\d+))?\); thường xuyên (\d+)\.$/.exec(
        sentence,
      );
    expect(m).not.toBeNull();
    const [, total, done_on_time, done_late, on_track, overdue, no_deadline, recurring] = m!.map(Number);
    return {
      total: total!,
      done_on_time: done_on_time!,
      done_late: done_late!,
      on_track: on_track!,
      overdue: overdue!,
      recurring: recurring!,
      no_deadline: Number.isNaN(no_deadline) ? 0 : no_deadline!,
    };
  }

  it('gives the same buckets in the report sentence, check’s counts and summarize’s table (Hải Phòng, 14/11/2025)', async () => {
    // check: the JSON's states, and the printed counts
    const report = CheckReportSchema.parse(JSON.parse((await run('check', HAI_PHONG, '--as-of', AS_OF, '--json')).out));
    const tasks = report.tables.flatMap((t) => t.tasks);
    const fromJson = Object.fromEntries([['total', tasks.length], ...TASK_STATES.map((s) => [s, tasks.filter((t) => t.state === s).length])]);
    const printed = (await run('check', HAI_PHONG, '--as-of', '14/11/2025')).out;
    const done = /đã hoàn thành (\d+) \(đúng hạn (\d+), quá hạn (\d+)\)/.exec(printed)!;
    const notDone = /chưa hoàn thành (\d+) \(trong hạn (\d+), quá hạn (\d+), chưa có thời hạn cụ thể (\d+)\)/.exec(printed)!;
    const fromCheck = {
      total: Number(/(\d+) nhiệm vụ, \d+ nhóm:/.exec(printed)![1]),
      done_on_time: Number(done[2]),
      done_late: Number(done[3]),
      on_track: Number(notDone[2]),
      overdue: Number(notDone[3]),
      no_deadline: Number(notDone[4]),
      recurring: Number(/\n {4}thường xuyên (\d+)\n/.exec(printed)![1]),
    };
    // summarize: the sentence it prints, and the plan's row of the per-unit sheet
    const output = join(temp(), 'tong-hop.xlsx');
    const summarized = await run('summarize', HAI_PHONG, '-o', output, '--as-of', AS_OF);
    const sentence = lines(summarized.out).find((line) => line.startsWith('Tổng số'))!;
    const byUnit = readWorkbookFile(output).sheets[0]!;
    const header = byUnit.rows[3]!.map((c) => cellText(c));
    const planRow = byUnit.rows.find((row) => cellText(row[1]).startsWith('Toàn kế hoạch'))!;
    const fromSheet = { total: Number(cellText(planRow[2])), ...Object.fromEntries(TASK_STATES.map((s, i) => [s, Number(cellText(planRow[3 + i]))])) };
    expect(header.slice(3, 9)).toEqual([
      'đã hoàn thành đúng hạn',
      'đã hoàn thành quá hạn',
      'chưa hoàn thành, trong hạn',
      'chưa hoàn thành, quá hạn',
      'thường xuyên',
      'chưa có thời hạn cụ thể',
    ]);

    const expected = { total: 50, done_on_time: 3, done_late: 1, on_track: 18, overdue: 1, recurring: 21, no_deadline: 6 };
    expect(fromJson).toEqual(expected);
    expect(fromCheck).toEqual(expected);
    expect(sentenceBuckets(sentence)).toEqual(expected);
    expect(fromSheet).toEqual(expected);
    expect(sentenceBuckets(cellText(byUnit.rows.find((row) => cellText(row[0]).startsWith('Tổng số'))![0]))).toEqual(expected);
  });

  it('shows the counts beside the rate of a unit with 1 of 9 tasks done, and says how the rate is computed', async () => {
    const output = join(temp(), 'tong-hop.xlsx');
    const { out } = await run('summarize', HAI_PHONG, '-o', output, '--as-of', AS_OF);
    expect(out).toMatch(/\n {2}Công an thành phố +9 +1 +0 {2}100% \(1\/1\)\n/);
    expect(out).toContain('Tỷ lệ hoàn thành 80% (4/5: đã HT ÷ (đã HT + chưa HT quá hạn))');
    expect(out.replace(/\s+/g, ' ')).toContain('Tỷ lệ hoàn thành = đã HT ÷ (đã HT + chưa HT quá hạn).');
    expect(out).not.toMatch(/Công an thành phố[^\n]*100%(?! \(1\/1\))/);
  });

  it('prints, for a big plan, the counts with Vietnamese separators, the first 10 overdue tasks and findings grouped by code; --all prints them all', async () => {
    const plan = bigPlan();
    // --json stays complete: every task, every finding
    const report = CheckReportSchema.parse(JSON.parse((await run('check', plan, '--as-of', AS_OF, '--json')).out));
    const tasks = report.tables[0]!.tasks;
    expect(tasks).toHaveLength(1251);
    const overdue = tasks.filter((t) => t.state === 'overdue').length;
    const spaces = report.findings.filter((f) => f.code === 'EXTRA_SPACES').length;
    expect(overdue).toBeGreaterThan(500);
    expect(spaces).toBeGreaterThan(417); // every third lead cell, and the seed's own double spaces

    const short = await run('check', plan, '--as-of', AS_OF);
    expect(short.code).toBe(0);
    expect(short.out).toContain('  1.251 nhiệm vụ:');
    expect(short.out).toContain(`  Quá hạn (${overdue}):`);
    expect(lines(short.out).filter((line) => /^ {4}Dòng \d+/.test(line))).toHaveLength(10);
    expect(short.out).toContain(`    … và ${overdue - 10} nhiệm vụ khác (--all để xem hết)`);
    expect(short.out).toContain(`    [cảnh báo] EXTRA_SPACES, ${spaces} ô: B`);
    expect(short.out).toContain(`  Phát hiện (0 lỗi, ${spaces} cảnh báo, 0 lưu ý):`);
    expect(lines(short.out).length).toBeLessThan(50);

    const all = await run('check', plan, '--as-of', AS_OF, '--all');
    expect(lines(all.out).filter((line) => /^ {4}Dòng \d+/.test(line))).toHaveLength(overdue);
    expect(lines(all.out).filter((line) => /^ {4}\[cảnh báo\] [A-Z]+\d+ EXTRA_SPACES: /.test(line))).toHaveLength(spaces);
    for (const out of [short.out, all.out]) expect(lines(out).filter((line) => columns(line) > 80)).toEqual([]);
  });

  it('prints no line over 80 columns for any example, with or without --all, in either language', async () => {
    for (const lang of ['vi', 'en']) {
      for (const all of [[], ['--all']]) {
        const files = ['ke-hoach-01-bach-long-vi.xlsx', 'ke-hoach-bcd-tinh-phu-luc-I-IV.xlsx', 'bao-cao-de-an-06-hai-phong.xlsx', 'ke-hoach-68-duong-kinh-ocr.xlsx'].map((f) =>
          relative(process.cwd(), join(EXAMPLES, f)),
        );
        const { out } = await run('check', ...files, '--as-of', AS_OF, '--lang', lang, ...all);
        expect(out).toContain(lang === 'vi' ? 'Tổng cộng' : 'Total');
        expect(lines(out).filter((line) => columns(line) > 80)).toEqual([]);
      }
    }
  });
});

describe('never writing over an input', () => {
  /** A copy of `file` in a fresh folder, with a symbolic and a hard link to it, for -o to name. */
  function withLinks(file: string, name: string) {
    const dir = temp();
    const input = join(dir, name);
    copyFileSync(file, input);
    symlinkSync(input, join(dir, 'lien-ket.xlsx'));
    linkSync(input, join(dir, 'lien-ket-cung.xlsx'));
    return { dir, input, before: readFileSync(input), links: [join(dir, 'lien-ket.xlsx'), join(dir, 'lien-ket-cung.xlsx'), join(dir, '.', name)] };
  }

  it.each([
    ['summarize', HAI_PHONG, 'bao-cao.xlsx', (input: string, out: string) => ['summarize', input, '-o', out]],
    ['fix', HAI_PHONG, 'bao-cao.xlsx', (input: string, out: string) => ['fix', input, '-o', out]],
    ['import', PLAN_TEXT, 'ke-hoach.xlsx', (input: string, out: string) => ['import', input, '-o', out]],
    ['consolidate (the plan)', HAI_PHONG, 'ke-hoach.xlsx', (input: string, out: string) => ['consolidate', EXAMPLES, '--master', input, '-o', out]],
  ])('%s refuses -o naming its input through a link or "./", and leaves it as it was', async (_, file, name, argv) => {
    const { input, before, links } = withLinks(file, name);
    for (const link of [input, ...links]) {
      const { code, out, err } = await run(...argv(input, link), '--as-of', AS_OF);
      expect({ code, out }).toEqual({ code: 2, out: '' });
      expect(err).toBe(`phuluc: -o ${link}: tệp ghi ra phải khác tệp nguồn (đây là tệp đầu vào ${input}); phuluc không bao giờ ghi đè tệp đầu vào\n`);
      expect(readFileSync(input).equals(before)).toBe(true);
    }
  });

  it('consolidate refuses -o naming a unit’s report in a folder it reads, through a link too', async () => {
    const dir = temp();
    const units = join(dir, 'bao-cao');
    mkdirSync(units);
    const report = join(units, 'bach-long-vi.xlsx');
    copyFileSync(BACH_LONG_VI, report);
    symlinkSync(report, join(dir, 'lien-ket.xlsx'));
    const before = readFileSync(report);
    for (const out of [report, join(dir, 'lien-ket.xlsx')]) {
      const { code, err } = await run('consolidate', units, '--master', HAI_PHONG, '-o', out, '--as-of', AS_OF);
      expect(code).toBe(2);
      expect(err).toContain(`tệp ghi ra phải khác tệp nguồn (đây là tệp đầu vào ${report})`);
    }
    expect(readFileSync(report).equals(before)).toBe(true);
  });

  it.each([
    [['summarize', HAI_PHONG, '-o', 'tong-hop.xls'], 'phuluc: -o tong-hop.xls: tệp ghi ra phải có đuôi .xlsx'],
    [['summarize', HAI_PHONG, '-o', 'tong-hop'], 'phuluc: -o tong-hop: tệp ghi ra phải có đuôi .xlsx'],
    [['import', PLAN_TEXT, '-o', 'phu-luc.docx'], 'phuluc: -o phu-luc.docx: tệp ghi ra phải có đuôi .xlsx'],
    [['consolidate', EXAMPLES, '--master', HAI_PHONG, '-o', 'tong-hop.csv'], 'phuluc: -o tong-hop.csv: tệp ghi ra phải có đuôi .xlsx'],
    [['fix', HAI_PHONG, '-o', 'ban-sua.xlsm'], 'phuluc: -o ban-sua.xlsm: tệp ghi ra phải có đuôi .xlsx'],
    [['fix', join(__dirname, 'fixtures', 'bach-long-vi.xlsm'), '-o', 'ban-sua.xlsx'], 'phuluc: -o ban-sua.xlsx: tệp ghi ra phải có đuôi .xlsm'],
    [['summarize', HAI_PHONG, '-o', 'khong-co/tong-hop.xlsx'], 'phuluc: -o khong-co/tong-hop.xlsx: thư mục khong-co không tồn tại'],
    [['summarize', HAI_PHONG, '-o', 'examples'], `phuluc: -o examples là thư mục; hãy cho tên tệp, ví dụ ${join('examples', 'tong-hop.xlsx')}`],
    [['summarize', HAI_PHONG, '-o', 'tong-hop.xls', '--lang', 'en'], 'phuluc: -o tong-hop.xls: the output must end in .xlsx'],
  ])('%j is refused in one line before anything is read', async (argv, message) => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const { code, err } = await run(...argv, '--as-of', AS_OF);
      expect(code).toBe(2);
      expect(err).toBe(`${message}\n`);
      const output = argv[argv.indexOf('-o') + 1]!;
      expect(existsSync(join(root, output))).toBe(output === 'examples');
    } finally {
      process.chdir(cwd);
    }
  });

  it('uses one rule for every command: the same file whatever path names it', () => {
    const { input, links } = withLinks(HAI_PHONG, 'bao-cao.xlsx');
    for (const link of links) expect(outputProblem(link, ['', input], ['.xlsx'], 'vi')).toContain('tệp ghi ra phải khác tệp nguồn');
    expect(outputProblem(join(temp(), 'moi.xlsx'), [input], ['.xlsx'], 'vi')).toBeNull();
  });
});

describe('the installed command', () => {
  it('runs from bin/ without a stack trace, even on a damaged file', async () => {
    const bin = join(root, 'bin', 'phuluc.js');
    const ok = spawnSync(process.execPath, [bin, 'check', BACH_LONG_VI, '--json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(CheckReportSchema.parse(JSON.parse(ok.stdout)).tables).toHaveLength(1);
    const bad = spawnSync(process.execPath, [bin, 'check', join(__dirname, 'fixtures', 'damaged.xlsx')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
