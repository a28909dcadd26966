/** The adapter against Microsoft's office-addin-mock, which rejects reads of properties never loaded. */
import { OfficeMockObject } from 'office-addin-mock';
import { readSheet } from '../../src/office/readSheet';

function mockContext() {
  const band = {
    values: [
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành'],
      [1, 'Làm sạch dữ liệu hộ tịch', 'Sở Tư pháp', 45961],
    ],
    valueTypes: [
      ['String', 'String', 'String', 'String'],
      ['Double', 'String', 'String', 'Double'],
    ],
    numberFormat: [
      ['General', 'General', 'General', 'General'],
      ['General', 'General', 'General', 'dd/mm/yyyy'],
    ],
    getMergedAreasOrNullObject() {
      return this.merged;
    },
    merged: { isNullObject: true, areas: { address: '', items: [] } },
    getColumn() {
      return this.column;
    },
    column: {
      getVisibleView() {
        return this.view;
      },
      // Excel quotes a sheet name with a space in an address.
      view: { cellAddresses: [["'Phụ lục'!A3"], ["'Phụ lục'!A4"]] },
    },
  };
  const mock = new OfficeMockObject({
    workbook: {
      functions: {
        date() {
          return this.result;
        },
        // DATE(1904,1,2) in a workbook of the 1900 date system.
        result: { value: 1463 },
      },
      worksheets: {
        getActiveWorksheet() {
          return this.sheet;
        },
        sheet: {
          name: 'Phụ lục',
          getUsedRangeOrNullObject() {
            return this.used;
          },
          used: { isNullObject: false, rowIndex: 2, columnIndex: 0, rowCount: 2, columnCount: 4 },
          getRange() {
            return this.band;
          },
          band,
        },
      },
    },
  });
  // Office.js fills in isNullObject at every sync without a load; office-addin-mock treats it like
  // any other property, so the mock's null-object proxies get it loaded here.
  const sheet = (mock as unknown as { workbook: { worksheets: { sheet: { used: OfficeMockObject; band: { merged: OfficeMockObject } } } } }).workbook.worksheets.sheet;
  sheet.used.load('isNullObject');
  sheet.band.merged.load('isNullObject');
  return mock as unknown as Excel.RequestContext;
}

describe('readSheet with office-addin-mock', () => {
  it('loads everything it reads and returns the grid', async () => {
    const grid = await readSheet(mockContext(), { mergedAreas: true });
    expect(grid.name).toBe('Phụ lục');
    expect(grid.rows).toHaveLength(4);
    expect(grid.rows[3]).toEqual([
      { kind: 'number', value: 1 },
      { kind: 'text', text: 'Làm sạch dữ liệu hộ tịch' },
      { kind: 'text', text: 'Sở Tư pháp' },
      { kind: 'date', iso: '2025-10-31', format: 'dd/mm/yyyy' },
    ]);
    expect(grid.hiddenRows.size).toBe(0);
  });
});
