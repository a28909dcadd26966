/**
 * What each safe fix does, in Vietnamese, by the code of the rule whose findings it fixes: the pane's
 * preview of the changes names the fix, never a rule's code alone.
 */
export const fixes = {
  LEGACY_ENCODING: 'chuyển chữ gõ bảng mã cũ (TCVN3, VNI) sang Unicode',
  TEXT_NOT_NFC: 'chuẩn hoá Unicode dựng sẵn',
  EXTRA_SPACES: 'bỏ dấu cách thừa',
  MERGED_DATA_CELLS: 'bỏ gộp ô, ghi giá trị vào từng ô',
  SWAPPED_DATE: 'đổi lại ngày bị Excel đảo ngày và tháng',
  DATE_AS_TEXT: 'chuyển ngày dạng chữ thành ngày',
  STT_ORDER: 'đánh lại số thứ tự',
  DUPLICATE_STT: 'sửa số thứ tự trùng',
};
