/// <reference types="jest" />
// Type-checked with the pane (tsconfig.pane.json). The reader worker's messages (worker/messages.ts,
// worker/requestSchemas.ts, worker/askWorker.ts): every request is checked on arrival, a request of
// the wrong shape is refused with where it is wrong, and the pane gets the reply of its request's
// kind, or an error (a `failed` reply, a reply of another kind).
import type { ReportFile } from '../../src/core/consolidate/consolidate';
import type { Grid } from '../../src/core/grid';
import type { AppendixTable } from '../../src/core/table';
import { typedAsk } from '../../src/taskpane/worker/askWorker';
import { replyTo, type WorkerReply, type WorkerRequest } from '../../src/taskpane/worker/messages';
import { checkCycleRequest, checkRequest } from '../../src/taskpane/worker/requestSchemas';

const options = { asOf: '2025-11-14', planYear: 2025, lang: 'vi' } as const;
const grid: Grid = { name: 'Phụ lục', rows: [[{ kind: 'text', text: 'STT' }]], merges: [], hiddenRows: new Set([3]) };
const unit = { name: 'Sở Tư pháp', key: 'so tu phap', collective: false };
/** A table with the fields the worker reads; the rest as the engine would have them. */
const table = { sheet: 'Phụ lục', headerRows: [0], planYear: 2025, columns: {}, tasks: [{ text: 'Rà soát', stt: '1', lead: [unit], support: [] }] } as unknown as AppendixTable;
const report: ReportFile = { file: 'a.xlsx', rows: [], letterhead: [], planYear: 2025, reportColumns: false, ownOutput: false, template: null };
const consolidate: WorkerRequest = { kind: 'consolidate', master: [table], units: {}, prefer: {}, directory: [], layouts: false, asOf: '2025-11-14', lang: 'vi' };

/** Why the request is refused ('' when it is taken). */
const refusal = (request: unknown) => checkRequest(request).error ?? '';

describe('checkRequest', () => {
  it('takes every kind of request of the right shape, as it came', () => {
    const bytes = new ArrayBuffer(8);
    const requests: WorkerRequest[] = [
      { kind: 'read', name: 'a.xlsx', bytes, modified: '2025-11-01T00:00:00.000Z', options },
      { kind: 'skip', name: 'ghi-chu.csv', reason: 'không phải tệp Excel' },
      { kind: 'restore', reports: [report, { file: 'b.csv', error: 'không đọc', skipped: true }] },
      consolidate,
      { kind: 'import', source: { text: 'Cơ quan chủ trì: Sở Tư pháp' }, asOf: '2025-11-14', lang: 'vi' },
      { kind: 'import', source: { bytes }, asOf: '2025-11-14', lang: 'en' },
      { kind: 'templates', plan: grid, tables: [table], asOf: '2025-11-14', lang: 'vi' },
      { kind: 'zip' },
      { kind: 'previous', source: { name: 'thang-10.xlsx', bytes }, asOf: '2025-11-14', lang: 'vi' },
      { kind: 'reminders', plan: grid, reportBy: '2025-11-20', lang: 'vi' },
    ];
    for (const request of requests) expect(checkRequest(request)).toEqual({ request, error: null });
    // The file's bytes and the plan's tables are passed on, not copied.
    const read = checkRequest(requests[0]).request;
    expect(read?.kind === 'read' && read.bytes).toBe(bytes);
    const consolidated = checkRequest(consolidate).request;
    expect(consolidated?.kind === 'consolidate' && consolidated.master[0]).toBe(table);
  });

  it('refuses a request of the wrong shape, saying where', () => {
    expect(refusal({ kind: 'read', name: 'a.xlsx', bytes: new Uint8Array(8), options })).toContain('bytes');
    expect(refusal({ kind: 'read', name: 'a.xlsx', bytes: new ArrayBuffer(8), options: { ...options, asOf: '14/11/2025' } })).toContain('options.asOf');
    expect(refusal({ kind: 'skip', name: 'a.csv' })).toContain('reason');
    expect(refusal({ kind: 'restore', reports: [{ file: 'a.xlsx' }] })).toContain('reports[0]');
    expect(refusal({ ...consolidate, master: [{ ...table, tasks: [{ text: 7 }] }] })).toContain('master[0].tasks[0].text');
    expect(refusal({ ...consolidate, master: [{ ...table, headerRows: [] }] })).toContain('master[0].headerRows');
    expect(refusal({ ...consolidate, previous: { asOf: '2025-10-31', sheet: 'Tổng hợp', tasks: [{ text: 'x' }] } })).toContain('previous.tasks[0]');
    expect(refusal({ kind: 'import', source: {}, asOf: '2025-11-14', lang: 'vi' })).toContain('source');
    expect(refusal({ kind: 'import', source: { text: 'x' }, asOf: '2025-11-14', lang: 'fr' })).toContain('lang');
    expect(refusal({ kind: 'templates', plan: { ...grid, hiddenRows: [] }, tables: [table], asOf: '2025-11-14', lang: 'vi' })).toContain('hiddenRows');
    expect(refusal({ kind: 'delete everything' })).toMatch(/^invalid request: /);
    expect(refusal(null)).toMatch(/^invalid request: /);
  });

  it('checks the cycle’s requests alone, as cycleWork does when called on its own', () => {
    expect(checkCycleRequest({ kind: 'zip' }).error).toBeNull();
    expect(checkCycleRequest({ kind: 'read', name: 'a.xlsx', bytes: new ArrayBuffer(8), options }).error).toMatch(/^invalid request: /);
  });
});

describe('replies', () => {
  const read: WorkerReply = { kind: 'read', report };
  const restored: WorkerReply = { kind: 'restored' };

  it('picks the reply of the request’s kind (an entry skipped is answered as read), and nothing else', () => {
    expect(replyTo('read', read)).toBe(read);
    expect(replyTo('skip', read)).toBe(read);
    expect(replyTo('restore', restored)).toBe(restored);
    expect(replyTo('read', restored)).toBeNull();
    expect(replyTo('consolidate', { kind: 'failed', error: 'x' })).toBeNull();
  });

  it('asks with the reply typed by the request; a failed reply or one of another kind is an error', async () => {
    const answering = (reply: WorkerReply) => typedAsk(async () => reply);
    await expect(answering(read)({ kind: 'skip', name: 'a.csv', reason: 'x' })).resolves.toBe(read);
    await expect(answering({ kind: 'failed', error: 'invalid request: ✖ at bytes' })({ kind: 'zip' })).rejects.toThrow('invalid request: ✖ at bytes');
    await expect(answering(restored)({ kind: 'zip' })).rejects.toThrow('the worker answered restored to zip');
  });
});
