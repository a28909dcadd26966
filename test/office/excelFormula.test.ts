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
});
