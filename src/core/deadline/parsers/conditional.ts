import type { DeadlineParser } from '../types';

/** "Theo hướng dẫn của ...", "Theo chỉ đạo của ...", "Khi có hướng dẫn ...", "Ngay sau khi ...": no date until something happens. */
export const conditional: DeadlineParser = {
  kind: 'conditional',
  pattern:
    /theo (?:huong dan|chi dao|yeu cau|ke hoach|lo trinh|quy dinh|tien do|thong bao)|khi (?:co|duoc|nao)\b|sau khi|tuy (?:theo|thuoc)/,
  read: () => ({ due: null, yearFromPlan: false }),
};
