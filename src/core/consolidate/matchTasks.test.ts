import { recogniseWorkbook } from '../recognise/recogniseWorkbook';
import { gridOf } from '../../../test/helpers/grids';
import { indexMaster, matchReport } from './matchTasks';

const tasksOf = (rows: string[][]) => recogniseWorkbook({ sheets: [gridOf([['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'], ...rows])] }, { asOf: '2025-11-14' })[0]!.tasks;

const master = indexMaster(
  tasksOf([
    ['1', 'Làm sạch dữ liệu hộ tịch, tái sử dụng dữ liệu đã số hóa', 'Sở Tư pháp', 'Quý IV/2025'],
    ['2', 'Số hóa hồ sơ cán bộ, công chức, viên chức', 'Sở Nội vụ', 'Tháng 12/2025'],
    ['3', 'Triển khai xác thực sinh trắc học trên căn cước công dân', 'Công an thành phố', 'Thường xuyên'],
  ]),
);

describe('matchReport', () => {
  it('matches renumbered rows by wording, and marks edited wording', () => {
    const reported = tasksOf([
      ['1', 'Triển khai xác thực sinh trắc học trên căn cước công dân cho người dân', 'Công an thành phố', 'Thường xuyên'],
      ['2', 'LAM SACH DU LIEU HO TICH, TAI SU DUNG DU LIEU DA SO HOA', 'Sở Tư pháp', 'Quý IV/2025'],
    ]);
    expect(matchReport(master, reported).map((m) => [m.master, m.textChanged])).toEqual([
      [2, true],
      [0, false],
    ]);
  });

  it('matches by STT when the wording was shortened, and finds no task for a new one', () => {
    const reported = tasksOf([
      ['2', 'Số hóa hồ sơ cán bộ', 'Sở Nội vụ', 'Tháng 12/2025'],
      ['4', 'Tổ chức hội thi tìm hiểu pháp luật cho đoàn viên', 'Sở Tư pháp', 'Quý IV/2025'],
    ]);
    expect(matchReport(master, reported).map((m) => m.master)).toEqual([1, null]);
  });

  it('gives each plan task to one row of a file only', () => {
    const twice = tasksOf([
      ['1', 'Làm sạch dữ liệu hộ tịch, tái sử dụng dữ liệu đã số hóa', 'Sở Tư pháp', 'Quý IV/2025'],
      ['5', 'Làm sạch dữ liệu hộ tịch, tái sử dụng dữ liệu đã số hóa', 'Sở Tư pháp', 'Quý IV/2025'],
    ]);
    expect(matchReport(master, twice).map((m) => m.master)).toEqual([0, null]);
  });
});
