import { gridOf } from '../../../test/helpers/grids';
import { splitUnits } from '../units';
import { letterhead, reportingUnit } from './reportingUnit';

const known = splitUnits('Sở Tư pháp; Công an thành phố; Ủy ban nhân dân thành phố; Các sở, ban, ngành');

describe('reportingUnit', () => {
  it('takes a "Đơn vị:" label first, in the plan’s spelling', () => {
    const grid = gridOf([['UBND THÀNH PHỐ HẢI PHÒNG'], ['Đơn vị: SỞ TƯ PHÁP'], ['STT', 'Nhiệm vụ']]);
    expect(reportingUnit(letterhead(grid, 2), 'bao-cao.xlsx', known)).toEqual({ name: 'Sở Tư pháp', from: 'label' });
  });

  it('takes the unit under its superior authority from the letterhead', () => {
    const grid = gridOf([['UBND THÀNH PHỐ', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['CÔNG AN THÀNH PHỐ', '', 'Độc lập - Tự do - Hạnh phúc'], ['STT']]);
    expect(reportingUnit(letterhead(grid, 2), 'x.xlsx', known)).toEqual({ name: 'Công an thành phố', from: 'letterhead' });
  });

  it('falls back to the file name, unaccented and hyphenated', () => {
    expect(reportingUnit(letterhead(gridOf([['STT']]), 0), '/thu muc/bao-cao-so-tu-phap.xlsx', known)).toEqual({ name: 'Sở Tư pháp', from: 'file' });
  });

  it('keeps a letterhead unit the plan does not name, else the file name; never a collective', () => {
    expect(reportingUnit(letterhead(gridOf([['SỞ Y TẾ'], ['STT']]), 1), 'a.xlsx', known)).toEqual({ name: 'SỞ Y TẾ', from: 'letterhead' });
    expect(reportingUnit(letterhead(gridOf([['STT']]), 0), 'cac-so-ban-nganh.xlsx', known)).toEqual({ name: 'cac so ban nganh', from: 'file' });
  });
});
