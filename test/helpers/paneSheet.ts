/** The pane's measured sheet: `tasks` rows of one plan, as bench/pane.bench.ts writes it and test/office/payload.test.ts reads it. */
export function paneSheetRows(tasks: number): (string | number)[][] {
  const rows: (string | number)[][] = [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Tình trạng']];
  for (let i = 1; i <= tasks; i++)
    rows.push([
      i,
      `Rà soát, số hóa hồ sơ thủ tục hành chính số ${i}`,
      'Sở Tư pháp',
      'Công an thành phố',
      ['Tháng 9/2025', 'Quý IV/2025', 'Thường xuyên'][i % 3] ?? '',
      i % 4 ? 'Đang thực hiện' : 'Đã hoàn thành',
    ]);
  return rows;
}
