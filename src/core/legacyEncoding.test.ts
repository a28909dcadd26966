import { decodeLegacy, detectLegacyEncoding } from './legacyEncoding';

describe('TCVN3 (.VnTime)', () => {
  it.each([
    ['Danh s¸ch', 'Danh sách'],
    ['Së T­ ph¸p', 'Sở Tư pháp'],
    ['Uû ban nh©n d©n tØnh', 'Uỷ ban nhân dân tỉnh'],
    ['§¬n vÞ chñ tr×', 'Đơn vị chủ trì'],
    ['Thêi gian hoµn thµnh', 'Thời gian hoàn thành'],
    ['C«ng an thµnh phè', 'Công an thành phố'],
  ])('%s → %s', (legacy, unicode) => {
    expect(detectLegacyEncoding(legacy)).toBe('tcvn3');
    expect(decodeLegacy(legacy, 'tcvn3')).toBe(unicode);
  });
});

describe('VNI (VNI-Times)', () => {
  it.each([
    ['Vieät Nam', 'Việt Nam'],
    ['Sôû Tö phaùp', 'Sở Tư pháp'],
    ['Ñôn vò chuû trì', 'Đơn vị chủ trì'],
    ['Thôøi gian hoaøn thaønh', 'Thời gian hoàn thành'],
    ['Coâng an thaønh phoá', 'Công an thành phố'],
    ['Phoøng Vaên hoùa, Khoa hoïc vaø Thoâng tin', 'Phòng Văn hóa, Khoa học và Thông tin'],
  ])('%s → %s', (legacy, unicode) => {
    expect(detectLegacyEncoding(legacy)).toBe('vni');
    expect(decodeLegacy(legacy, 'vni')).toBe(unicode);
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
