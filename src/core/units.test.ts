import { isCollectiveName, splitUnits, unitKey } from './units';

function names(cell: string): string[] {
  return splitUnits(cell).map((u) => (u.collective ? `[${u.name}]` : u.name));
}

describe('splitting lead and support cells (traps from the seed plans)', () => {
  it.each([
    // A unit name holds commas: never cut inside it.
    ['Phòng Văn hóa, Khoa học và Thông tin', ['Phòng Văn hóa, Khoa học và Thông tin']],
    ['Phòng Kinh tế, Hạ tầng và Đô thị', ['Phòng Kinh tế, Hạ tầng và Đô thị']],
    ['Phòng Văn hóa, Khoa học\nvà Thông tin, Đồn Công an\nhuyện', ['Phòng Văn hóa, Khoa học và Thông tin', 'Đồn Công an huyện']],
    // A collective and a unit in one cell.
    ['Các cơ quan, phòng, ban, đơn vị, Đồn Công an huyện', ['[Các cơ quan, phòng, ban, đơn vị]', 'Đồn Công an huyện']],
    ['Các cơ quan, phòng, ban, đơn vị huyện', ['[Các cơ quan, phòng, ban, đơn vị huyện]']],
    ['Công an thành phố, các cơ quan, đơn vị, địa phương', ['Công an thành phố', '[các cơ quan, đơn vị, địa phương]']],
    // Separators: ";", "," and "và" before a unit or a collective.
    [
      'Công an thành phố; Bảo hiểm xã hội thành phố Hải Phòng; Sở Khoa học và Công nghệ và các đơn vị có liên quan',
      ['Công an thành phố', 'Bảo hiểm xã hội thành phố Hải Phòng', 'Sở Khoa học và Công nghệ', '[các đơn vị có liên quan]'],
    ],
    ['Văn phòng UBND tỉnh, Công an tỉnh, Sở Khoa học và Công nghệ', ['Văn phòng UBND tỉnh', 'Công an tỉnh', 'Sở Khoa học và Công nghệ']],
    ['Sở Xây dựng, Sở Nông nghiệp và Môi trường', ['Sở Xây dựng', 'Sở Nông nghiệp và Môi trường']],
    ['Sở Tư pháp; Tòa án nhân dân thành phố', ['Sở Tư pháp', 'Tòa án nhân dân thành phố']],
    ['Sở Xây dựng; Cảng hàng không quốc tế Cát Bi; các đơn vị có liên quan', ['Sở Xây dựng', 'Cảng hàng không quốc tế Cát Bi', '[các đơn vị có liên quan]']],
    ['Sở Tài chính; Thuế thành phố Hải Phòng và các đơn vị có liên quan', ['Sở Tài chính', 'Thuế thành phố Hải Phòng', '[các đơn vị có liên quan]']],
    // "và" inside a name stays.
    ['Sở Giáo dục và Đào tạo', ['Sở Giáo dục và Đào tạo']],
    ['Sở Lao động - Thương binh và Xã hội', ['Sở Lao động - Thương binh và Xã hội']],
    ['Văn phòng Hội đồng nhân dân & Ủy ban nhân dân huyện', ['Văn phòng Hội đồng nhân dân & Ủy ban nhân dân huyện']],
    ['Van phong Hoi dong nhan dan va Uy ban nhan dan phuong va cac don vi co lien quan', ['Van phong Hoi dong nhan dan va Uy ban nhan dan phuong', '[cac don vi co lien quan]']],
    // Line breaks from a PDF paste, and bulleted lines.
    ['Văn phòng HĐND-\nUBND huyện', ['Văn phòng HĐND-UBND huyện']],
    ['- Sở Tư pháp\n- Công an tỉnh', ['Sở Tư pháp', 'Công an tỉnh']],
    ['Sở Tư pháp\nCông an tỉnh', ['Sở Tư pháp', 'Công an tỉnh']],
    // Collectives stay whole.
    ['Sở,ban,ngành, địa phương', ['[Sở, ban, ngành, địa phương]']],
    ['Các sở, ban, ngành và địa phương', ['[Các sở, ban, ngành và địa phương]']],
    ['Cơ quan, đơn vị có liên quan.', ['[Cơ quan, đơn vị có liên quan]']],
    ['Ủy ban nhân dân cấp xã', ['[Ủy ban nhân dân cấp xã]']],
    [
      'Các phòng chuyên môn, Trung tâm Phục vụ hành chính công, Trung tâm Sự nghiệp công quản lý, vận hành các nền tảng số, hệ thống thông tin, dữ liệu.',
      ['[Các phòng chuyên môn]', 'Trung tâm Phục vụ hành chính công', 'Trung tâm Sự nghiệp công quản lý, vận hành các nền tảng số, hệ thống thông tin, dữ liệu'],
    ],
  ])('%j', (cell, expected) => {
    expect(names(cell)).toEqual(expected);
  });

  it('returns no unit for an empty cell', () => {
    expect(splitUnits('  \n ')).toEqual([]);
  });
});

describe('collectives', () => {
  it.each(['Các sở, ban, ngành, địa phương', 'các đơn vị có liên quan', 'Ủy ban nhân dân cấp xã', 'UBND các xã, phường', 'Thành viên Ban Chỉ đạo'])(
    '%s is a collective',
    (name) => expect(isCollectiveName(name)).toBe(true),
  );
  it.each(['Sở Tư pháp', 'Đồn Công an huyện', 'Trung tâm Sự nghiệp công quản lý, vận hành các nền tảng số', 'Sở Nông nghiệp và Môi trường'])(
    '%s is one unit',
    (name) => expect(isCollectiveName(name)).toBe(false),
  );
});

describe('unit keys compare names as the same unit', () => {
  it.each([
    ['VP UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh'],
    ['Văn phòng HĐND-UBND huyện', 'Văn phòng Hội đồng nhân dân & Ủy ban nhân dân huyện'],
    ['Văn phòng HĐND và UBND huyện', 'Văn phòng HĐND - UBND huyện'],
    ['Sở KH&CN', 'Sở Khoa học và Công nghệ'],
    ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['Sở NN&MT', 'Sở Nông nghiệp và Môi trường'],
    ['BHXH TP Hải Phòng', 'Bảo hiểm xã hội thành phố Hải Phòng'],
    ['CA tỉnh', 'Công an tỉnh'],
    ['Phòng Văn hoá, Khoa học và Thông tin', 'Phòng Văn hóa, Khoa học và Thông tin'],
    ['Phòng Kinh tế - Hạ tầng và Đô thị', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
    ['Sở Tư pháp'.normalize('NFD'), 'SỞ TƯ PHÁP'],
  ])('%s = %s', (a, b) => {
    expect(unitKey(a)).toBe(unitKey(b));
  });

  it('keeps different units apart', () => {
    expect(unitKey('Sở Tư pháp')).not.toBe(unitKey('Phòng Tư pháp huyện'));
    expect(unitKey('Công an tỉnh')).not.toBe(unitKey('Cục Cảnh sát quản lý hành chính'));
  });

  it('does not expand the word "ca" written in lower case', () => {
    expect(unitKey('Trung tâm ca múa nhạc')).toBe('trung tam ca mua nhac');
  });
});
