/** The lead units of the benches' 150-unit plans: Hải Phòng's departments and wards after the 2025 reorganisation. */
const DEPARTMENTS = [
  'Sở Tư pháp',
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Xây dựng',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Khoa học và Công nghệ',
  'Sở Nông nghiệp và Môi trường',
  'Sở Công Thương',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Dân tộc và Tôn giáo',
  'Sở Ngoại vụ',
  'Công an thành phố',
  'Văn phòng Ủy ban nhân dân thành phố',
  'Thanh tra thành phố',
  'Bảo hiểm xã hội thành phố Hải Phòng',
  'Thuế thành phố Hải Phòng',
  'Ngân hàng nhà nước Khu vực 6',
  'Tòa án nhân dân thành phố',
  'Bộ Chỉ huy Quân sự thành phố',
];
const SYLLABLES = ['An', 'Bình', 'Cát', 'Đông', 'Hải', 'Hòa', 'Hưng', 'Kiến', 'Lạc', 'Minh', 'Ngọc', 'Phú'];

/** `count` lead units: 20 departments, then wards ("Ủy ban nhân dân phường An Bình", ...); up to 152. */
export function units(count: number): string[] {
  const wards = SYLLABLES.flatMap((a) => SYLLABLES.filter((b) => b !== a).map((b) => `Ủy ban nhân dân phường ${a} ${b}`));
  return [...DEPARTMENTS, ...wards].slice(0, count);
}
