/** The highlight's conditional-format rules, read back against the engine. */
import { join } from 'node:path';
import { isoToExcelSerial } from '../../src/core/calendar';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import { readStatus } from '../../src/core/status';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import { HELPER_SHEET, planHighlight } from '../../src/office/highlightPlan';

const report = recogniseWorkbook(readWorkbookFile(join(__dirname, '..', '..', 'examples', 'bao-cao-de-an-06-hai-phong.xlsx')), { asOf: '2025-11-14' })[0]!;

/**
 * Evaluates the functions the "done" formula uses (AND, OR, NOT, ISNUMBER, SEARCH) for one status
 * text, the way Excel does (SEARCH is case-insensitive, a miss is an error).
 */
function evaluate(formula: string, status: string): boolean {
  let at = 0;
  const expression = (): boolean | number | null => {
    const name = /^[A-Z]+/.exec(formula.slice(at))![0];
    at += name.length + 1; // name and "("
    if (name === 'SEARCH') {
      const end = formula.indexOf('"', at + 1);
      const needle = formula.slice(at + 1, end);
      at = formula.indexOf(')', end) + 1;
      const found = status.toLocaleLowerCase('vi').indexOf(needle.toLocaleLowerCase('vi'));
      return found >= 0 ? found + 1 : null;
    }
    const args: (boolean | number | null)[] = [];
    while (formula[at] !== ')') {
      args.push(expression());
      if (formula[at] === ',') at++;
    }
    at++;
    switch (name) {
      case 'AND':
        return args.every(Boolean);
      case 'OR':
        return args.some(Boolean);
      case 'NOT':
        return !args[0];
      case 'ISNUMBER':
        return typeof args[0] === 'number';
      default:
        throw new Error(`unexpected ${name}`);
    }
  };
  return Boolean(expression());
}

describe('the highlight plan', () => {
  const plan = planHighlight(report, { asOf: null, dueSoonDays: 7 });

  it('covers the table from its first data row, with one helper value per row', () => {
    expect(plan.range).toBe('A6:H69');
    expect(plan.helperRange).toBe('A6:A69');
    expect(plan.helperValues).toHaveLength(64);
    const task = report.tasks.find((t) => t.deadline.due === '2025-09-30')!;
    expect(plan.helperValues[task.row - 5]).toEqual([isoToExcelSerial('2025-09-30')]);
    const recurring = report.tasks.find((t) => t.deadline.kind === 'recurring')!;
    expect(plan.helperValues[recurring.row - 5]).toEqual(['']);
  });

  it('compares with TODAY() unless a cut-off date is fixed, and reads the helper sheet', () => {
    const [overdue, dueSoon] = plan.rules;
    expect(overdue!.formula).toMatch(new RegExp(`^=AND\\(ISNUMBER\\(${HELPER_SHEET}!\\$A6\\),${HELPER_SHEET}!\\$A6<TODAY\\(\\),NOT\\(`));
    expect(dueSoon!.formula).toContain(`${HELPER_SHEET}!$A6<=TODAY()+7`);
    expect(planHighlight(report, { asOf: '2025-11-14', dueSoonDays: 7 }).rules[0]!.formula).toContain('<DATE(2025,11,14)');
  });

  it.each([
    'Đã hoàn thành', 'Hoàn thành', 'hoàn thành', 'Đã hoàn thành ngày 12/8/2025', 'Đã thực hiện xong', 'Da hoan thanh', 'Đã thực hiện', 'Đã triển khai',
    'Đang thực hiện', 'Đang triển khai', 'Chưa thực hiện', 'Chưa triển khai', 'Chưa hoàn thành', 'Thường xuyên thực hiện', 'Cơ bản hoàn thành', 'Tạm ổn',
  ])('the done rule agrees with the engine on "%s"', (status) => {
    const rule = plan.rules.find((r) => r.kind === 'done')!.formula;
    expect(rule.startsWith(`=AND(N(${HELPER_SHEET}!$A6)>=0,`)).toBe(true);
    const done = rule.slice(`=AND(N(${HELPER_SHEET}!$A6)>=0,`.length, -1).replace(/\$F6/g, 'X');
    expect(evaluate(done, status)).toBe(readStatus({ kind: 'text', text: status }, null).done);
  });

  it("makes every rule read the helper sheet, so clearing can tell the add-in's rules from the user's", () => {
    expect(plan.rules.map((r) => r.kind)).toEqual(['overdue', 'dueSoon', 'done']);
    expect(plan.rules.every((r) => r.formula.includes(`${HELPER_SHEET}!$A6`))).toBe(true);
  });

  it('adds no done rule to a table without a status column', () => {
    const plain = recogniseWorkbook(readWorkbookFile(join(__dirname, '..', '..', 'examples', 'ke-hoach-01-bach-long-vi.xlsx')), { asOf: '2025-11-14' })[0]!;
    expect(planHighlight(plain, { asOf: null, dueSoonDays: 7 }).rules.map((r) => r.kind)).toEqual(['overdue', 'dueSoon']);
  });
});
