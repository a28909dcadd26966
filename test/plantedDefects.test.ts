/** One planted defect per rule, each found at its cell and nothing else; then `phuluc fix` on it. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main';
import { checkWorkbook } from '../src/core/check';
import { cellText, type Grid } from '../src/core/grid';
import { buildUnitDirectory, directoryFromGrid } from '../src/core/unitDirectory';
import { readWorkbookFile } from '../src/io/readWorkbook';

const PLANTED = join(__dirname, 'fixtures', 'planted-defects.xlsx');
const DIRECTORY = join(__dirname, 'fixtures', 'danh-muc-don-vi.xlsx');
const AS_OF = '2025-11-14';

/**
 * The report is a unit's report (it has the unit's status columns), so the plan's numbering is not
 * demanded of it: the gap "1, 3" (A11, STT_ORDER) and the skipped group "IV." (A32, GROUP_NUMBERING)
 * are how a unit that keeps only its own rows looks, and were wrongly flagged before. The repeated
 * "2" in one group is still reported (A7), without a renumbering fix; the group holding more tasks
 * than it announces still is (B4). The dd/mm text that proves the swap in E30 is its own finding
 * (E31, DATE_AS_TEXT): it used to be rewritten silently inside E30's fix.
 */
const EXPECTED: [string, string][] = [
  ['B4', 'GROUP_COUNT_MISMATCH'],
  ['C6', 'MISSING_LEAD'],
  ['A7', 'DUPLICATE_STT'],
  ['B8', 'MISSING_TASK_TEXT'],
  ['E10', 'MISSING_DEADLINE'],
  ['E12', 'UNPARSED_DEADLINE'],
  ['D13', 'LEAD_IN_SUPPORT'],
  ['C14', 'UNKNOWN_UNIT'],
  ['F15', 'UNKNOWN_STATUS'],
  ['H16', 'DONE_WITHOUT_DATE'],
  ['H17', 'COMPLETION_AFTER_AS_OF'],
  ['H18', 'DATE_WITHOUT_DONE'],
  ['G19', 'DONE_WITHOUT_EVIDENCE'],
  ['E20', 'DEADLINE_OUTSIDE_PLAN'],
  ['D21', 'FORMULA_ERROR'],
  ['B22', 'TEXT_NOT_NFC'],
  ['B23', 'LEGACY_ENCODING'],
  ['C24', 'EXTRA_SPACES'],
  ['A25', 'HIDDEN_ROW'],
  ['C26', 'MERGED_DATA_CELLS'],
  ['B28', 'SPLIT_ROW'],
  ['E30', 'SWAPPED_DATE'],
  ['E31', 'DATE_AS_TEXT'],
];
const FIXABLE = ['TEXT_NOT_NFC', 'LEGACY_ENCODING', 'EXTRA_SPACES', 'MERGED_DATA_CELLS', 'SWAPPED_DATE', 'DATE_AS_TEXT'];

function findingsOf(path: string) {
  const directory = buildUnitDirectory(directoryFromGrid(readWorkbookFile(DIRECTORY).sheets[0]!));
  return checkWorkbook(readWorkbookFile(path), { asOf: AS_OF, directory }).flatMap((a) => a.findings);
}

/** The planted table as the plan it came from: the unit's report columns (F:H) taken away. */
function asPlan(): Grid {
  const grid = readWorkbookFile(PLANTED).sheets[0]!;
  return {
    ...grid,
    rows: grid.rows.map((row) => row.slice(0, 5)),
    merges: grid.merges.map((m) => ({ ...m, right: Math.min(m.right, 4) })),
  };
}

describe('the planted-defects report', () => {
  const findings = findingsOf(PLANTED);

  it('finds each planted defect at its cell and nothing else', () => {
    expect(findings.map((f) => [f.cell, f.code])).toEqual(EXPECTED);
  });

  it('suggests the closest directory name for an unknown unit', () => {
    expect(findings.find((f) => f.code === 'UNKNOWN_UNIT')!.message).toContain('Có phải "Sở Khoa học và Công nghệ"?');
  });

  it('offers a fix exactly for the fixable rules', () => {
    expect(
      findings
        .filter((f) => f.edits)
        .map((f) => f.code)
        .sort(),
    ).toEqual([...FIXABLE].sort());
  });

  it('knows it for a unit report, and still checks the numbering of the same table as a plan', () => {
    const [report] = checkWorkbook(readWorkbookFile(PLANTED), { asOf: AS_OF });
    expect(report!.unitReport).toEqual({ reason: 'reportColumns', text: 'Tình trạng' });
    const [plan] = checkWorkbook({ sheets: [asPlan()] }, { asOf: AS_OF });
    expect(plan!.unitReport).toBeNull();
    const numbering = plan!.findings.filter((f) => ['GROUP_COUNT_MISMATCH', 'DUPLICATE_STT', 'STT_ORDER', 'GROUP_NUMBERING'].includes(f.code));
    expect(numbering.map((f) => [f.cell, f.code, Boolean(f.edits)])).toEqual([
      ['B4', 'GROUP_COUNT_MISMATCH', false],
      ['A7', 'DUPLICATE_STT', true],
      ['A11', 'STT_ORDER', true],
      ['A32', 'GROUP_NUMBERING', false],
    ]);
  });
});

