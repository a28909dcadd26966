import { gridOf } from '../../../test/helpers/grids';
import { splitUnits } from '../units';
import { describeEvidence, letterhead, letterheadUnit, reportDate, reportingUnit, unitCatalogue } from './reportingUnit';

const PLAN_UNITS =
  'Sở Tư pháp; Công an thành phố; Tòa án nhân dân thành phố; Ủy ban nhân dân thành phố; Sở Giáo dục và Đào tạo; Sở Khoa học và Công nghệ; ' +
  'Văn phòng Ủy ban nhân dân thành phố; Bảo hiểm xã hội thành phố Hải Phòng; Ngân hàng nhà nước Khu vực 6; Sở Y tế; Các sở, ban, ngành';
const catalogue = unitCatalogue(splitUnits(PLAN_UNITS), [{ name: 'Sở Xây dựng', aliases: ['SXD', 'Xây dựng HP'] }], ['KẾ HOẠCH thực hiện Đề án 06 trên địa bàn thành phố Hải Phòng']);

/** The unit of a file whose first rows are `rows` (a letterhead, a label) above its header row. */
function unitOf(rows: string[][], file = 'bao-cao.xlsx', filled: { lead: string[]; support: string[] }[] = []) {
  const grid = gridOf([...rows, ['STT', 'Nhiệm vụ']]);
  return reportingUnit({ file, lines: letterhead(grid, rows.length), filled }, catalogue);
}

