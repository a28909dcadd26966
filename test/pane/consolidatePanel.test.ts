/**
 * @jest-environment jsdom
 */
/// <reference types="jest" />
/// <reference types="node" />
// Type-checked with the pane (tsconfig.pane.json). The Hợp nhất panel rendered in a DOM (jsdom) over
// the in-memory Excel (test/helpers/memoryExcel.ts): before any file is read it names the plan it
// will consolidate into (the active sheet's table, and how many tasks), and on a sheet with no
// plan it says so and offers the workbook's sheets to choose from. No worker starts until a file is read.
import './domGaps';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen } from '@testing-library/react';
import { createElement as h } from 'react';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import type { Host } from '../../src/office/host';
import { type PaneSettings, PaneSettingsSchema } from '../../src/office/workbookState';
import { ConsolidatePanel } from '../../src/taskpane/panels/consolidate/ConsolidatePanel';
import { paneText } from '../../src/taskpane/paneText';
import { asExcelContext, MemoryContext } from '../helpers/memoryExcel';
import { AS_OF, fresh } from '../helpers/paneSummary';

// The worker's module names its own file with import.meta (webpack's worker syntax), which jest's
// CommonJS cannot load; no worker is asked for here.
jest.mock('../../src/taskpane/worker/startReaderWorker', () => ({
  readerClient: () => {
    throw new Error('no worker in this test');
  },
}));

const t = paneText('vi');

function show(context: MemoryContext) {
  const host: Host = { lang: 'vi', can: { mergedAreas: true, pivotTables: true }, run: (work) => work(asExcelContext(context)) };
  const settings: PaneSettings = PaneSettingsSchema.parse({ asOf: AS_OF });
  render(h(FluentProvider, { theme: webLightTheme }, h(ConsolidatePanel, { host, settings, onSettings: async () => undefined, t, visible: true })));
}

afterEach(cleanup);

describe('ConsolidatePanel', () => {
  it('names the plan sheet and its tasks before any file is read', async () => {
    const context = fresh();
    const { grid } = context;
    const tasks = recogniseWorkbook({ sheets: [grid] }, { asOf: AS_OF }).reduce((n, table) => n + table.tasks.length, 0);
    show(context);
    const name = await screen.findByTestId('plan-name');
    expect(name.textContent).toBe(`${t('planSheet')} ‘${grid.name}’ (${tasks} ${t('tasks')})`);
    expect(screen.getByTestId('plan').getAttribute('data-state')).toBe('found');
    expect(screen.queryByTestId('plan-missing')).toBeNull();
  });

  it('says the active sheet holds no plan and offers the sheets to choose from', async () => {
    show(new MemoryContext({ name: 'Ghi chú', rows: [[{ kind: 'text', text: 'Không có bảng nào ở đây' }]], merges: [], hiddenRows: new Set() }));
    const missing = await screen.findByTestId('plan-missing');
    expect(missing.textContent).toBe(`${t('noPlanOn')} ‘Ghi chú’ ${t('noPlanAsk')}`);
    await screen.findByTestId('plan-sheet');
    expect(screen.queryByTestId('plan-name')).toBeNull();
  });
});
