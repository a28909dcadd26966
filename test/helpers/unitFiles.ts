/**
 * Unit report files made from seed 001's plan the way units really send them back: their own
 * letterheads, headers without diacritics in their own column order, rows renumbered, wording
 * edited, a task left out, an extra task, a co-lead disagreeing, a text file named .xlsx, a lock file.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import type { Task } from '../../src/core/table';
import { readWorkbookFile } from '../../src/io/readWorkbook';

export const MASTER = join(__dirname, '..', '..', 'examples', 'bao-cao-de-an-06-hai-phong.xlsx');
export const AS_OF = '2025-11-14';
const plan = recogniseWorkbook(readWorkbookFile(MASTER), { asOf: AS_OF });
export const tasks = plan.flatMap((t) => t.tasks);
export const ledBy = (unit: string) => tasks.filter((t) => t.lead.some((u) => u.name === unit));

interface UnitFile {
  name: string;
  letterhead?: string[];
  rows: { task: Task; status: string; text?: string }[];
  extra?: string[];
}

/** A unit's report: its own letterhead, headers without diacritics in its own column order, its rows renumbered. */
function writeUnitFile(dir: string, file: UnitFile): void {
  const aoa: (string | number)[][] = [
    ...(file.letterhead ?? []).map((line) => [line, '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH'],
    [],
    ['TT', 'Don vi chu tri', 'Noi dung nhiem vu', 'Thoi gian hoan thanh', 'Tinh hinh thuc hien', 'Ket qua thuc hien'],
    ...file.rows.map(({ task, status, text }, i) => [
      i + 1,
      task.lead.map((u) => u.name).join('; '),
      text ?? task.text,
      task.deadline.text,
      status,
      status.startsWith('Đã') ? '=Đã ban hành văn bản' : '',
    ]),
    ...(file.extra ?? []).map((text, i) => [file.rows.length + i + 1, 'Sở Tư pháp', text, 'Quý IV/2025', 'Đang thực hiện', '']),
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), 'Báo cáo');
  writeFileSync(join(dir, file.name), XLSX.write(book, { type: 'buffer', bookType: file.name.endsWith('.xls') ? 'biff8' : 'xlsx' }) as Buffer);
}

export function unitFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-hn-'));
  const police = ledBy('Công an thành phố');
  const justice = ledBy('Sở Tư pháp');
  const shared = tasks.find((t) => t.lead.map((u) => u.name).join('; ') === 'Sở Nội vụ; Bảo hiểm xã hội thành phố Hải Phòng')!;
  writeUnitFile(dir, {
    name: 'bao-cao-cong-an.xlsx',
    letterhead: ['UBND THÀNH PHỐ HẢI PHÒNG', 'CÔNG AN THÀNH PHỐ'],
    rows: police.map((task, i) => ({ task, status: i === 0 ? 'Đang thực hiện' : 'Đã hoàn thành', text: i === 1 ? `${task.text} trên địa bàn thành phố` : undefined })),
    extra: ['Tổ chức hội thi tìm hiểu pháp luật về căn cước cho đoàn viên thanh niên'],
  });
  writeUnitFile(dir, { name: 'stp.xlsx', letterhead: ['Đơn vị: Sở Tư pháp'], rows: justice.slice(1).map((task) => ({ task, status: 'Đã hoàn thành' })) });
  writeUnitFile(dir, { name: 'so-noi-vu.xls', rows: [{ task: shared, status: 'Đã hoàn thành' }] });
  writeUnitFile(dir, { name: 'bhxh.xlsx', letterhead: ['BẢO HIỂM XÃ HỘI THÀNH PHỐ HẢI PHÒNG'], rows: [{ task: shared, status: 'Đang thực hiện' }] });
  writeFileSync(join(dir, 'ghi-chu.xlsx'), 'đây không phải tệp Excel');
  writeFileSync(join(dir, '~$bao-cao-cong-an.xlsx'), 'lock');
  const empty = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(empty, XLSX.utils.aoa_to_sheet([['Danh sách cán bộ'], ['Nguyễn Văn A']]), 'Sheet1');
  mkdirSync(join(dir, 'khac'));
  writeFileSync(join(dir, 'danh-sach.xlsx'), XLSX.write(empty, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return dir;
}
