/**
 * `phuluc consolidate` on the folder a standing office really has on report day (issue 13, "Whose
 * file is whose"; the folder: test/helpers/reportDay.ts). Every answer must be right or visibly
 * uncertain: whose each file is and how phuluc knows, which files it did not read and why, and which
 * units, by name, have not reported.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { main } from '../src/cli/main';
import { cellText } from '../src/core/grid';
import { fold } from '../src/core/text';
import { readWorkbookFile } from '../src/io/readWorkbook';
import { REPORT_DAY, REPORT_DAY_FILES, reportDayFolder } from './helpers/reportDay';
import { AS_OF, ledBy, MASTER, tasks } from './helpers/unitFiles';

interface Source {
  file: string;
  unit: string | null;
  unitFrom: string | null;
  confirm: boolean;
  skipped: boolean;
  error: string | null;
  tasks: number;
  reported: number;
}

interface Counts {
  unit: string;
  total: number;
  done_on_time: number;
  done_late: number;
  on_track: number;
  overdue: number;
  recurring: number;
  no_deadline: number;
}

interface Consolidated {
  sources: Source[];
  byUnit: Counts[];
  notSubmitted: string[];
  notSubmittedTasks: { unit: string; tasks: { stt: string | null; text: string }[] }[];
  findings: { code: string; severity: string; file: string | null; cell: string | null; message: string }[];
}

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['consolidate', ...args, '--as-of', AS_OF], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const RUN_TIMEOUT = 120_000;
const { reports, duplicate, inferred, unknown, skipped } = REPORT_DAY;

/** The plan's own names of its units, collectives included ("Các sở, ban, ngành và địa phương"). */
const leadNames = new Set(tasks.flatMap((t) => t.lead.map((u) => u.name)));
const planUnits = new Set(
  tasks
    .flatMap((t) => [...t.lead, ...t.support])
    .filter((u) => !u.collective)
    .map((u) => u.name),
);
const said = (text: string | null, phrase: string) => (text ?? '').normalize('NFC').toLocaleLowerCase('vi').includes(phrase);
/** The line names the file itself ("thue-tp.xlsx", not "~$thue-tp.xlsx" nor "xthue-tp.xlsx"). */
const mentions = (line: string, name: string) => new RegExp(`(^|[\\s/\\\\"'“‘(:])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(line);
const sameUnit = (a: string, b: string) => fold(a) === fold(b);

/** The lead units with no file in the folder: each once, whatever its spelling in the plan; no collectives. */
const silentUnits = [
  ...new Map(
    tasks
      .flatMap((t) => t.lead)
      .filter((u) => !u.collective && !REPORT_DAY.reported.some((r) => sameUnit(r, u.name)))
      .map((u) => [fold(u.name), u.name]),
  ).values(),
];

/** Every cell of the output's "Tổng hợp" sheet (one row per plan task, with its source files). */
function consolidatedCells(output: string): string[] {
  const book = readWorkbookFile(output);
  const sheet = book.sheets.find((s) => s.name === 'Tổng hợp') ?? book.sheets[0]!;
  return sheet.rows.flatMap((row) => row.map((cell) => cellText(cell)));
}

describe('phuluc consolidate on the folder the office has on report day', () => {
  const dir = reportDayFolder();
  const path = (name: string) => join(dir, name);
  const output = join(mkdtempSync(join(tmpdir(), 'phuluc-ngay-bao-cao-out-')), 'tong-hop-thang-11.xlsx');
  let json: Consolidated;
  const source = (name: string) => {
    const found = json.sources.filter((s) => s.file === path(name));
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const findings = (code: string) => json.findings.filter((f) => f.code === code);
  const counts = (unit: string) => {
    const rows = json.byUnit.filter((u) => sameUnit(u.unit, unit));
    expect(rows).toHaveLength(1);
    return rows[0]!;
  };
  /** The source entry a file must have, as REPORT_DAY says: read, its unit, how phuluc knows, whether to confirm. */
  const expectReport = (name: keyof typeof reports) => {
    const { unit, unitFrom, confirm, tasks: rows } = reports[name];
    expect(source(name)).toMatchObject({ file: path(name), unit, unitFrom, confirm, skipped: false, error: null, tasks: rows });
  };

  beforeAll(async () => {
    const result = await run(dir, '--master', MASTER, '-o', output, '--json');
    expect({ code: result.code, err: result.err }).toMatchObject({ code: 0 });
    json = JSON.parse(result.out) as Consolidated;
  }, RUN_TIMEOUT);

  describe('every file in the folder is listed, under the path it was given', () => {
    it('lists each file and the sub-folder once, as folder + name', () => {
      expect(json.sources.map((s) => s.file).sort()).toEqual(REPORT_DAY_FILES.map(path).sort());
    });

    it('says for every source whose unit it is, where that came from, whether to confirm it and whether it was skipped', () => {
      for (const s of json.sources) {
        expect(Object.keys(s)).toEqual(expect.arrayContaining(['file', 'unit', 'unitFrom', 'confirm', 'skipped', 'error', 'tasks', 'reported']));
        expect(typeof s.confirm).toBe('boolean');
        expect(typeof s.skipped).toBe('boolean');
      }
    });

    it('names the file a finding is about in its file field and in its message', () => {
      const aboutFiles = json.findings.filter((f) => f.file !== null);
      expect(aboutFiles.length).toBeGreaterThan(0);
      for (const f of aboutFiles) {
        expect(REPORT_DAY_FILES.map(path)).toContain(f.file);
        expect(f.message).toContain(basename(f.file!));
      }
    });
  });

  describe('whose file is whose', () => {
    it('reads a letterhead with the city above the unit as the unit below it: "UBND THÀNH PHỐ HẢI PHÒNG" over "CÔNG AN THÀNH PHỐ HẢI PHÒNG" is Công an thành phố', () => {
      expectReport('bao-cao-thang-11.xlsx');
      expect(source('bao-cao-thang-11.xlsx').reported).toBe(reports['bao-cao-thang-11.xlsx'].tasks);
    });

    it('reads a letterhead typed without diacritics the same way: "TOA AN NHAN DAN THANH PHO HAI PHONG" is Tòa án nhân dân thành phố', () => {
      expectReport('toa-an.xlsx');
      expect(source('toa-an.xlsx').reported).toBe(reports['toa-an.xlsx'].tasks);
    });

    it('reads an .ods report like any other', () => {
      expectReport('So KHCN.ods');
      expect(source('So KHCN.ods').reported).toBe(reports['So KHCN.ods'].tasks);
    });

    it('names the unit from the abbreviation in a file with no letterhead: STP.xlsx is Sở Tư pháp, SGDDT_T11.xlsx is Sở Giáo dục và Đào tạo', () => {
      expectReport('STP.xlsx');
      expectReport('SGDDT_T11.xlsx');
      expect(source('STP.xlsx').reported).toBe(reports['STP.xlsx'].tasks);
      expect(source('SGDDT_T11.xlsx').reported).toBe(reports['SGDDT_T11.xlsx'].tasks);
    });

    it('infers Book1.xlsx’s unit from the rows it filled in, and asks the clerk to confirm it', () => {
      expectReport(inferred.file);
      expect(source(inferred.file).reported).toBe(reports[inferred.file].tasks);
      expect(findings('UNIT_UNCERTAIN').map((f) => f.file)).toEqual([path(inferred.file)]);
      expect(findings('UNIT_UNCERTAIN')[0]!.message).toContain(inferred.file);
    });

    it('says Book2.xlsx’s unit is unknown when it names none and filled nothing in, and counts its rows for nobody', () => {
      expectReport(unknown.file);
      expect(findings('UNIT_UNKNOWN').map((f) => f.file)).toEqual([path(unknown.file)]);
      expect(findings('UNIT_UNKNOWN')[0]!.message).toContain(unknown.file);
      // Nothing else is said about its rows (no missing, unknown or conflicting task), and no task takes a report from it.
      expect(json.findings.filter((f) => f.file === path(unknown.file)).map((f) => f.code)).toEqual(['UNIT_UNKNOWN']);
      expect(json.findings.filter((f) => f.code === 'CONFLICTING_STATUS' && f.message.includes(unknown.unit))).toEqual([]);
      expect(consolidatedCells(output).filter((text) => text.includes(unknown.file))).toEqual([]);
      expect(json.notSubmitted).toContain(unknown.unit);
    });

    it('asks for confirmation only of the files whose unit it inferred or could not find', () => {
      const toConfirm = json.sources.filter((s) => !s.skipped && s.confirm).map((s) => basename(s.file));
      expect(toConfirm.sort()).toEqual([inferred.file, unknown.file].sort());
    });

    it('never takes a file name, a sheet name, a title or a date line for a unit', () => {
      const units = json.sources.map((s) => s.unit).filter((unit) => unit !== null);
      expect(units.length).toBeGreaterThan(0);
      for (const unit of units) {
        expect(planUnits).toContain(unit);
        expect(REPORT_DAY.notUnits).not.toContain(unit);
        expect(fold(unit)).not.toMatch(/^(bao cao|ke hoach|so lieu|tong hop|phu luc)\b/);
      }
      for (const { unit } of json.byUnit) expect(leadNames).toContain(unit);
    });
  });

  describe('a corrected copy sent three days later', () => {
    it('says so in one finding that names both files', () => {
      const found = findings('DUPLICATE_REPORT');
      expect(found).toHaveLength(1);
      expect(found[0]!.message).toContain(duplicate.older);
      expect(found[0]!.message).toContain(duplicate.newer);
      expect([path(duplicate.older), path(duplicate.newer)]).toContain(found[0]!.file);
    });

    it('uses the report dated later, whatever the files’ modified times, and lists the older one as skipped because of it', () => {
      expectReport(duplicate.newer);
      const older = source(duplicate.older);
      expect(older.skipped).toBe(true);
      expect(older.error).toContain(duplicate.newer);
    });

    it('counts Thuế on the corrected copy: the task due 15/9 is done, not overdue', () => {
      expect(duplicate.corrected.deadline.due).toBe('2025-09-15');
      const tax = counts(duplicate.unit);
      expect(tax.total).toBe(ledBy(duplicate.unit).length);
      expect(tax.done_on_time + tax.done_late).toBe(1); // the one task the corrected copy reports done
      expect(tax.overdue).toBe(0);
    });
  });

  describe('files in the folder that are not units’ reports', () => {
    it('skips the plan itself as the plan, and never makes it a unit', () => {
      const plan = source('ke-hoach.xlsx');
      expect(plan).toMatchObject({ unit: null, unitFrom: null, skipped: true });
      expect(said(plan.error, skipped['ke-hoach.xlsx']!)).toBe(true);
    });

    it('skips last month’s consolidation as phuluc’s own output, and never makes it a unit', () => {
      const previous = source('tong-hop-thang-10.xlsx');
      expect(previous).toMatchObject({ unit: null, unitFrom: null, skipped: true });
      expect(said(previous.error, skipped['tong-hop-thang-10.xlsx']!)).toBe(true);
    });

    it.each(['danh-sach.csv', 'cong-van.doc', '~$bao-cao-thang-11.xlsx', 'thang-10'])('lists %s as not read, with the reason', (name) => {
      const entry = source(name);
      expect(entry).toMatchObject({ unit: null, unitFrom: null, skipped: true, reported: 0 });
      expect(entry.error?.trim()).toBeTruthy();
    });

    it('does not read the sub-folder: last month’s report kept there makes no second Công an report', () => {
      expect(findings('DUPLICATE_REPORT').filter((f) => f.message.includes('bao-cao-thang-1'))).toEqual([]);
      expect(json.sources.filter((s) => s.unit === reports['bao-cao-thang-11.xlsx'].unit)).toHaveLength(1);
    });
  });

  describe('who has not reported, by name', () => {
    it('names the units that sent no file: Sở Nội vụ, Văn phòng Ủy ban nhân dân thành phố', () => {
      expect(json.notSubmitted).toContain('Sở Nội vụ');
      expect(json.notSubmitted).toContain('Văn phòng Ủy ban nhân dân thành phố');
    });

    it('names exactly the plan’s lead units with no file, each once', () => {
      expect([...json.notSubmitted].sort()).toEqual([...silentUnits].sort());
    });

    it('never lists a collective such as "Các sở, ban, ngành và địa phương"', () => {
      expect(json.notSubmitted.filter((unit) => fold(unit).startsWith('cac '))).toEqual([]);
    });

    it('never lists a unit whose report was read, whichever way phuluc knew whose it was', () => {
      for (const unit of ['Công an thành phố', 'Tòa án nhân dân thành phố', 'Sở Khoa học và Công nghệ', 'Sở Tư pháp', 'Thuế thành phố Hải Phòng'])
        expect(json.notSubmitted).not.toContain(unit);
    });

    it('treats "Sở Giáo dục và Đào tạo" and "Sở Giáo dục và đào tạo" as one unit, which reported', () => {
      expect(json.notSubmitted.filter((unit) => sameUnit(unit, 'Sở Giáo dục và Đào tạo'))).toEqual([]);
      expect(counts('Sở Giáo dục và Đào tạo').total).toBe(reports['SGDDT_T11.xlsx'].tasks);
    });

    it('counts Sở Y tế as reported (inferred from Book1), and Sở Xây dựng as not (Book2 was not attributed)', () => {
      expect(json.notSubmitted).not.toContain(inferred.unit);
      expect(json.notSubmitted).toContain(unknown.unit);
    });

    it('lists with each unit that has not reported the tasks it leads', () => {
      expect(json.notSubmittedTasks.map((u) => u.unit).sort()).toEqual([...json.notSubmitted].sort());
      const home = json.notSubmittedTasks.find((u) => u.unit === 'Sở Nội vụ')!;
      expect(home.tasks.map((t) => t.stt)).toEqual(ledBy('Sở Nội vụ').map((t) => t.stt));
      expect(home.tasks.map((t) => t.text)).toEqual(ledBy('Sở Nội vụ').map((t) => t.text));
    });
  });

  describe('counts on the right unit', () => {
    it('counts Công an thành phố’s tasks done as it reported them, none overdue', () => {
      const police = ledBy('Công an thành phố');
      const withDeadline = police.filter((t) => t.deadline.kind !== 'recurring');
      expect(withDeadline.length).toBeGreaterThan(0);
      const counted = counts('Công an thành phố');
      expect(counted.total).toBe(police.length);
      expect(counted.done_on_time + counted.done_late).toBe(withDeadline.length); // every task reported done; "Thường xuyên" ones count as recurring
      expect(counted.overdue).toBe(0);
    });
  });

  describe('the clerk corrects a unit with --unit', () => {
    const corrected = join(mkdtempSync(join(tmpdir(), 'phuluc-ngay-bao-cao-out-')), 'tong-hop-thang-11.xlsx');
    let fixed: Consolidated;

    beforeAll(async () => {
      const result = await run(dir, '--master', MASTER, '-o', corrected, '--json', '--unit', `${unknown.file}=${unknown.unit}`);
      expect({ code: result.code, err: result.err }).toMatchObject({ code: 0 });
      fixed = JSON.parse(result.out) as Consolidated;
    }, RUN_TIMEOUT);

    it('takes Book2.xlsx as Sở Xây dựng’s report, set by the user, with nothing left to confirm', () => {
      const book2 = fixed.sources.find((s) => s.file === path(unknown.file))!;
      expect(book2).toMatchObject({ unit: unknown.unit, unitFrom: 'user', confirm: false, skipped: false, error: null, tasks: reports[unknown.file].tasks });
      expect(fixed.findings.filter((f) => f.code === 'UNIT_UNKNOWN')).toEqual([]);
    });

    it('no longer lists Sở Xây dựng as not submitted, and its tasks take Book2.xlsx as their source', () => {
      expect(fixed.notSubmitted).not.toContain(unknown.unit);
      expect(fixed.notSubmitted).toContain('Sở Nội vụ');
      expect(consolidatedCells(corrected).some((text) => text.includes(unknown.file))).toBe(true);
    });
  });

  describe('the summary printed without --json', () => {
    let lines: string[];
    let out: string;

    beforeAll(async () => {
      const plainOutput = join(mkdtempSync(join(tmpdir(), 'phuluc-ngay-bao-cao-out-')), 'tong-hop-thang-11.xlsx');
      const result = await run(dir, '--master', MASTER, '-o', plainOutput);
      expect({ code: result.code, err: result.err }).toMatchObject({ code: 0 });
      out = result.out;
      lines = out.split('\n');
    }, RUN_TIMEOUT);

    /** The first line naming the file and, when given, its unit. */
    const lineOf = (name: string, unit?: string) => lines.findIndex((line) => mentions(line, name) && (!unit || line.includes(unit)));

    it('prints a line for every file, with its unit for the reports it read', () => {
      for (const name of REPORT_DAY_FILES) expect(lineOf(name)).toBeGreaterThanOrEqual(0);
      for (const [name, { unit }] of Object.entries(reports)) if (unit) expect(lineOf(name, unit)).toBeGreaterThanOrEqual(0);
    });

    it('puts the files to confirm first', () => {
      const toConfirm = [lineOf(inferred.file, inferred.unit), lineOf(unknown.file)];
      const certain = Object.entries(reports)
        .filter(([, r]) => !r.confirm)
        .map(([name, { unit }]) => lineOf(name, unit!));
      expect(Math.min(...toConfirm, ...certain)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...toConfirm)).toBeLessThan(Math.min(...certain));
    });

    it('names the units that have not reported', () => {
      for (const unit of ['Sở Nội vụ', 'Văn phòng Ủy ban nhân dân thành phố', unknown.unit]) expect(out).toContain(unit);
    });
  });
});
