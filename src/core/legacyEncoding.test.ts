import { decodeLegacy, detectLegacyEncoding } from './legacyEncoding';

describe('legacy encodings', () => {
  it.each([
    ['Danh s¸ch', 'Danh sách', 'tcvn3'],
    ['Së T\u00ad ph¸p', 'Sở Tư pháp', 'tcvn3'],
    ['Uû ban nh©n d©n tØnh', 'Uỷ ban nhân dân tỉnh', 'tcvn3'],
    ['§¬n vÞ chñ tr×', 'Đơn vị chủ trì', 'tcvn3'],
    ['Thêi gian hoµn thµnh', 'Thời gian hoàn thành', 'tcvn3'],
    ['C«ng an thµnh phè', 'Công an thành phố', 'tcvn3'],
    ['Vieät Nam', 'Việt Nam', 'vni'],
    ['Sôû Tö phaùp', 'Sở Tư pháp', 'vni'],
    ['Ñôn vò chuû trì', 'Đơn vị chủ trì', 'vni'],
    ['Thôøi gian hoaøn thaønh', 'Thời gian hoàn thành', 'vni'],
    ['Coâng an thaønh phoá', 'Công an thành phố', 'vni'],
    ['Phoøng Vaên hoùa, Khoa hoïc vaø Thoâng tin', 'Phòng Văn hóa, Khoa học và Thông tin', 'vni'],
  ] as const)('%s → %s (%s)', (legacy, unicode, encoding) => {
    expect(detectLegacyEncoding(legacy)).toBe(encoding);
    expect(decodeLegacy(legacy, encoding)).toBe(unicode);
  });
});

describe('Unicode text is left alone', () => {
  it.each([
    'Phòng Văn hóa, Khoa học và Thông tin',
    'Sở Khoa học và Công nghệ',
    'Thường xuyên',
    'Quý IV · năm 2025',
    'Tổ chức phong trào «học tập số»',
    'Thudng xuyén, theo hudng dan cia thanh phé',
    'Báo cáo số 412/BC-STP ngày 10/9/2025',
    'Hoà, Thuỷ, Khoẻ',
  ])('%s', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });
});
