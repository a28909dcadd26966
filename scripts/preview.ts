/**
 * `npm run preview -- [file.xlsx]`: serves the preview build (dist-preview/) at http://localhost,
 * with an in-memory workbook made from the file's first sheet that holds an appendix table (the
 * bundled Hải Phòng report when no file is given), so the pane can be tried and tested in a browser.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { analyseWorkbook } from '../src/core/analyse';
import { readWorkbookFile } from '../src/io/readWorkbook';

const ROOT = join(__dirname, '..', 'dist-preview');
const DEFAULT_FILE = join(__dirname, '..', 'examples', 'bao-cao-de-an-06-hai-phong.xlsx');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };

function sheetJson(file: string): string {
  const workbook = readWorkbookFile(file);
  const withTable = analyseWorkbook(workbook, { asOf: '2000-01-01' })[0]?.table.sheet;
  const grid = workbook.sheets.find((g) => g.name === withTable) ?? workbook.sheets[0]!;
  return JSON.stringify({ name: grid.name, rows: grid.rows, merges: grid.merges, hiddenRows: [...grid.hiddenRows] });
}

export function startPreview(file = DEFAULT_FILE, port = 0): Promise<{ url: string; server: Server }> {
  const workbook = sheetJson(file);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/workbook.json') {
      response.writeHead(200, { 'content-type': TYPES['.json']! }).end(workbook);
      return;
    }
    const local = normalize(join(ROOT, path === '/' ? 'index.html' : path));
    if (!local.startsWith(ROOT)) return void response.writeHead(403).end();
    let body: Buffer;
    try {
      body = readFileSync(local);
    } catch {
      return void response.writeHead(404).end();
    }
    response.writeHead(200, { 'content-type': TYPES[extname(local)] ?? 'application/octet-stream' }).end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    resolve({ url: `http://localhost:${typeof address === 'object' && address ? address.port : port}/`, server });
  }));
}

if (require.main === module) {
  startPreview(process.argv[2], Number(process.env.PORT ?? 3100)).then(({ url }) => console.log(`phuluc preview: ${url} (Ctrl+C to stop)`));
}
