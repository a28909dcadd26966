/**
 * @jest-environment jsdom
 */
/// <reference types="jest" />
// Type-checked with the pane (tsconfig.pane.json). "Đôn đốc": a unit to chase, rendered in a DOM
// (jsdom): its name and why, its text ready to send, and "Sao chép", which puts the text on the
// clipboard, or selects it for Ctrl+C and says so when the browser refuses.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement as h } from 'react';
import { ReminderItem } from '../../src/taskpane/panels/consolidate/ReminderItem';
import { paneText } from '../../src/taskpane/paneText';
import type { ReminderListing } from '../../src/taskpane/worker/messages';

const t = paneText('vi');
const reminder: ReminderListing = { unit: 'Sở Tư pháp', notReported: true, tasks: 3, overdue: 2, text: 'Kính gửi Sở Tư pháp: đề nghị báo cáo 3 nhiệm vụ trước ngày 20/11/2025.' };

function show(listing = reminder) {
  return render(h(FluentProvider, { theme: webLightTheme }, h('ul', null, h(ReminderItem, { reminder: listing, lang: 'vi', t }))));
}

function withClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('ReminderItem', () => {
  it('names the unit, says why it is chased, and holds the text to send', () => {
    show();
    const item = screen.getByTestId('reminder');
    expect(item.getAttribute('data-unit')).toBe('Sở Tư pháp');
    expect(item.textContent).toContain(t('notReported'));
    expect(item.textContent).toContain(`2 ${t('overdueTasks')}`);
    expect(screen.getByTestId<HTMLTextAreaElement>('reminder-text').value).toBe(reminder.text);
  });

  it('leaves out the reasons that do not apply', () => {
    show({ ...reminder, notReported: false, overdue: 0 });
    const item = screen.getByTestId('reminder');
    expect(item.textContent).not.toContain(t('notReported'));
    expect(item.textContent).not.toContain(t('overdueTasks'));
  });

  it('copies the text to the clipboard and says so', async () => {
    const writeText = jest.fn(async () => undefined);
    withClipboard(writeText);
    show();
    fireEvent.click(screen.getByTestId('reminder-copy'));
    await expect(screen.findByTestId('reminder-copy-note')).resolves.toHaveProperty('textContent', t('copied'));
    expect(writeText).toHaveBeenCalledWith(reminder.text);
  });

  it('selects the text for Ctrl+C when the browser refuses the clipboard, and says so', async () => {
    withClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    show();
    const box = screen.getByTestId<HTMLTextAreaElement>('reminder-text');
    fireEvent.click(screen.getByTestId('reminder-copy'));
    await expect(screen.findByTestId('reminder-copy-note')).resolves.toHaveProperty('textContent', t('copyByHand'));
    expect(document.activeElement).toBe(box);
    expect(box.selectionStart).toBe(0);
    expect(box.selectionEnd).toBe(reminder.text.length);
  });
});
