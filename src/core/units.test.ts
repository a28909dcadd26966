import fc from 'fast-check';
import { isCollectiveName, readLeadCell, splitUnits, unitKey } from './units';

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
  it.each(['Các sở, ban, ngành, địa phương', 'các đơn vị có liên quan', 'Ủy ban nhân dân cấp xã', 'UBND các xã, phường', 'Thành viên Ban Chỉ đạo'])('%s is a collective', (name) =>
    expect(isCollectiveName(name)).toBe(true),
  );
  it.each(['Sở Tư pháp', 'Đồn Công an huyện', 'Trung tâm Sự nghiệp công quản lý, vận hành các nền tảng số', 'Sở Nông nghiệp và Môi trường'])('%s is one unit', (name) =>
    expect(isCollectiveName(name)).toBe(false),
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

describe('unit cells of other issuers (shared/realworld)', () => {
  it.each([
    // Two full names of the same type with no separator.
    ['Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ', ['Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ']],
    ['Sở Khoa học và Công nghệ Sở Công Thương; UBND các phường, xã', ['Sở Khoa học và Công nghệ', 'Sở Công Thương', '[UBND các phường, xã]']],
    // ... but a unit inside its parent's name stays one.
    ['Cục Cảnh sát quản lý hành chính Bộ Công an', ['Cục Cảnh sát quản lý hành chính Bộ Công an']],
    ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh']],
    ['Ngân hàng Nhà nước Việt nam Chi nhánh Khu vực II', ['Ngân hàng Nhà nước Việt nam Chi nhánh Khu vực II']],
    ['Sở Công Thương', ['Sở Công Thương']],
    // A colon list shares its type word.
    ['Các Cục: Di sản văn hóa, Bản quyền tác giả', ['Cục Di sản văn hóa', 'Cục Bản quyền tác giả']],
    [
      'Các Cục: Bản quyền tác giả; Phát thanh truyền hình và Thông tin điện tử; Xuất bản, In và Phát hành; Báo chí; Du lịch Quốc gia Việt Nam. Vụ Kế hoạch, Tài chính.',
      [
        'Cục Bản quyền tác giả',
        'Cục Phát thanh truyền hình và Thông tin điện tử',
        'Cục Xuất bản, In và Phát hành',
        'Cục Báo chí',
        'Cục Du lịch Quốc gia Việt Nam',
        'Vụ Kế hoạch, Tài chính',
      ],
    ],
    ['UBND các xã: Tân Lập, Tân Hưng và Tân Phú', ['UBND xã Tân Lập', 'UBND xã Tân Hưng', 'UBND xã Tân Phú']],
    ['Các Bộ: Giáo dục và Đào tạo, Y tế', ['Bộ Giáo dục và Đào tạo', 'Bộ Y tế']],
    ['Các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh', ['[Các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh]']],
    // Bullets and line breaks inside a cell; a bullet that only continues a cut name joins it.
    ['- Sở Tư pháp\n- Công an tỉnh\n- các đơn vị có liên quan', ['Sở Tư pháp', 'Công an tỉnh', '[các đơn vị có liên quan]']],
    ['Văn phòng Bộ, Vụ Tổ chức\n- cán bộ, Vụ Phổ biến, giáo dục pháp luật', ['Văn phòng Bộ', 'Vụ Tổ chức cán bộ', 'Vụ Phổ biến, giáo dục pháp luật']],
    // "Vụ" opens a unit; a "Vụ" name that lost its type word in a list takes its neighbour's.
    [
      'Vụ Pháp luật hình sự - hành chính, Các vấn đề chung về xây dựng pháp luật, Vụ Pháp luật quốc tế.',
      ['Vụ Pháp luật hình sự - hành chính', 'Vụ Các vấn đề chung về xây dựng pháp luật', 'Vụ Pháp luật quốc tế'],
    ],
    // Abbreviations that name units.
    ['VTV, VOV, TTXVN, các địa phương', ['VTV', 'VOV', 'TTXVN', '[các địa phương]']],
    ['Bộ Lao động - Thương binh và Xã hội,Thanh tra Chính phủ', ['Bộ Lao động - Thương binh và Xã hội', 'Thanh tra Chính phủ']],
    ['Trung ương Đoàn, TW Hội LHPN Việt Nam', ['Trung ương Đoàn', 'TW Hội LHPN Việt Nam']],
    // Collectives of other issuers.
    ['Bộ, ngành, địa phương', ['[Bộ, ngành, địa phương]']],
    ['Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; Đài Truyền hình Việt Nam', ['[Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ]', 'Đài Truyền hình Việt Nam']],
    ['Đài Truyền hình và các cơ quan thông tấn, báo chí tại địa phương', ['Đài Truyền hình', '[các cơ quan thông tấn, báo chí tại địa phương]']],
    ['Viện, Trường; Doanh nghiệp, Sở, ban, ngành có liên quan', ['[Viện, Trường]', '[Doanh nghiệp, Sở, ban, ngành có liên quan]']],
    ['Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư', ['[Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư]']],
    ['Địa phương được lựa chọn', ['[Địa phương được lựa chọn]']],
    ['Liên hiệp các Hội Khoa học và Kỹ thuật', ['Liên hiệp các Hội Khoa học và Kỹ thuật']],
    ['Bộ Tài chính, bộ, ngành liên quan', ['Bộ Tài chính', '[bộ, ngành liên quan]']],
    // A placeholder is no unit.
    ['Chưa xác định/Sở NNMT', ['Sở NNMT']],
  ])('%j', (cell, expected) => {
    expect(names(cell)).toEqual(expected);
  });
});

describe('a lead cell written as a sentence', () => {
  const read = (cell: string) => {
    const { lead, support } = readLeadCell(cell);
    const show = (units: typeof lead) => units.map((u) => (u.collective ? `[${u.name}]` : u.name));
    return { lead: show(lead), support: show(support) };
  };

  it.each([
    ['Sở KH&CN chủ trì hướng dẫn, tổng hợp; các sở, ngành phối hợp', ['Sở KH&CN'], ['[các sở, ngành]']],
    ['Sở Y tế chủ trì, phối hợp với Sở Tài chính và các địa phương để triển khai', ['Sở Y tế'], ['Sở Tài chính', '[các địa phương]']],
    ['Công an tỉnh chủ trì, phối hợp Sở Tư pháp tổ chức thực hiện', ['Công an tỉnh'], ['Sở Tư pháp']],
    ['Chủ trì: Sở Tư pháp. Phối hợp: Công an tỉnh, Sở Nội vụ', ['Sở Tư pháp'], ['Công an tỉnh', 'Sở Nội vụ']],
    ['Giao Công an tỉnh chủ trì', ['Công an tỉnh'], []],
    ['Sở Tư pháp; Công an tỉnh', ['Sở Tư pháp', 'Công an tỉnh'], []],
  ])('%j', (cell, lead, support) => {
    expect(read(cell)).toEqual({ lead, support });
  });

  it('splitUnits gives the units such a sentence names as leading', () => {
    expect(names('Sở KH&CN chủ trì hướng dẫn, tổng hợp; các sở, ngành phối hợp')).toEqual(['Sở KH&CN']);
    expect(names('Các sở, ngành phối hợp thực hiện')).toEqual(['[Các sở, ngành]']);
  });
});

describe('keys of other issuers', () => {
  it.each([
    ['Các sở, ban, ngành, địa phương', 'Các sở, ban ngành, địa phương'],
    ['Các sở, ban, ngành, địa phương', 'Sở, ban, ngành và địa phương'],
    ['UBND các phường xã', 'UBND các phường, xã'],
    ['Các sở, ban, ngành có liên quan', 'Sở, ban, ngành liên quan'],
    ['Bộ CHQS tỉnh', 'Bộ Chỉ huy Quân sự tỉnh'],
    ['TW Đoàn', 'Trung ương Đoàn'],
    ['VTV', 'Đài Truyền hình Việt Nam'],
    ['VOV', 'Đài Tiếng nói Việt Nam'],
    ['TTXVN', 'Thông tấn xã Việt Nam'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa Thể thao và Du lịch'],
    ['Sở Văn hoá Thể thao du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Sở Tài Chính', 'Sở Tài chính'],
    ['Sở Sở Công thương', 'Sở Công Thương'],
    ['Sở KH&CN', 'Sở Khoa học và Công nghệ'],
  ])('%s = %s', (a, b) => {
    expect(unitKey(a)).toBe(unitKey(b));
  });

  it('keeps a collective apart from its qualified form and from a unit', () => {
    expect(unitKey('Các sở, ban, ngành')).not.toBe(unitKey('Các sở, ban, ngành có liên quan'));
    expect(unitKey('Bộ Công an')).not.toBe(unitKey('Bộ Công Thương'));
  });
});

describe('properties', () => {
  /** Real names, several with commas or "và" inside them. */
  const NAMES = [
    'Sở Tư pháp',
    'Công an tỉnh',
    'Phòng Văn hóa, Khoa học và Thông tin',
    'Sở Giáo dục và Đào tạo',
    'Bộ Công Thương',
    'Văn phòng UBND tỉnh',
    'Vụ Phổ biến, giáo dục pháp luật',
    'Bảo hiểm xã hội tỉnh',
    'Trung tâm Chuyển đổi số VHTTDL',
    'Bộ Lao động - Thương binh và Xã hội',
    'Ban Quản lý các khu công nghệ cao và khu công nghiệp',
    'Cục Kiểm soát thủ tục hành chính',
    'Ngân hàng Nhà nước Việt Nam',
    'Thanh tra Chính phủ',
    'Đài Tiếng nói Việt Nam',
    'Sở Văn hóa, Thể thao và Du lịch',
    'Hiệp hội Doanh nghiệp',
    'các đơn vị có liên quan',
    'UBND các phường, xã',
    'Các sở, ban, ngành',
  ];
  const SEPARATORS = ['; ', ', ', ' và ', '\n', '\n- ', ';\n'];
  const words = (text: string) => (text.match(/[\p{L}\p{N}&]+/gu) ?? []).filter((w) => !/^(?:và)$/iu.test(w));

  it('splitting then joining keeps every word, in order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 5 }),
        fc.array(fc.constantFrom(...SEPARATORS), { minLength: 4, maxLength: 4 }),
        (names, separators) => {
          const cell = names.reduce((text, name, i) => (i === 0 ? name : `${text}${separators[(i - 1) % 4]}${name}`), '');
          const units = splitUnits(cell);
          expect(words(units.map((u) => u.name).join(' '))).toEqual(words(cell));
        },
      ),
    );
  });

  it('names separated by ";" come back one by one', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 6 }), (names) => {
        expect(splitUnits(names.join('; ')).map((u) => u.name)).toEqual(names);
      }),
    );
  });
});
