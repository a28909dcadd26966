/**
 * Applies safe fixes (the same Edit objects `phuluc fix` applies to files) to the open workbook,
 * syncing in batches that stay under Excel on the web's 5 MB request limit.
 */
import { isoToExcelSerial } from '../core/calendar';
import type { Edit } from '../core/findings';
import { a1, type Cell, type Grid } from '../core/grid';
import { RequestBatch, requestBytes } from './requestBatch';

/** Text Excel would take for a formula or a sign gets the quote prefix, so it stays text. */
export function asText(text: string): string {
  return /^[=+\-@\t\r\n]/.test(text) ? `'${text}` : text;
}

type Write = { values: unknown[][]; numberFormat?: string[][] };

function writeOf(cell: Cell | null | undefined): Write {
  if (!cell) return { values: [['']] };
  switch (cell.kind) {
    case 'text':
      return { values: [[asText(cell.text)]] };
    case 'date':
      return { values: [[isoToExcelSerial(cell.iso)]], numberFormat: [[cell.format ?? 'dd/mm/yyyy']] };
    case 'number':
      return { values: [[cell.value]] };
    case 'boolean':
      return { values: [[cell.value]] };
    case 'error':
      return { values: [['']] };
  }
}

/**
 * Applies `edits` to the sheets of `grids` (the grids they were computed from give an unmerged
 * area its value and a converted date its format). Returns the number of syncs used.
 */
export async function applyEdits(context: Excel.RequestContext, grids: ReadonlyMap<string, Grid>, edits: readonly Edit[]): Promise<number> {
  const batch = new RequestBatch(context);
  const put = async (sheet: string, address: string, write: Write) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    if (write.numberFormat) range.numberFormat = write.numberFormat;
    range.values = write.values;
    await batch.add(requestBytes(write.values));
  };
  for (const edit of edits) {
    const grid = grids.get(edit.sheet);
    if (edit.kind === 'text') await put(edit.sheet, a1(edit.row, edit.col), { values: [[asText(edit.text)]] });
    else if (edit.kind === 'date') {
      const format = edit.styleFrom ? grid?.rows[edit.styleFrom.row]?.[edit.styleFrom.col] : grid?.rows[edit.row]?.[edit.col];
      const numberFormat = format?.kind === 'date' && format.format ? [[format.format]] : undefined;
      await put(edit.sheet, a1(edit.row, edit.col), { values: [[isoToExcelSerial(edit.iso)]], numberFormat });
    } else {
      context.workbook.worksheets.getItem(edit.sheet).getRange(`${a1(edit.top, edit.left)}:${a1(edit.bottom, edit.right)}`).unmerge();
      const value = writeOf(grid?.rows[edit.top]?.[edit.left]);
      for (let r = edit.top; r <= edit.bottom; r++) {
        for (let c = edit.left; c <= edit.right; c++) if (r !== edit.top || c !== edit.left) await put(edit.sheet, a1(r, c), value);
      }
    }
  }
  await batch.finish();
  return batch.syncs;
}
