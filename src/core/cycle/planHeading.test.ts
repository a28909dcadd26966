import { planHeading } from './planHeading';
import { recogniseWorkbook } from '../recognise/recogniseWorkbook';
import type { Workbook } from '../grid';
const t = (text: string) => ({ kind: 'text' as const, text });
test('a plan letterhead gives its bodies, number, place, date and title', () => {
  const rows = [
    [t('UBND THÀNH PHỐ HẢI PHÒNG'), null, t('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')],
    [t('SỞ TƯ PHÁP'), null, t('Độc lập - Tự do - Hạnh phúc')],
    [t('Số: 45/KH-STP'), null, t('Hải Phòng, ngày 13 tháng 3 năm 2025')],
    [t('KẾ HOẠCH')],
    [t('Triển khai công tác năm 2025')],
    [],
    [t('STT'), t('Nhiệm vụ'), t('Đơn vị chủ trì'), t('Đơn vị phối hợp'), t('Thời hạn')],
    [t('1'), t('Xây dựng kế hoạch tuyên truyền'), t('Phòng Phổ biến'), t('Văn phòng Sở'), t('Quý I/2025')],
    [t('2'), t('Tổ chức hội nghị'), t('Văn phòng Sở'), null, t('31/12/2025')],
  ];
  const wb: Workbook = { sheets: [{ name: 'S', rows, merges: [], hiddenRows: new Set() }] };
  const [table] = recogniseWorkbook(wb, { asOf: '2025-11-14' });
  expect(planHeading(wb, table!)).toEqual({
    title: 'KẾ HOẠCH Triển khai công tác năm 2025',
    number: '45/KH-STP',
    date: '2025-03-13',
    place: 'Hải Phòng',
    issuer: 'SỞ TƯ PHÁP',
    governingBody: 'UBND THÀNH PHỐ HẢI PHÒNG',
  });
});

test('a plan with no letterhead keeps its title and leaves the rest null', () => {
  const wb: Workbook = {
    sheets: [
      {
        name: 'S',
        rows: [
          [t('KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06 NĂM 2025')],
          [],
          [t('STT'), t('Nhiệm vụ'), t('Đơn vị chủ trì'), t('Thời hạn')],
          [t('1'), t('Tổ chức hội nghị'), t('Sở Tư pháp'), t('31/12/2025')],
        ],
        merges: [],
        hiddenRows: new Set(),
      },
    ],
  };
  const [table] = recogniseWorkbook(wb, { asOf: '2025-11-14' });
  expect(planHeading(wb, table!)).toEqual({ title: 'KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06 NĂM 2025', number: null, date: null, place: null, issuer: null, governingBody: null });
});
