/** The in-memory Excel holds Excel's rules (issue 15, item 8): what it refuses, when, and how much each sync carries. */
import { gridOf } from '../helpers/grids';
import { compareVersions, isSetSupported, LIMITS, MemoryContext } from '../helpers/memoryExcel';

interface Range {
  values: unknown[][];
  numberFormat: string[][];
  load(p: string): void;
  getMergedAreasOrNullObject(): { isNullObject: boolean; areas: { load(p: string): void; items: { address: string }[] } };
}
interface Sheet {
  name: string;
  id: string;
  visibility: string;
  load(p: string): void;
  delete(): void;
  activate(): void;
  getRange(address?: string): Range;
}
interface Book {
  worksheets: { add(name: string): Sheet; getItem(key: string): Sheet; load(p: string): void; items: Sheet[] };
  tables: { load(p: string): void };
  names: { add(name: string, reference: unknown): unknown; load(p: string): void; items: { name: string; value: unknown }[] };
}

const open = (rows: (string | number | null)[][] = [['STT', 'Nhiệm vụ']], options = {}) => {
  const context = new MemoryContext(gridOf(rows, options));
  return { context, book: context.workbook as Book };
};

describe('requests', () => {
  it('runs calls at the sync, in order; the first that fails rejects it with a code, the ones before stay done, the ones after are dropped', async () => {
    const { context, book } = open();
    book.worksheets.add('A');
    book.worksheets.add('Bad:name');
    book.worksheets.add('C');
    expect(context.sheets.size).toBe(0); // nothing happens before the sync
    await expect(context.sync()).rejects.toMatchObject({ name: 'RichApi.Error', code: 'InvalidArgument' });
    expect([...context.sheets.keys()]).toEqual(['A']);
    await context.sync(); // the dropped calls are gone for good
    expect([...context.sheets.keys()]).toEqual(['A']);
  });

  it('makes readable only what was loaded, item by item in a collection', async () => {
    const { context, book } = open();
    book.worksheets.load('items/name');
    await context.sync();
    expect(book.worksheets.items[0]!.name).toBe('Sheet1');
    expect(() => book.worksheets.items[0]!.id).toThrow('PropertyNotLoaded');
  });

  it('refuses a request over 5 MB before running any of it, and counts each sync’s bytes', async () => {
    const { context, book } = open();
    const sheet = book.worksheets.getItem('Sheet1');
    sheet.getRange('A1').values = [['nhỏ']];
    const huge = Array.from({ length: 3000 }, () => ['Nhiệm vụ '.repeat(250)]);
    sheet.getRange('B1:B3000').values = huge;
    await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(context.grid.rows[0]![0]).toEqual({ kind: 'text', text: 'STT' });
    expect(context.syncLog[0]!.request).toBeGreaterThan(LIMITS.payloadBytes);
    sheet.getRange('B1:B3000').values = huge
      .slice(0, 1000)
      .concat(huge.slice(0, 1000), huge.slice(0, 1000))
      .map(() => ['x']);
    await context.sync();
    expect(context.syncLog[1]).toMatchObject({ calls: 1 });
    expect(context.syncLog[1]!.request).toBeLessThan(20_000);
  });

  it('refuses a response over 5 MB, and gives null values for a read over 5,000,000 cells (office-js#6781)', async () => {
    const rows = Array.from({ length: 2000 }, () => ['Nhiệm vụ '.repeat(300)]);
    const { context, book } = open(rows);
    const range = book.worksheets.getItem('Sheet1').getRange('A1:A2000');
    range.load('values');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    const all = book.worksheets.getItem('Sheet1').getRange('A:E');
    all.load('values');
    await context.sync();
    expect(all.values).toBeNull();
  });

  it('refuses a block of values whose shape does not match its range, and a text longer than 32,767 characters', async () => {
    const { context, book } = open();
    book.worksheets.getItem('Sheet1').getRange('A1:B2').values = [['a', 'b']];
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    book.worksheets.getItem('Sheet1').getRange('A1').values = [['x'.repeat(32768)]];
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('sheets', () => {
  it.each([['Phụ lục: I'], ['a/b'], ['a\\b'], ['a?'], ['a*'], ['[a]'], ["'a"], ["a'"], [''], ['   '], ['History'], ['x'.repeat(32)], ['SHEET1']])(
    'refuses the sheet name %j',
    async (name) => {
      const { context, book } = open();
      book.worksheets.add(name);
      await expect(context.sync()).rejects.toMatchObject({ code: expect.stringMatching(/InvalidArgument|ItemAlreadyExists/) });
    },
  );

  it('refuses to delete a very hidden sheet (office-js#365) or the last visible one; a hidden one goes', async () => {
    const { context, book } = open();
    const helper = book.worksheets.add('phuluc_han');
    helper.visibility = 'VeryHidden';
    await context.sync();
    book.worksheets.getItem('phuluc_han').delete();
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    const again = book.worksheets.getItem('phuluc_han');
    again.visibility = 'Hidden';
    again.delete();
    await context.sync();
    expect(context.sheets.size).toBe(0);
    book.worksheets.getItem('Sheet1').visibility = 'Hidden';
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('gives every sheet a new id when the file is reopened; names that refer to a sheet follow it', async () => {
    const { context, book } = open();
    const sheet = book.worksheets.add('Tổng hợp');
    book.names.add('phuluc_tong_hop_1', sheet.getRange());
    sheet.load('id');
    await context.sync();
    const before = sheet.id;
    context.reopen();
    context.renameSheet('Tổng hợp', "Của tôi's");
    book.worksheets.load('items/id');
    book.names.load('items/name,items/value');
    await context.sync();
    expect(book.worksheets.items.map((s) => s.id)).not.toContain(before);
    expect(book.names.items.map((n) => n.value)).toEqual(["'Của tôi''s'!$A$1:$XFD$1048576"]);
  });

  it('keeps table names and defined names in one workbook-wide namespace, in any case', async () => {
    const { context, book } = open();
    context.addUserTable('Sheet1', 'Bang_1', 'D1:E2');
    book.names.add('BANG_1', '="x"');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });
});

describe('merged areas', () => {
  const merged = (count: number) => {
    const rows = Array.from({ length: count }, (_, i) => [`${i}`, 'a', 'b']);
    return open(rows, { merges: rows.map((_, r) => [r, 1, r, 2]) });
  };

  it('fails above 512 areas in one query', async () => {
    const { context, book } = merged(513);
    book.worksheets.getItem('Sheet1').getRange('A1:C513').getMergedAreasOrNullObject().areas.load('address');
    await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
  });

  it('returns only the areas whose top-left cell lies in the range (office-js#3611)', async () => {
    const { context, book } = open([['a'], ['b'], ['c'], ['d']], { merges: [[0, 0, 2, 0]] });
    const below = book.worksheets.getItem('Sheet1').getRange('A2:A4').getMergedAreasOrNullObject();
    const over = book.worksheets.getItem('Sheet1').getRange('A1:A2').getMergedAreasOrNullObject();
    over.areas.load('address');
    await context.sync();
    expect(below.isNullObject).toBe(true);
    expect(over.areas.items.map((a) => a.address)).toEqual(['Sheet1!A1:A3']);
  });

  it('fails with ApiNotFound on an Excel without ExcelApi 1.13', async () => {
    const { context, book } = merged(3);
    context.maxApi = '1.12';
    book.worksheets.getItem('Sheet1').getRange('A1:C3').getMergedAreasOrNullObject();
    await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('API sets', () => {
  it('compare part by part, as numbers', () => {
    expect(compareVersions('1.13', '1.6')).toBe(1);
    expect(compareVersions('1.6', '1.13')).toBe(-1);
    expect(compareVersions('1.10', '1.1')).toBe(1);
    expect(compareVersions('1.8', '1.8')).toBe(0);
    expect(['1.1', '1.6', '1.7', '1.8', '1.12', '1.13'].filter((v) => isSetSupported('1.12')('ExcelApi', v))).toEqual(['1.1', '1.6', '1.7', '1.8', '1.12']);
    expect(isSetSupported('1.17')('WordApi', '1.1')).toBe(false);
  });
});
