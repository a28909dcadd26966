/** What the pane's Tổng hợp does, through the Office adapter over the in-memory Excel: read the sheet, count, write the sheets. */
import { join } from 'node:path';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import { summarize } from '../../src/core/summary';
import { summaryLayout } from '../../src/core/summaryLayout';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import { readSheet } from '../../src/office/readSheet';
import { sourceSheet, writeOwnSheets } from '../../src/office/writeOwnSheets';
import { asExcelContext, MemoryContext } from './memoryExcel';

export const REPORT = join(__dirname, '..', '..', 'examples', 'bao-cao-de-an-06-hai-phong.xlsx');
export const AS_OF = '2025-11-14';

export async function summarizeInPane(context: MemoryContext, pivotTables = true) {
  const excel = asExcelContext(context);
  const source = await sourceSheet(excel);
  const grid = await readSheet(excel, { mergedAreas: true }, source);
  const tables = recogniseWorkbook({ sheets: [grid] }, { asOf: AS_OF });
  return writeOwnSheets(excel, summaryLayout(summarize(tables, AS_OF), tables, 'vi'), { owner: 'summary', lang: 'vi', source, pivotTables });
}

/** The example report's sheet in a new in-memory workbook. */
export const fresh = () => new MemoryContext(readWorkbookFile(REPORT).sheets[0]!);