describe('phuluc fix', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'phuluc-fix-')), 'da-sua.xlsx');
  const sourceHash = createHash('sha256').update(readFileSync(PLANTED)).digest('hex');
  let printed = '';
  let code: number;
  beforeAll(async () => {
    code = await main(['fix', PLANTED, '-o', out, '--as-of', AS_OF, '--units', DIRECTORY], { out: (t) => (printed += t), err: (t) => (printed += t) });
  });

  it('writes the copy, lists the changes, and leaves the source as it was', () => {
    expect(code).toBe(0);
    expect(printed).toContain(`Đã ghi bản đã sửa: ${out}`);
    expect(printed).toContain('[LEGACY_ENCODING] Báo cáo!B23: "Tæ chøc tËp huÊn kü n¨ng sè cho c¸n bé" → "Tổ chức tập huấn kỹ năng số cho cán bộ"');
    expect(printed).toContain('[SWAPPED_DATE] Báo cáo!E30: 11/05/2025 → 05/11/2025');
    expect(printed).toContain('[DATE_AS_TEXT] Báo cáo!E31: "30/11/2025" → 30/11/2025');
    expect(createHash('sha256').update(readFileSync(PLANTED)).digest('hex')).toBe(sourceHash);
  });

  it('clears the fixable findings and only those', () => {
    const after = findingsOf(out).map((f) => f.code);
    expect(after.filter((c) => FIXABLE.includes(c))).toEqual([]);
    expect(after).toEqual(EXPECTED.map(([, c]) => c).filter((c) => !FIXABLE.includes(c)));
  });

  it('writes the corrected values and keeps what it did not fix', () => {
    const grid = readWorkbookFile(out).sheets[0]!;
    const text = (row: number, col: number) => cellText(grid.rows[row - 1]?.[col]);
    // A unit's report is never renumbered: its numbers match its rows to the plan.
    expect([5, 6, 7, 8].map((r) => text(r, 0))).toEqual(['1', '2', '2', '3']);
    expect(text(11, 0)).toBe('3');
    expect(printed).not.toMatch(/\[(?:STT_ORDER|DUPLICATE_STT)\]/);
    expect(text(22, 1)).toBe('Rà soát thủ tục hành chính');
    expect(text(24, 2)).toBe('Sở Y tế');
    expect([text(26, 2), text(27, 2)]).toEqual(['Sở Xây dựng', 'Sở Xây dựng']);
    expect(grid.rows[29]![4]).toMatchObject({ kind: 'date', iso: '2025-11-05' });
    expect(grid.rows[30]![4]).toMatchObject({ kind: 'date', iso: '2025-11-30' }); // the dd/mm text Excel could not read
    expect(grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 7 });
    expect(grid.merges).not.toContainEqual({ top: 25, left: 2, bottom: 26, right: 2 });
    expect([...grid.hiddenRows]).toEqual([24]);
  });

  it('applies only the codes given with --only', async () => {
    const only = join(mkdtempSync(join(tmpdir(), 'phuluc-fix-')), 'chi-mot.xlsx');
    expect(await main(['fix', PLANTED, '-o', only, '--only', 'legacy_encoding'], { out: () => undefined, err: () => undefined })).toBe(0);
    const codes = findingsOf(only).map((f) => f.code);
    expect(codes).not.toContain('LEGACY_ENCODING');
    expect(codes).toContain('SWAPPED_DATE');
  });

  it('applies a swapped date and the dd/mm texts beside it together, and only those cells', async () => {
    const only = join(mkdtempSync(join(tmpdir(), 'phuluc-fix-')), 'ngay.xlsx');
    let listed = '';
    expect(await main(['fix', PLANTED, '-o', only, '--only', 'SWAPPED_DATE', '--as-of', AS_OF], { out: (t) => (listed += t), err: (t) => (listed += t) })).toBe(0);
    expect(listed.split('\n').filter((line) => line.startsWith('  ['))).toEqual([
      '  [SWAPPED_DATE] Báo cáo!E30: 11/05/2025 → 05/11/2025',
      '  [DATE_AS_TEXT] Báo cáo!E31: "30/11/2025" → 30/11/2025',
    ]);
    // Fixed once, it stays fixed: nothing looks swapped any more, at any cut-off date.
    for (const asOf of ['2025-11-14', '2026-06-30']) {
      const codes = checkWorkbook(readWorkbookFile(only), { asOf }).flatMap((a) => a.findings.map((f) => f.code));
      expect(codes.filter((c) => c === 'SWAPPED_DATE' || c === 'DATE_AS_TEXT')).toEqual([]);
    }
  });

  it.each([
    [['fix', PLANTED, '-o', PLANTED], 'tệp ghi ra phải khác tệp nguồn'],
    [['fix', join(__dirname, 'fixtures', 'bach-long-vi.xls'), '-o', '/tmp/x.xlsx'], 'chỉ sửa được tệp .xlsx hoặc .xlsm'],
    [['fix', PLANTED], '-o'],
    [['fix', PLANTED, '-o', '/tmp/x.xlsx', '--only', 'NOT_A_RULE'], '--only'],
  ])('refuses %j', async (argv, reason) => {
    let err = '';
    expect(await main(argv, { out: () => undefined, err: (t) => (err += t) })).toBe(2);
    expect(err).toContain(reason);
  });
});
