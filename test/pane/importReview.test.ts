/// <reference types="jest" />
// Type-checked with the pane (tsconfig.pane.json). The imported plan under review
// (panels/import/review.ts): a cell edited, a row deleted or merged into the row above (each cell's
// texts joined by a line break, the upper row's STT and kind kept), and the steps undone last first,
// every row keeping its key so the table redraws only what changed.
import type { ImportedPlan } from '../../src/core/import/importPlan';
import { reduce, type State, stepText } from '../../src/taskpane/panels/import/review';
import { paneText } from '../../src/taskpane/paneText';

const t = paneText('vi');
const row = (stt: string, text: string, lead: string) => ({ kind: 'task' as const, stt, text, lead, support: '', deadline: '31/12/2025' });
const plan: ImportedPlan = {
  title: 'Kế hoạch',
  planYear: 2025,
  tables: [{ name: 'Nhiệm vụ', rows: [row('1', 'Rà soát hồ sơ', 'Sở Tư pháp'), row('2', 'Số hoá dữ liệu', 'Công an thành phố'), row('3', 'Báo cáo kết quả', 'Sở Tư pháp')] }],
  counts: [],
};

const loaded = reduce({ plan: null, steps: [] }, { type: 'load', plan });
const rows = (state: State) => state.plan?.tables[0]?.rows ?? [];

describe('the import review', () => {
  it('edits a cell in place', () => {
    const edited = reduce(loaded, { type: 'edit', table: 0, row: 1, field: 'lead', value: 'Sở Nội vụ' });
    expect(rows(edited).map((r) => r.lead)).toEqual(['Sở Tư pháp', 'Sở Nội vụ', 'Sở Tư pháp']);
    expect(rows(edited)[1]?.key).toBe(rows(loaded)[1]?.key);
    expect(edited.steps).toEqual([]);
  });

  it('merges a row into the one above, cell by cell, and undoes it', () => {
    const merged = reduce(loaded, { type: 'merge', table: 0, row: 1 });
    expect(rows(merged)).toHaveLength(2);
    expect(rows(merged)[0]).toMatchObject({
      stt: '1',
      text: 'Rà soát hồ sơ\nSố hoá dữ liệu',
      lead: 'Sở Tư pháp\nCông an thành phố',
      deadline: '31/12/2025\n31/12/2025',
      key: rows(loaded)[0]?.key,
    });
    const [step] = merged.steps;
    if (!step) throw new Error('no step recorded');
    expect(stepText(step, t)).toBe(`${t('rowMerged')} 2 “Số hoá dữ liệu” ${t('intoRow')} 1 “Rà soát hồ sơ”.`);
    expect(reduce(merged, { type: 'undo' })).toEqual(loaded);
  });

  it('deletes rows and undoes the last step first', () => {
    const once = reduce(loaded, { type: 'delete', table: 0, row: 2 });
    const twice = reduce(once, { type: 'delete', table: 0, row: 0 });
    expect(rows(twice).map((r) => r.stt)).toEqual(['2']);
    expect(reduce(twice, { type: 'undo' })).toEqual(once);
    expect(reduce(reduce(twice, { type: 'undo' }), { type: 'undo' })).toEqual(loaded);
  });

  it('ignores a merge of the first row and an undo with nothing to undo', () => {
    expect(reduce(loaded, { type: 'merge', table: 0, row: 0 })).toBe(loaded);
    expect(reduce(loaded, { type: 'undo' })).toBe(loaded);
  });
});
