/** Workbooks read in child processes: the same grid as reading in-process, and a runaway read stopped. */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Workbook } from '../src/core/grid';
import { ReaderPool } from '../src/io/readerPool';
import { readWorkbookFile } from '../src/io/readWorkbook';

const fixture = (name: string) => join(__dirname, 'fixtures', name);

/** A reply's workbook in plain arrays: sets cloned across processes belong to Node's realm, not jest's. */
function sheetsOf(reply: { workbook: Workbook } | { failure: string }) {
  if (!('workbook' in reply)) throw new Error(`read failed: ${reply.failure}`);
  return reply.workbook.sheets.map((sheet) => ({ ...sheet, hiddenRows: [...sheet.hiddenRows] }));
}

/** A real sheet of 120,000 cells: a few hundred KB on disk, far more once parsed. */
const TEMP = mkdtempSync(join(tmpdir(), 'phuluc-pool-'));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

function bigWorkbook(): string {
  const rows = Array.from({ length: 12_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => `Nhiệm vụ ${r}.${c}: chuyển đổi số`));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Lớn');
  const path = join(TEMP, 'lon.xlsx');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
  return path;
}

describe('ReaderPool', () => {
  const big = bigWorkbook();

  it('reads the same grid as an in-process read, .xls included, and says why a file failed', async () => {
    const pool = new ReaderPool(2);
    try {
      const [xlsx, xls, missing, notExcel] = await Promise.all([
        pool.readWorkbook(fixture('merged-and-hidden.xlsx')),
        pool.readWorkbook(fixture('bach-long-vi.xls')),
        pool.readWorkbook(fixture('khong-co.xlsx')),
        pool.readWorkbook(fixture('not-excel.xlsx')),
      ]);
      expect(sheetsOf(xlsx)).toEqual(sheetsOf({ workbook: readWorkbookFile(fixture('merged-and-hidden.xlsx')) }));
      expect(sheetsOf(xlsx)[0]!.hiddenRows.length).toBeGreaterThan(0);
      expect(sheetsOf(xls)).toEqual(sheetsOf({ workbook: readWorkbookFile(fixture('bach-long-vi.xls')) }));
      expect(missing).toEqual({ failure: 'not_found' });
      expect(notExcel).toEqual({ failure: 'not_excel' });
    } finally {
      pool.close();
    }
  }, 30_000);

  it('stops a read over the memory cap, reports it, and reads the next file with a fresh reader', async () => {
    const pool = new ReaderPool(1, { timeoutMs: 60_000, memoryMb: 24 });
    try {
      const [runaway, next] = await Promise.all([pool.readWorkbook(big), pool.readWorkbook(fixture('dates-1904.xlsx'))]);
      expect(runaway).toEqual({ failure: 'memory' });
      expect(sheetsOf(next)).toEqual(sheetsOf({ workbook: readWorkbookFile(fixture('dates-1904.xlsx')) }));
    } finally {
      pool.close();
    }
  }, 60_000);

  it("fails a file whose reply is not its request's with bad_message, and goes on with the next", async () => {
    // A reader that answers wrongly on purpose: a reply of the wrong shape or kind, a date cell with
    // no day, a reply to another request, a message that is no envelope.
    const pool = new ReaderPool(1, { timeoutMs: 10_000, memoryMb: 256 }, { script: join(__dirname, 'helpers', 'fakeReader.js'), loader: [] });
    try {
      const replies = await Promise.all(
        ['wrong-shape.xlsx', 'wrong-kind.xlsx', 'bad-date.xlsx', 'a.xlsx', 'other-id.xlsx', 'b.xlsx', 'garbage.xlsx', 'c.xlsx'].map((file) => pool.readWorkbook(file)),
      );
      expect(replies).toEqual([
        { failure: 'bad_message' },
        { failure: 'bad_message' },
        { failure: 'bad_message' },
        { workbook: { sheets: [] } },
        // The reader that answered another request is stopped; the files after it go to a fresh one.
        { failure: 'bad_message' },
        { workbook: { sheets: [] } },
        { failure: 'bad_message' },
        { workbook: { sheets: [] } },
      ]);
    } finally {
      pool.close();
    }
  }, 30_000);

  it("answers a request it cannot read with bad_message, under the request's id when it has one", async () => {
    const child = fork(join(__dirname, '..', 'src', 'io', 'readerProcess.ts'), [], {
      execArgv: ['--require', require.resolve('tsx/cjs')],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    try {
      const messages: unknown[] = [];
      const arrived = (count: number) => new Promise<void>((done) => child.on('message', (message) => messages.push(message) >= count && done()));
      const replies = arrived(4);
      child.send({ id: 7, kind: 'report', file: 'x.xlsx', options: { asOf: 'soon', planYear: undefined, lang: 'vi' } });
      child.send({ kind: 'workbook' });
      child.send({ id: 8, kind: 'workbook', file: fixture('khong-co.xlsx') });
      await replies;
      expect(messages).toEqual([
        { kind: 'ready' },
        { kind: 'reply', id: 7, reply: { failure: 'bad_message' } },
        { kind: 'reply', id: -1, reply: { failure: 'bad_message' } },
        { kind: 'reply', id: 8, reply: { failure: 'not_found' } },
      ]);
    } finally {
      child.kill();
    }
  }, 30_000);

  it('stops a read that runs past the time limit, and reads the next file', async () => {
    const pool = new ReaderPool(1, { timeoutMs: 400, memoryMb: 1024 });
    try {
      // The big file takes a second to parse; the small one a few milliseconds.
      const [runaway, next] = await Promise.all([pool.readWorkbook(big), pool.readWorkbook(fixture('dates-1904.xlsx'))]);
      expect(runaway).toEqual({ failure: 'timeout' });
      expect(sheetsOf(next)[0]!.name).toBe('Theo dõi');
    } finally {
      pool.close();
    }
  }, 60_000);
});
