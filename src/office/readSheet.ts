/**
 * Reads a worksheet into the engine's grid in bands sized by bytes, so that no response nears
 * Excel on the web's 5 MB limit and no read nears the 5,000,000 cells any read may cover
 * (learn.microsoft.com, Resource limits and performance optimization for Office Add-ins). The first
 * sync asks for the used range's size (values only: cells that carry formatting alone do not count,
 * Worksheet.getUsedRangeOrNullObject(valuesOnly), ExcelApi 1.4) and the workbook's date system; then
 * each band of rows brings its values, types, formats and visible rows, and its merged areas in
 * smaller bands (getMergedAreasOrNullObject fails above 512 areas and returns only the areas whose
 * top-left cell lies in the range, office-js#3611, so each area comes exactly once). A small sheet
 * takes two syncs.
 */
import { a1, type CellRange, type Grid } from '../core/grid';
import { gridFromRange, parseAddress, textGrid } from './gridFromRange';
import { queueDateSystem } from './host';
import { utf8Length } from './requestBatch';

/** What the host supports, asked once through Office.context.requirements.isSetSupported. */
export interface Capabilities {
  /** ExcelApi 1.13: getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** ExcelApi 1.8: PivotTables (and the chart's category names and frozen rows of 1.7). */
  pivotTables: boolean;
}

/** What a band's response may weigh: well under the 5 MB limit, since the size is estimated (from the band before, or a guess for the first). */
const RESPONSE_BUDGET = 3 * 1024 * 1024;
/** The most cells one band reads (Excel's limit is 5,000,000 per read). */
const BAND_CELLS = 500_000;
/** The first band's guess at a cell's weight (value, type and format in JSON); later bands use what the earlier ones weighed. */
const FIRST_CELL_BYTES = 80;
/** A row's visible-cell address in the response ("'Phụ lục'!A123"). */
const ADDRESS_BYTES = 32;
/** Rows per merged-area query: 512 areas is the documented limit, and an appendix merges a few cells per task. */
const MERGE_ROWS = 100;
/** Attempts at one band before giving up (each halves what failed). */
const ATTEMPTS = 12;

export interface SheetRead {
  grid: Grid;
  /**
   * The workbook counts dates from 1904 (old Mac workbooks): its dates were read in that system, but
   * the user may want to know. null when Excel did not answer (the 1900 system was assumed).
   */
  date1904: boolean | null;
  /** 'all' merged areas read; 'unsupported' (ExcelApi 1.13 missing) or 'incomplete' (Excel refused some bands even a row high): the grid lacks some. */
  merges: 'all' | 'unsupported' | 'incomplete';
  /** Syncs used. */
  syncs: number;
}

/** Reads the sheet named or identified by `key`, the active sheet when there is none. */
export async function readSheet(context: Excel.RequestContext, can: Pick<Capabilities, 'mergedAreas'>, key?: string): Promise<Grid> {
  return (await readSheetDetails(context, can, key)).grid;
}

