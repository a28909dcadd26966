/**
 * manifest.xml validated offline (`npm run validate` needs Microsoft's web service): what the service
 * would reject and what would break at load time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = join(__dirname, '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const BASE = 'https://localhost:3000/';
const PANELS = ['import', 'check', 'overdue', 'summary', 'consolidate', 'settings'];

const attributes = (tag: string) => [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map((m) => m[0]);
const attribute = (element: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];

describe('manifest.xml', () => {
  it('is well-formed XML for Excel, with the rights and the API set it needs', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const app = new XMLParser({ ignoreAttributes: false }).parse(xml).OfficeApp;
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.Hosts.Host['@_Name']).toBe('Workbook');
    expect(app.Permissions).toBe('ReadWriteDocument');
    expect(app.Requirements.Sets.Set).toMatchObject({ '@_Name': 'ExcelApi', '@_MinVersion': '1.6' });
  });

  it('defines every resource it refers to', () => {
    const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  it('points every URL at the one base the build replaces, and every button at a panel the pane has', () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.filter((url) => !url.startsWith(BASE))).toEqual([]);
    const panels = urls.flatMap((url) => [...url.matchAll(/[?&]panel=([a-z]+)/g)].map((m) => m[1]!));
    expect(panels.sort()).toEqual(['check', 'consolidate', 'import', 'overdue', 'summary']);
    expect(panels.every((panel) => PANELS.includes(panel))).toBe(true);
  });

  it('keeps strings within the schema limits (125 short, 250 long)', () => {
    const values = (section: string) =>
      [...(new RegExp(`<bt:${section}>([\\s\\S]*?)</bt:${section}>`).exec(xml)?.[1] ?? '').matchAll(/(?:DefaultValue|Value)="([^"]*)"/g)].map((m) => m[1]!);
    expect(values('ShortStrings').filter((s) => s.length > 125)).toEqual([]);
    expect(values('LongStrings').filter((s) => s.length > 250)).toEqual([]);
  });

  it('ships each icon at the size it is declared with', () => {
    for (const element of attributes('bt:Image').filter((e) => attribute(e, 'id'))) {
      const size = Number(/Icon\.(\d+)/.exec(attribute(element, 'id')!)![1]);
      const png = readFileSync(join(ROOT, attribute(element, 'DefaultValue')!.slice(BASE.length)));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const icon of ['icon-32.png', 'icon-64.png']) expect(readFileSync(join(ROOT, 'assets', icon)).length).toBeGreaterThan(0);
  });

  it("keeps the preview's in-memory Excel out of the add-in's build", () => {
    const config = require(join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
    expect(Object.values(config.entry)).toEqual(['./src/taskpane/index.tsx', './src/commands/commands.ts']);
    expect(config.output.path).toBe(join(ROOT, 'dist-addin'));
  });

  it('is written with the production URL by the build', () => {
    process.env.PHULUC_URL = 'https://addins.so-khcn.example.gov.vn/phuluc';
    try {
      const config = require(join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
      const copy = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === 'CopyPlugin');
      const manifest = copy.patterns.find((p: { from: string }) => p.from === 'manifest.xml');
      const built: string = manifest.transform(Buffer.from(xml));
      expect(built).not.toContain(BASE);
      expect(built).toContain('https://addins.so-khcn.example.gov.vn/phuluc/taskpane.html?panel=check');
    } finally {
      delete process.env.PHULUC_URL;
    }
  });
});
