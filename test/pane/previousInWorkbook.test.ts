/// <reference types="jest" />
/// <reference types="node" />
// Type-checked with the pane (tsconfig.pane.json). "Dùng bảng Tổng hợp trong sổ này": the sheets an
// earlier consolidation wrote in the open workbook, found by their marks (ownSheetNames) and read
// with the Office reader, give last period's consolidation exactly as the command line reads it from
// the file `phuluc consolidate` writes; a summary's sheets beside them are never taken for it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { consolidate, readReport } from '../../src/core/consolidate/consolidate';
import { consolidationLayout } from '../../src/core/consolidate/consolidationLayout';
import { readPreviousConsolidation } from '../../src/core/cycle/previous';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import { readWorkbookBytes } from '../../src/io/workbookBytes';
import { writeLayouts } from '../../src/io/writeSummary';
import { readSheet } from '../../src/office/readSheet';
import { ownSheetNames, writeOwnSheets } from '../../src/office/writeOwnSheets';
import { asExcelContext } from '../helpers/memoryExcel';
import { fresh, summarizeInPane } from '../helpers/paneSummary';
import { unitFolder } from '../helpers/unitFiles';

jest.setTimeout(60_000);

const EARLIER = '2025-10-15';

it('reads the consolidation written earlier in this workbook as the command line reads its file', async () => {
  const context = fresh();
  const excel = asExcelContext(context);
  const plan = await readSheet(excel, { mergedAreas: true }, context.grid.name);
  const tables = recogniseWorkbook({ sheets: [plan] }, { asOf: EARLIER });
  const dir = unitFolder();
  const reports = readdirSync(dir)
    .filter((name) => /^[a-z].*\.xlsx?$/.test(name) && name !== 'ghi-chu.xlsx')
    .map((name) => readReport(name, readWorkbookFile(join(dir, name)), { asOf: EARLIER, planYear: tables[0]!.planYear, lang: 'vi' }));
  const october = consolidate(tables, reports, { asOf: EARLIER, lang: 'vi' });
  const layouts = consolidationLayout(october, 'vi');

  await expect(ownSheetNames(excel, 'consolidation')).resolves.toEqual([]);
  // A summary first, then the consolidation, and the user renames the consolidated sheet.
  await summarizeInPane(context);
  const written = await writeOwnSheets(excel, layouts, { owner: 'consolidation', lang: 'vi', source: context.grid.name, pivotTables: true });
  context.renameSheet(written.sheets[0]!, 'Tổng hợp T10');

  const sheets = await ownSheetNames(excel, 'consolidation');
  expect(sheets).toEqual(['Tổng hợp T10', ...written.sheets.slice(1)]);
  const inWorkbook = readPreviousConsolidation({ sheets: [await readSheet(excel, { mergedAreas: true }, sheets[0])] });
  const fromFile = readPreviousConsolidation(readWorkbookBytes(new Uint8Array(await writeLayouts(layouts)), 'tong-hop-t10.xlsx'));
  expect(inWorkbook).toEqual({ ...fromFile, sheet: 'Tổng hợp T10' });
  expect('tasks' in inWorkbook && inWorkbook.tasks.filter((task) => task.key !== null)).toHaveLength(october.tasks.length);
});
