import { gridOf } from '../../../test/helpers/grids';
import { recogniseWorkbook } from '../recognise/recogniseWorkbook';
import { consolidate, readReport } from './consolidate';

const AS_OF = '2025-11-14';
const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình hình thực hiện'];
const master = recogniseWorkbook({ sheets: [gridOf([HEADER, ['1', 'Số hóa hồ sơ cán bộ, công chức, viên chức', 'Sở Nội vụ; Sở Tư pháp', 'Tháng 10/2025', '']])] }, { asOf: AS_OF });
const report = (unit: string, status: string) =>
  readReport(`${unit}.xlsx`, { sheets: [gridOf([[`Đơn vị: ${unit}`], HEADER, ['1', 'Số hóa hồ sơ cán bộ, công chức, viên chức', unit, 'Tháng 10/2025', status]])] }, { asOf: AS_OF, planYear: 2025, lang: 'vi' });

describe('consolidate', () => {
  it('counts a shared task done when every lead reports it done', () => {
    const result = consolidate(master, [report('Sở Nội vụ', 'Đã hoàn thành'), report('Sở Tư pháp', 'Đã hoàn thành')], { asOf: AS_OF, lang: 'vi' });
    expect(result.tasks[0]!.state).toBe('done_on_time');
    expect(result.findings).toEqual([]);
  });

  it('does not count a lead twice when it sent two files: the other lead is still missing', () => {
    const result = consolidate(master, [report('Sở Nội vụ', 'Đã hoàn thành'), report('Sở Nội vụ', 'Đã hoàn thành')], { asOf: AS_OF, lang: 'vi' });
    expect(result.tasks[0]!.state).toBe('overdue');
    expect(result.notSubmitted).toEqual(['Sở Tư pháp']);
  });
});
