/** Settings kept in the workbook, and going to a finding's cell. */
import { goToCell, loadSettings, saveSettings } from '../../src/office/workbookState';
import { gridOf } from '../helpers/grids';
import { asExcelContext, MemoryContext } from '../helpers/memoryExcel';

describe('pane settings in the workbook', () => {
  it('gives defaults when nothing was saved', async () => {
    const context = new MemoryContext(gridOf([['STT']]));
    expect(await loadSettings(asExcelContext(context))).toEqual({ dueSoonDays: 7, directory: [] });
  });

  it('reads back what was saved', async () => {
    const context = new MemoryContext(gridOf([['STT']]));
    const settings = { asOf: '2025-11-14', planYear: 2025, dueSoonDays: 5, directory: [{ name: 'Sở Tư pháp', aliases: ['STP'] }] };
    await saveSettings(asExcelContext(context), settings);
    expect(await loadSettings(asExcelContext(context))).toEqual(settings);
  });

  it.each(['{not json', JSON.stringify({ dueSoonDays: -3 }), JSON.stringify({ asOf: '14/11/2025' })])('falls back to defaults on a damaged value %s', async (value) => {
    const context = new MemoryContext(gridOf([['STT']]));
    context.settings.set('phuluc', value);
    expect(await loadSettings(asExcelContext(context))).toEqual({ dueSoonDays: 7, directory: [] });
  });
});

describe('goToCell', () => {
  it('selects the cell in one sync', async () => {
    const context = new MemoryContext(gridOf([['STT']], { name: 'Phụ lục' }));
    await goToCell(asExcelContext(context), 'Phụ lục', 'C6');
    expect(context.selection).toBe('Phụ lục!C6');
    expect(context.syncs).toBe(1);
  });
});
