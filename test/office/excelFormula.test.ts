/** The test evaluator gives the results Excel documents for the functions the highlight uses. */
import { evaluateFormula, ExcelError } from './excelFormula';

const value = (formula: string, cells: Record<string, string | number> = {}) =>
  evaluateFormula(formula, { cell: (_sheet, col, row) => cells[`${col}${row}`] ?? '', today: '2025-11-14' });

describe('the Excel formula evaluator used by the highlight tests', () => {
  it.each([
    ['=SEARCH("n","Printer")', 4],
    ['=SEARCH("p?r","Printer Paper")', 11],
    ['=SEARCH("m*t*ph*n","Hoàn thành MỘT PHẦN")', 12],
    ['=FIND("","abc")', 1],
    ['=MID("Fluid Flow",7,20)', 'Flow'],
    ['=MID("abc",5,1)', ''],
    ['=LEFT("Sale Price",4)', 'Sale'],
    ['=TRIM("  First Quarter   Earnings  ")', 'First Quarter Earnings'],
    ['=SUBSTITUTE("Quarter 1, 2008","1","2")', 'Quarter 2, 2008'],
    ['="ĐÃ HT"="đã ht"', true],
    ['="á"="a"', false],
    ['=EXACT("Word","word")', false],
    ['=EXACT(UPPER(","),LOWER(","))', true],
    ['=1="1"', false],
    ['=SUMPRODUCT({TRUE,TRUE})', 0],
    ['=SUMPRODUCT(({"a","b"}={"A","c"})*1)', 1],
    ['=OR({1,0})', true],
    ['=IF(ISERROR(SEARCH("%","abc")),TRUE,MID("a",0,1))', true],
    ['=IFERROR(MID("a",0,1),FALSE)', false],
    ['=N($F6)', 0],
    ['=DATE(2025,11,14)=TODAY()', true],
    ['=LEFT(TRIM(SUBSTITUTE($F6,CHAR(10)," ")),{2,5})={"ht","đã ht"}', { array: [false, true] }],
  ] as const)('%s → %j', (formula, expected) => {
    expect(value(formula, { F6: 'Đã\nHT' })).toEqual(expected);
  });

  it.each(['=SEARCH("x","abc")', '=MID("abc",0,1)', '=AND("text")', '=FIND("a","abc",5)'])('%s is #VALUE!', (formula) => {
    expect(value(formula)).toEqual(new ExcelError('#VALUE!'));
  });

  it.each([
    ['=INT(45930.75)', 45930],
    ['=INT(-0.5)', -1],
    ['=INT(45930.75)&""', '45930'],
    ['=$E6*1', 0],
    ['=$E6&"x"', 'x'],
    ['=$E6=""', true],
    ['=$E6=0', true],
    ['=ISNUMBER($E6)', false],
    ['=h!$A$1:$A$3', { array: ['a', 'b', null] }],
    ['=SUMPRODUCT(EXACT("b",h!$A$1:$A$3)*h!$B$1:$B$3)', 20],
    ['=SUMPRODUCT(EXACT("B",h!$A$1:$A$3)*h!$B$1:$B$3)', 0],
    ['=SUMPRODUCT(EXACT("",h!$A$1:$A$3)*h!$B$1:$B$3)', 0],
  ] as const)('blanks, INT and ranges: %s → %j', (formula, expected) => {
    const cells: Record<string, string | number> = { A1: 'a', A2: 'b', B1: 10, B2: 20 };
    expect(evaluateFormula(formula, { cell: (sheet, col, row) => (sheet === 'h' ? (cells[`${col}${row}`] ?? '') : ''), today: '2025-11-14' })).toEqual(expected);
  });

  it('moves relative rows down by the offset, as a conditional format does on the rows below its first', () => {
    const cells: Record<string, string | number> = { E6: 1, E8: 3, A1: 100, F8: 'x' };
    const at = (formula: string, offset: number) => evaluateFormula(formula, { cell: (_sheet, col, row) => cells[`${col}${row}`] ?? '', today: '2025-11-14', offset });
    expect(at('=$E6', 2)).toBe(3);
    expect(at('=E6&F6', 2)).toBe('3x');
    expect(at('=$A$1+$E6', 0)).toBe(101);
    expect(at('=$A$1+$E6', 2)).toBe(103);
  });
});
