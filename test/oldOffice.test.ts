/**
 * The message old Office shows instead of a blank pane (src/taskpane/static/old-office.js): run with
 * the user agents of the webviews Office 2016/2019 use, and parsed as ES5, the only language
 * Internet Explorer 11 runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parse } from 'acorn';

const SCRIPT = readFileSync(join(__dirname, '..', 'src', 'taskpane', 'static', 'old-office.js'), 'utf8');

interface FakeNode {
  id?: string;
  text: string;
  attributes: Record<string, string>;
  style: Record<string, string>;
}

/** Runs the script in a page whose body holds #root; returns what replaced #root, if anything. */
function runWith(userAgent: string, language = 'vi-VN'): FakeNode | null {
  const root: FakeNode = { id: 'root', text: '', attributes: {}, style: {} };
  let shown: FakeNode | null = null;
  const element = (): FakeNode & Record<string, unknown> => {
    const node: FakeNode & Record<string, unknown> = { text: '', attributes: {}, style: {} };
    node.setAttribute = (name: string, value: string) => (node.attributes[name] = value);
    node.appendChild = (child: { text: string }) => (node.text += child.text);
    return node;
  };
  const document = {
    getElementById: (id: string) => (id === 'root' ? { ...root, parentNode: { replaceChild: (next: FakeNode) => (shown = next) } } : null),
    createElement: element,
    createTextNode: (text: string) => ({ text }),
  };
  runInNewContext(SCRIPT, { window: { navigator: { userAgent, language } }, document });
  return shown;
}

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko';
const EDGE_HTML = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';
const WEBVIEW2 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';

describe('the pane on old Office', () => {
  it.each([
    ['Internet Explorer 11 (Office 2019 volume-licensed)', IE11],
    ['the old Edge (EdgeHTML)', EDGE_HTML],
  ])('shows in %s which Office is needed, in Vietnamese', (_, agent) => {
    const shown = runWith(agent);
    expect(shown?.attributes).toEqual({ role: 'alert', 'data-testid': 'old-office' });
    expect(shown?.text).toContain('Microsoft 365 hoặc Office 2021 trở lên');
  });

  it('speaks English when the webview is English', () => {
    expect(runWith(IE11, 'en-US')?.text).toContain('Microsoft 365 or Office 2021 or later');
  });

  it('leaves the pane alone in WebView2 (Chromium Edge) and other current browsers', () => {
    expect(runWith(WEBVIEW2)).toBeNull();
    expect(runWith('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15')).toBeNull();
  });

  it('is ES5, which Internet Explorer can parse', () => {
    expect(() => parse(SCRIPT, { ecmaVersion: 5 })).not.toThrow();
  });
});