interface Band {
  values: unknown[][];
  valueTypes: string[][];
  numberFormat: string[][];
  visibleRows: number[];
  merges: CellRange[];
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** A read that came back too big, or empty because it was too big (office-js#6781: `values` can be null). */
function tooBig(error: unknown): boolean {
  return /PayloadSizeLimitExceeded|ResponseTooLarge|TooLarge|RangeTooLarge/i.test(errorCode(error) + String(error));
}

/** The grid with what the reader learnt on the way: the date system and whether every merged area was read. */
export async function readSheetDetails(context: Excel.RequestContext, can: Pick<Capabilities, 'mergedAreas'>, key?: string): Promise<SheetRead> {
  const worksheets = context.workbook.worksheets;
  const sheet = key === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(key);
  const used = sheet.getUsedRangeOrNullObject(true);
  sheet.load('name');
  used.load('rowIndex,columnIndex,rowCount,columnCount'); // isNullObject comes with every sync
  const date1904 = queueDateSystem(context);
  await context.sync();
  let syncs = 1;
  const system = date1904();
  const empty = { name: sheet.name, rows: [], merges: [], hiddenRows: new Set<number>() };
  if (used.isNullObject) return { grid: empty, date1904: system, merges: can.mergedAreas ? 'all' : 'unsupported', syncs };

  const top = used.rowIndex;
  const left = used.columnIndex;
  const width = used.columnCount;
  const height = used.rowCount;
  const right = left + width - 1;
  let mergeRows = can.mergedAreas ? MERGE_ROWS : 0;
  let merges: SheetRead['merges'] = can.mergedAreas ? 'all' : 'unsupported';
  let rowBytes = width * FIRST_CELL_BYTES + ADDRESS_BYTES;
  const maxRows = Math.max(1, Math.floor(BAND_CELLS / width));
  const bands: Band[] = [];

  /** Queues one band's reads and sends them; the band comes back, or the error Excel gave. */
  const readBand = async (from: number, rows: number): Promise<Band> => {
    const to = from + rows - 1;
    const range = sheet.getRange(`${a1(from, left)}:${a1(to, right)}`);
    range.load('values,valueTypes,numberFormat');
    // The visible cells of the band's first column name exactly its rows that are not hidden.
    const visible = range.getColumn(0).getVisibleView();
    visible.load('cellAddresses');
    const areas: Excel.RangeAreas[] = [];
    for (let start = from; mergeRows > 0 && start <= to; start += mergeRows) {
      const part = sheet.getRange(`${a1(start, left)}:${a1(Math.min(to, start + mergeRows - 1), right)}`).getMergedAreasOrNullObject();
      part.areas.load('address');
      areas.push(part);
    }
    syncs++;
    await context.sync();
    if (range.values === null || range.values === undefined) throw Object.assign(new Error('the band came back empty: too big'), { code: 'ResponseTooLarge' });
    return {
      values: range.values,
      valueTypes: range.valueTypes,
      numberFormat: textGrid(range.numberFormat),
      visibleRows: textGrid(visible.cellAddresses).flatMap(([address]) => (address ? [parseAddress(address).top] : [])),
      merges: areas.flatMap((part) => (part.isNullObject ? [] : part.areas.items.map((area) => parseAddress(area.address)))),
    };
  };

  for (let from = top; from < top + height;) {
    let rows = Math.min(top + height - from, maxRows, Math.max(1, Math.floor(RESPONSE_BUDGET / rowBytes)));
    let band: Band | null = null;
    for (let attempt = 1; band === null; attempt++) {
      try {
        band = await readBand(from, rows);
      } catch (error) {
        if (attempt >= ATTEMPTS) throw error;
        if (errorCode(error) === 'ApiNotFound' && mergeRows > 0) {
          // This Excel has no merged-area query after all (ExcelApi 1.13): read without it.
          mergeRows = 0;
          merges = 'unsupported';
        } else if (tooBig(error)) {
          if (rows === 1) throw error;
          rows = Math.ceil(rows / 2);
        } else if (mergeRows > 1)
          mergeRows = Math.ceil(mergeRows / 2); // too many merged areas in a query
        else if (mergeRows === 1) {
          // Not even one row's merged areas can be read: go on without them, and say so.
          mergeRows = 0;
          merges = 'incomplete';
        } else throw error;
      }
    }
    bands.push(band);
    const bytes = utf8Length(JSON.stringify(band.values)) + utf8Length(JSON.stringify(band.valueTypes)) + utf8Length(JSON.stringify(band.numberFormat));
    rowBytes = Math.max(width * 8, bytes / rows) + ADDRESS_BYTES;
    from += rows;
  }

  const grid = gridFromRange({
    sheet: sheet.name,
    top,
    left,
    values: bands.flatMap((band) => band.values),
    valueTypes: bands.flatMap((band) => band.valueTypes),
    numberFormat: bands.flatMap((band) => band.numberFormat),
    date1904: system === true,
    merges: bands.flatMap((band) => band.merges),
    visibleRows: new Set(bands.flatMap((band) => band.visibleRows)),
  });
  return { grid, date1904: system, merges, syncs };
}
