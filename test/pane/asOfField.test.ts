/**
 * @jest-environment jsdom
 */
/// <reference types="jest" />
// Type-checked with the pane (tsconfig.pane.json). The cut-off date field, rendered in a DOM (jsdom):
// a day is typed day first whatever the browser's locale, so an en-US "12/31/2025" is refused with
// why, on the field, and the day saved stays; "1/12/2025" is 1 December and is saved as 2025-12-01.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement as h } from 'react';
import { AsOfField } from '../../src/taskpane/components/AsOfField';
import { paneText } from '../../src/taskpane/paneText';
import { type PaneSettings, PaneSettingsSchema } from '../../src/office/workbookState';

const t = paneText('vi');

function show(settings: PaneSettings) {
  const onSettings = jest.fn(async (_next: PaneSettings) => undefined);
  render(h(FluentProvider, { theme: webLightTheme }, h(AsOfField, { settings, onSettings, t, lang: 'vi' })));
  const field = screen.getByTestId('as-of-field');
  const input = field.querySelector('input');
  if (!input) throw new Error('no input in the cut-off date field');
  return { field, input, onSettings };
}

/** Types `text` in the field and leaves it, as the user does. */
function type(input: HTMLInputElement, text: string) {
  act(() => {
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: text } });
    fireEvent.blur(input);
  });
}

afterEach(cleanup);

describe('AsOfField', () => {
  it('shows the saved day written day first, and the day it counts at', () => {
    const { field, input } = show(PaneSettingsSchema.parse({ asOf: '2025-12-01' }));
    expect(input.value).toBe('01/12/2025');
    expect(field.textContent).toContain('01/12/2025');
    expect(field.textContent).toContain('1 tháng 12 năm 2025');
  });

  it('refuses a month-first 12/31/2025, says why on the field, and saves nothing', () => {
    const { field, input, onSettings } = show(PaneSettingsSchema.parse({ asOf: '2025-12-01' }));
    type(input, '12/31/2025');
    expect(field.textContent).toContain('"12/31/2025" không phải một ngày có thật viết theo ngày/tháng/năm');
    expect(field.textContent).toContain('chưa lưu, vẫn tính tại 01/12/2025');
    expect(onSettings).not.toHaveBeenCalled();
  });

  it('reads 1/12/2025 as 1 December and saves it as an ISO day', () => {
    const { input, onSettings } = show(PaneSettingsSchema.parse({}));
    type(input, '1/12/2025');
    expect(onSettings).toHaveBeenCalledTimes(1);
    expect(onSettings.mock.calls[0]?.[0].asOf).toBe('2025-12-01');
  });
});
