/// <reference types="jest" />
// Type-checked with the pane (tsconfig.pane.json). How the pane hands the user a text (copyText.ts)
// and a file (download.ts), over stand-ins for the browser's clipboard, document and object URLs.
import { copyText } from '../../src/taskpane/browser/copyText';
import { dayInFileName, downloadFile, ZIP_TYPE } from '../../src/taskpane/browser/download';

/** A read-only box that records being focused and selected. */
function box() {
  const calls: string[] = [];
  return { calls, element: { focus: () => calls.push('focus'), select: () => calls.push('select') } as unknown as HTMLTextAreaElement };
}

function withNavigator(navigator: unknown, work: () => Promise<void>): Promise<void> {
  Object.defineProperty(globalThis, 'navigator', { value: navigator, configurable: true, writable: true });
  return work().finally(() => Reflect.deleteProperty(globalThis, 'navigator'));
}

describe('copyText', () => {
  it('puts the text on the clipboard when the browser lets it', () =>
    withNavigator({ clipboard: { writeText: jest.fn(async () => undefined) } }, async () => {
      const { calls, element } = box();
      await expect(copyText('Kính gửi: Sở Y tế', element)).resolves.toBe('copied');
      expect((navigator.clipboard.writeText as jest.Mock).mock.calls).toEqual([['Kính gửi: Sở Y tế']]);
      expect(calls).toEqual([]);
    }));

  it('selects the text in its box for Ctrl+C when the clipboard is refused, or missing', async () => {
    await withNavigator({ clipboard: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } }, async () => {
      const { calls, element } = box();
      await expect(copyText('Kính gửi: Sở Y tế', element)).resolves.toBe('selected');
      expect(calls).toEqual(['focus', 'select']);
    });
    await withNavigator({}, async () => {
      const { calls, element } = box();
      await expect(copyText('Kính gửi: Sở Y tế', element)).resolves.toBe('selected');
      expect(calls).toEqual(['focus', 'select']);
    });
  });
});

describe('downloadFile', () => {
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
    Reflect.deleteProperty(globalThis, 'document');
  });

  it('clicks a hidden link to the bytes under the file’s name, removes it, and lets the address go a minute later', async () => {
    jest.useFakeTimers();
    const link = {
      href: '',
      download: '',
      hidden: false,
      clicked: 0,
      removed: 0,
      click() {
        this.clicked++;
      },
      remove() {
        this.removed++;
      },
    };
    const appended: unknown[] = [];
    Object.defineProperty(globalThis, 'document', { value: { createElement: () => link, body: { append: (node: unknown) => appended.push(node) } }, configurable: true });
    const blobs: Blob[] = [];
    jest.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:phuluc/1';
    });
    const revoke = jest.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);

    downloadFile(new Uint8Array([80, 75, 3, 4]), 'Biểu mẫu báo cáo 11-2025.zip', ZIP_TYPE);
    expect(link).toMatchObject({ href: 'blob:phuluc/1', download: 'Biểu mẫu báo cáo 11-2025.zip', hidden: true, clicked: 1, removed: 1 });
    expect(appended).toEqual([link]);
    expect(blobs[0]!.type).toBe('application/zip');
    expect([...new Uint8Array(await blobs[0]!.arrayBuffer())]).toEqual([80, 75, 3, 4]);
    expect(revoke).not.toHaveBeenCalled(); // the browser may still be reading it
    jest.advanceTimersByTime(60_000);
    expect(revoke).toHaveBeenCalledWith('blob:phuluc/1');
  });

  it('writes a day or a month in a file name without slashes', () => {
    expect(dayInFileName('2025-11-14')).toBe('14-11-2025');
    expect(dayInFileName('2025-11')).toBe('11-2025');
  });
});
