import * as XLSX from '@e965/xlsx';
import { isDateFormat } from './numberFormat';

const FORMATS = [
  'dd/mm/yyyy',
  'd/m/yyyy',
  'm/d/yy',
  'mm/dd/yyyy',
  'd-mmm-yy',
  'yyyy-mm-dd hh:mm',
  '[$-42A]dd/mm/yyyy',
  '[$-F800]dddd, mmmm dd, yyyy',
  '"Ngày "dd" tháng "mm" năm "yyyy',
  'h:mm:ss',
  '[h]:mm',
  'General',
  '@',
  '0',
  '0.00',
  '#,##0',
  '#,##0 "đ"',
  '0%',
  '0.00E+00',
  '[Red]#,##0',
  '"Tháng "0',
  '#,##0;[Red]-#,##0',
];

describe('isDateFormat', () => {
  it.each(FORMATS)('%s is judged as SheetJS judges it', (format) => {
    expect(isDateFormat(format)).toBe(XLSX.SSF.is_date(format));
  });
});