describe('reportingUnit', () => {
  it('takes a "Đơn vị:" label first, in the plan’s spelling', () => {
    expect(unitOf([['UBND THÀNH PHỐ HẢI PHÒNG'], ['Đơn vị: SỞ TƯ PHÁP']])).toMatchObject({ unit: 'Sở Tư pháp', from: 'label', confirm: false });
  });

  it.each([
    ['with diacritics and the place', ['UBND THÀNH PHỐ HẢI PHÒNG', 'CÔNG AN THÀNH PHỐ HẢI PHÒNG'], 'Công an thành phố'],
    ['without diacritics', ['UBND THANH PHO HAI PHONG', 'CONG AN THANH PHO HAI PHONG'], 'Công an thành phố'],
    ['the court, abbreviated place', ['TÒA ÁN NHÂN DÂN TP HẢI PHÒNG'], 'Tòa án nhân dân thành phố'],
    ['a unit whose plan name carries the place', ['UBND THÀNH PHỐ HẢI PHÒNG', 'BẢO HIỂM XÃ HỘI THÀNH PHỐ'], 'Bảo hiểm xã hội thành phố Hải Phòng'],
    ['a name wrapped over two lines', ['UBND THÀNH PHỐ HẢI PHÒNG', 'SỞ KHOA HỌC VÀ', 'CÔNG NGHỆ'], 'Sở Khoa học và Công nghệ'],
    ['the governing body alone, when it is the sender', ['ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG'], 'Ủy ban nhân dân thành phố'],
  ])('reads the issuing body under the governing body: %s', (_, lines, unit) => {
    expect(unitOf(lines.map((line, i) => [line, '', ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'][i] ?? '']))).toMatchObject({
      unit,
      from: 'letterhead',
      known: true,
      confirm: false,
    });
  });

  it('never takes the governing body when the issuing body below it is not a plan unit', () => {
    const result = unitOf([['UBND THÀNH PHỐ HẢI PHÒNG'], ['CUC THUE TP'], ['Số: 12/BC-CT']]);
    expect(result).toMatchObject({ unit: 'CUC THUE TP', from: 'letterhead', known: false, confirm: true });
  });

  it('reads the unit from abbreviations in the file name, formed from the plan’s own units', () => {
    const cases: [string, string][] = [
      ['CATP.xlsx', 'Công an thành phố'],
      ['STP.xlsx', 'Sở Tư pháp'],
      ['SGDĐT_T11.xlsx', 'Sở Giáo dục và Đào tạo'],
      ['bao cao SGDDT thang 11.xlsx', 'Sở Giáo dục và Đào tạo'],
      ['BaoCao_SKHCN-T11.xlsx', 'Sở Khoa học và Công nghệ'],
      ['VPUBND.xlsx', 'Văn phòng Ủy ban nhân dân thành phố'],
      ['BHXH.xls', 'Bảo hiểm xã hội thành phố Hải Phòng'],
      ['NHNN-KV6.xlsx', 'Ngân hàng nhà nước Khu vực 6'],
      ['bao-cao-so-y-te.xlsx', 'Sở Y tế'],
      ['vp-ubnd-tp.xlsx', 'Văn phòng Ủy ban nhân dân thành phố'],
      ['bao-cao-ubnd-thanh-pho.xlsx', 'Ủy ban nhân dân thành phố'],
    ];
    expect(cases.map(([file]) => unitOf([], file))).toEqual(cases.map(([, unit]) => expect.objectContaining({ unit, from: 'file', confirm: false })));
  });

  it('names no unit from a file name that names two', () => {
    expect(unitOf([], 'STP va SYT.xlsx')).toMatchObject({ unit: null });
  });

  it('reads the directory’s aliases in file names and letterheads', () => {
    expect(unitOf([], 'SXD T11.xlsx')).toMatchObject({ unit: 'Sở Xây dựng', from: 'alias' });
    expect(unitOf([['XÂY DỰNG HP']])).toMatchObject({ unit: 'Sở Xây dựng', from: 'letterhead', known: true });
  });

  it('infers the unit from the rows it filled when nothing else names it, and asks to confirm', () => {
    const filled = [
      { lead: ['Sở Y tế'], support: [] },
      { lead: ['Sở Y tế', 'Sở Tư pháp'], support: [] },
    ];
    expect(unitOf([['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH']], 'Book1.xlsx', filled)).toMatchObject({ unit: 'Sở Y tế', from: 'rows', confirm: true });
  });

  it('is unknown, never a file name, title or date line, when nothing names a unit', () => {
    for (const [rows, file] of [
      [[['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH']], 'Book1.xlsx'],
      [[['Số liệu tính đến ngày 14/11/2025']], 'Phụ lục.xlsx'],
      [[], 'cac-so-ban-nganh.xlsx'],
    ] as [string[][], string][]) {
      expect(unitOf(rows, file)).toEqual({ unit: null, from: null, known: false, confirm: true, evidence: [] });
    }
  });

  it('infers nothing from rows filled for many units (a plan or a consolidation), and says so', () => {
    const filled = [
      { lead: ['Sở Y tế'], support: [] },
      { lead: ['Sở Tư pháp'], support: [] },
      { lead: ['Công an thành phố'], support: [] },
    ];
    const result = unitOf([], 'tong-hop.xlsx', filled);
    expect(result).toMatchObject({ unit: null, confirm: true });
    expect(describeEvidence(result.evidence, 'vi')).toBe(
      '3 dòng đã điền là nhiệm vụ của nhiều đơn vị (Sở Y tế 1, Sở Tư pháp 1, Công an thành phố 1): có thể là kế hoạch hay một bảng tổng hợp',
    );
  });

  it('asks to confirm when the letterhead names a unit that is no known one, whatever the file name says', () => {
    expect(unitOf([['UBND XÃ AN THẮNG']], 'BaoCao_UBND.xlsx')).toMatchObject({ unit: 'Ủy ban nhân dân thành phố', from: 'file', confirm: true });
  });

  it('sets aside only the plan’s own place, never a place one unit names', () => {
    const units = splitUnits('Công an thành phố; UBND thành phố Thủy Nguyên; Thuế thành phố Hải Phòng; Bảo hiểm xã hội thành phố Hải Phòng');
    const plan = unitCatalogue(units, [], ['KẾ HOẠCH năm 2025']);
    expect(plan.named('CÔNG AN THÀNH PHỐ THỦY NGUYÊN')).toBeNull();
    expect(plan.named('CÔNG AN THÀNH PHỐ HẢI PHÒNG')).toEqual({ unit: 'Công an thành phố', alias: false });
  });

  it('asks to confirm when the file’s name and its letterhead name different units', () => {
    expect(unitOf([['SỞ TƯ PHÁP']], 'CATP.xlsx')).toMatchObject({ unit: 'Sở Tư pháp', from: 'letterhead', confirm: true });
  });

  it('takes the unit a template was made for, in the plan’s spelling, over the file name and letterhead; the user’s choice over it', () => {
    const template = (unit: string, user?: string) =>
      reportingUnit({ file: 'CATP.xlsx', lines: ['SỞ TƯ PHÁP'], filled: [{ lead: ['Sở Y tế'], support: [] }], template: unit, ...(user ? { user } : {}) }, catalogue);
    const ours = template('SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(ours).toMatchObject({ unit: 'Sở Giáo dục và Đào tạo', from: 'template', known: true, confirm: false });
    expect(describeEvidence(ours.evidence, 'vi')).toBe('biểu mẫu của SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(template('Sở Y tế', 'Sở Tư pháp')).toMatchObject({ unit: 'Sở Tư pháp', from: 'user' });
    // A unit neither the plan nor the directory knows (a template of an edited plan would be refused before): asked, not trusted.
    const stranger = template('Trung tâm Phục vụ hành chính công');
    expect(stranger).toMatchObject({ unit: 'Trung tâm Phục vụ hành chính công', known: false, confirm: true });
    expect(describeEvidence(stranger.evidence, 'en')).toBe('template made for Trung tâm Phục vụ hành chính công (in neither the plan nor the directory)');
  });

  it('asks to confirm when every filled row belongs to another unit', () => {
    expect(unitOf([], 'STP.xlsx', [{ lead: ['Sở Y tế'], support: [] }])).toMatchObject({ unit: 'Sở Tư pháp', confirm: true });
    expect(unitOf([], 'STP.xlsx', [{ lead: ['Sở Y tế'], support: ['Sở Tư pháp'] }])).toMatchObject({ unit: 'Sở Tư pháp', confirm: false });
  });
});

describe('letterheadUnit and reportDate', () => {
  it('stop at the title and skip the motto, the number and the date line', () => {
    const lines = ['CÔNG AN THÀNH PHỐ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 45/BC-CAT', 'Hải Phòng, ngày 13 tháng 11 năm 2025', 'BÁO CÁO', 'Kính gửi: Sở Nội vụ'];
    expect(letterheadUnit(lines)).toBe('CÔNG AN THÀNH PHỐ');
    expect(reportDate(lines)).toBe('2025-11-13');
    expect(reportDate(['Hải Phòng, ngày 05/11/2025'])).toBe('2025-11-05');
    expect(reportDate(['Số liệu tính đến ngày 14/11/2025'])).toBeNull();
  });
});
