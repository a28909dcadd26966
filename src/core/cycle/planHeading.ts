/**
 * What a plan's first rows say about the document (Nghị định 30/2020/NĐ-CP): the governing and
 * issuing bodies of its letterhead, its number, its place and date, its title. Templates and the
 * report upward repeat them; what the plan does not write stays null (shown as dots to fill in).
 */
import { fold } from '../text';
import { namesOneUnit } from '../units';
import type { Workbook } from '../grid';
import { letterhead, letterheadUnit, reportDate } from '../consolidate/reportingUnit';
import type { AppendixTable } from '../table';

export interface PlanHeading {
  /** The title rows above the table ("KẾ HOẠCH Triển khai ... năm 2025"). */
  title: string;
  /** "45/KH-UBND" from "Số: 45/KH-UBND", or null. */
  number: string | null;
  /** The plan's date (ISO) from "Hải Phòng, ngày 13 tháng 3 năm 2025", or null. */
  date: string | null;
  /** The place of that line ("Hải Phòng"), or null. */
  place: string | null;
  /** The issuing body (the lower letterhead line), or null. */
  issuer: string | null;
  /** The governing body above it ("UBND THÀNH PHỐ HẢI PHÒNG"), or null. */
  governingBody: string | null;
}

export function planHeading(workbook: Workbook, table: AppendixTable): PlanHeading {
  const grid = workbook.sheets.find((sheet) => sheet.name === table.sheet);
  const lines = grid ? letterhead(grid, table.headerRows[0] ?? 0) : [];
  const numberLine = lines.find((line) => /^so\s*:/.test(fold(line)));
  const dateLine = lines.find((line) => /,\s*ngay\b/.test(fold(line)));
  const issuer = letterheadUnit(lines);
  // The governing body: the capitalised line above the issuer's, the motto of the right-hand column passed over.
  const start = issuer ? lines.findIndex((line) => issuer.startsWith(line)) : -1;
  const above = lines
    .slice(0, Math.max(start, 0))
    .reverse()
    .find((line) => !/^(?:cong hoa|doc lap)/.test(fold(line)));
  // The title starts at "KẾ HOẠCH", "CHƯƠNG TRÌNH", "PHỤ LỤC"...: the letterhead above it is not the title.
  const titleStart = lines.findIndex((line) => /^(?:ke hoach|chuong trinh|phu luc|danh muc|bao cao|de an|quyet dinh)\b/.test(fold(line)));
  return {
    title: titleStart >= 0 ? lines.slice(titleStart).join(' ') : table.title,
    number: numberLine ? numberLine.slice(numberLine.indexOf(':') + 1).trim() || null : null,
    date: reportDate(lines),
    place: dateLine ? dateLine.slice(0, dateLine.indexOf(',')).trim() || null : null,
    issuer,
    governingBody: above && above === above.toUpperCase() && /[A-ZĐ]/.test(above) && namesOneUnit(above) ? above : null,
  };
}
