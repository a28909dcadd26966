/**
 * `npm run preview -- [file.xlsx]`: serves the preview build (dist-preview/) at http://localhost,
 * with an in-memory workbook made from the file (the bundled Hải Phòng report when no file is
 * given): its first sheet that holds an appendix table is the active sheet, the others follow it,
 * so the pane can be tried and tested in a browser. Tests add more workbooks with `addBook`; a page
 * opened with `?book=NAME` gets that one.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { checkWorkbook } from '../src/core/check';
import type { Grid } from '../src/core/grid';
import { readWorkbookFile } from '../src/io/readWorkbook';

const ROOT = join(__dirname, '..', 'dist-preview');
const DEFAULT_FILE = join(__dirname, '..', 'examples', 'bao-cao-de-an-06-hai-phong.xlsx');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };

interface SheetJson {
  name: string;
  rows: Grid['rows'];
  merges: Grid['merges'];
  hiddenRows: number[];
}

const sheetOf = (grid: Grid): SheetJson => ({ name: grid.name, rows: grid.rows, merges: grid.merges, hiddenRows: [...grid.hiddenRows] });

/** The workbook as the preview loads it: the sheet to check, then the workbook's other sheets in their order. */
function workbookJson(file: string): string {
  const workbook = readWorkbookFile(file);
  const withTable = checkWorkbook(workbook, { asOf: '2000-01-01' })[0]?.table.sheet;
  const grid = workbook.sheets.find((g) => g.name === withTable) ?? workbook.sheets[0]!;
  return JSON.stringify({ ...sheetOf(grid), others: workbook.sheets.filter((g) => g !== grid).map(sheetOf) });
}

export interface Preview {
  url: string;
  server: Server;
  /** Serves `file` to the pages opened with `?book=NAME`. */
  addBook(name: string, file: string): void;
}

export function startPreview(file = DEFAULT_FILE, port = 0): Promise<Preview> {
  const books = new Map<string, string>([['', workbookJson(file)]]);
  const server = createServer((request, response) => {
    const address = new URL(request.url ?? '/', 'http://localhost');
    const path = address.pathname;
    if (path === '/workbook.json') {
      const book = books.get(address.searchParams.get('book') ?? '');
      if (book === undefined) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': TYPES['.json']! }).end(book);
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
  const addBook = (name: string, book: string) => void books.set(name, workbookJson(book));
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://localhost:${typeof address === 'object' && address ? address.port : port}/`, server, addBook });
    }),
  );
}

if (require.main === module) {
  startPreview(process.argv[2], Number(process.env.PORT ?? 3100)).then(({ url }) => console.log(`phuluc preview: ${url} (Ctrl+C to stop)`));
}
