/**
 * @jest-environment jsdom
 */
/// <reference types="jest" />
/// <reference types="node" />
// Type-checked with the pane (tsconfig.pane.json). The Kiểm tra panel rendered in a DOM (jsdom) over
// the in-memory Excel, on an example plan's appendix: "Kiểm tra" shows the active sheet's table with its tasks counted as the engine
// counts them and its findings by severity; clicking a finding selects its cell in the workbook.
import './domGaps';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createElement as h } from 'react';
import { checkWorkbook } from '../../src/core/check';
import type { Host } from '../../src/office/host';
import { PaneSettingsSchema } from '../../src/office/workbookState';
import { CheckPanel } from '../../src/taskpane/panels/check/CheckPanel';
import { paneText } from '../../src/taskpane/paneText';
import { join } from 'node:path';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import { asExcelContext, MemoryContext } from '../helpers/memoryExcel';

const AS_OF = '2025-11-14';
/** A plan's appendix with findings (five, one of them with a safe fix). */
const PLAN = join(__dirname, '..', '..', 'examples', 'ke-hoach-01-bach-long-vi.xlsx');

const t = paneText('vi');

afterEach(cleanup);

describe('CheckPanel', () => {
  it('shows the table and its findings as the engine finds them, and a finding selects its cell', async () => {
    const sheet = readWorkbookFile(PLAN).sheets.find((grid) => grid.name === 'Phụ lục');
    if (!sheet) throw new Error('no appendix sheet in the example');
    const context = new MemoryContext(sheet);
    const host: Host = { lang: 'vi', can: { mergedAreas: true, pivotTables: true }, run: (work) => work(asExcelContext(context)) };
    const [expected] = checkWorkbook({ sheets: [context.grid] }, { asOf: AS_OF });
    if (!expected) throw new Error('the example holds no table');
    render(
      h(FluentProvider, { theme: webLightTheme }, h(CheckPanel, { host, settings: PaneSettingsSchema.parse({ asOf: AS_OF }), onSettings: async () => undefined, t, visible: true })),
    );

    fireEvent.click(screen.getByTestId('check-run'));
    const title = await screen.findByTestId('table-title');
    expect(title.textContent).toContain(`· ${expected.table.tasks.length} ${t('tasks')}`);
    expect(screen.getByTestId('check-as-of').textContent).toContain('14/11/2025');
    const overdue = screen.getAllByTestId('state-count').find((badge) => badge.getAttribute('data-state') === 'overdue');
    expect(overdue?.textContent).toMatch(new RegExp(`: ${expected.table.tasks.filter((task) => task.state === 'overdue').length}$`));

    expect(expected.findings.length).toBeGreaterThan(0);
    const findings = screen.getAllByTestId('finding');
    expect(findings.map((finding) => `${finding.getAttribute('data-cell')} ${finding.getAttribute('data-code')}`).sort()).toEqual(
      expected.findings.map((f) => `${f.cell} ${f.code}`).sort(),
    );
    expect(screen.getAllByTestId('fix-one')).toHaveLength(expected.findings.filter((f) => f.edits).length);
    const [first] = findings;
    if (!first) throw new Error('no finding shown');
    fireEvent.click(first);
    await waitFor(() => expect(context.selection).toBe(`${expected.table.sheet}!${first.getAttribute('data-cell')}`));
  });
});
