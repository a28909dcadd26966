/// <reference types="jest" />
/// <reference types="node" />
// Type-checked with the pane (tsconfig.pane.json). The worker's answers to the monthly cycle's
// requests (src/taskpane/worker/cycleWork.ts), called as readerWorker.ts calls them, on seed 001's plan and
// the unit files made from it (test/helpers/unitFiles.ts): the templates listed, written one by one
// and zipped, each opening as a workbook that holds its unit's tasks; last period's consolidation read
// back or refused in words; the report upward and the reminders of the consolidation held.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { unzipSync } from 'fflate';
import { consolidate, readReport, type ReportFile } from '../../src/core/consolidate/consolidate';
import { consolidationLayout } from '../../src/core/consolidate/consolidationLayout';
import { blockTitles } from '../../src/core/cycle/template';
import { compareWithPrevious, type PreviousConsolidation, readPreviousConsolidation } from '../../src/core/cycle/previous';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import { cutOffLine, reportSentence, summarize } from '../../src/core/summary';
import { fold } from '../../src/core/text';
import { readDocxBytes } from '../../src/io/docx';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import { readWorkbookBytes } from '../../src/io/workbookBytes';
import { writeLayouts } from '../../src/io/writeSummary';
import { type Answer, answerCycle, holdConsolidation } from '../../src/taskpane/worker/cycleWork';
import type { CycleReply } from '../../src/taskpane/worker/messages';
import { AS_OF, MASTER, unitFolder } from '../helpers/unitFiles';

jest.setTimeout(60_000);

const workbook = readWorkbookFile(MASTER);
const tables = recogniseWorkbook(workbook, { asOf: AS_OF });
const grid = workbook.sheets.find((sheet) => sheet.name === tables[0]!.sheet)!;

/** The reply, which must be of `kind`. */
async function ask<K extends CycleReply['kind']>(kind: K, request: unknown): Promise<Extract<CycleReply, { kind: K }>> {
  const { reply } = await answerCycle(request);
  if (reply.kind !== kind) throw new Error(`expected ${kind}, got ${JSON.stringify(reply).slice(0, 300)}`);
  return reply as Extract<CycleReply, { kind: K }>;
}

/** Bytes as an ArrayBuffer of this realm (jest runs tests in a realm of their own). */
const arrayBuffer = (bytes: Uint8Array): ArrayBuffer => Uint8Array.from(bytes).buffer;

/** The rows of a workbook's first sheet, as text. */
function rowsOf(bytes: Uint8Array): string[][] {
  const book = XLSX.read(bytes, { type: 'array' });
  return XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, defval: '' }).map((row) => row.map((cell) => String(cell)));
}

/** The consolidation of the unit files at `asOf`, as `phuluc consolidate` writes it. */
async function consolidationFile(asOf: string): Promise<Uint8Array> {
  return new Uint8Array(await writeLayouts(consolidationLayout(consolidate(tables, unitReports(), { asOf, lang: 'vi' }), 'vi')));
}

function unitReports(lang: 'vi' | 'en' = 'vi'): ReportFile[] {
  const dir = unitFolder();
  return readdirSync(dir)
    .filter((name) => /\.xlsx?$/.test(name) && !name.startsWith('~$'))
    .map((name) => {
      try {
        return readReport(name, readWorkbookFile(join(dir, name)), { asOf: AS_OF, planYear: tables[0]!.planYear, lang });
      } catch (error) {
        return { file: name, error: String(error) };
      }
    });
}

describe('the templates, made in the worker', () => {
  const lang = 'vi';
  let files: Record<string, Uint8Array>;
  let listed: Extract<CycleReply, { kind: 'templates' }>;

  beforeAll(async () => {
    listed = await ask('templates', { kind: 'templates', plan: grid, tables, asOf: AS_OF, reportBy: '2025-11-20', lang });
    for (const [index] of listed.templates.entries()) await expect(ask('template', { kind: 'template', index })).resolves.toEqual({ kind: 'template', index });
    const zipped = await answerCycle({ kind: 'zip' });
    // The zip's buffer goes back to the pane without a copy.
    expect(zipped.transfer).toHaveLength(1);
    files = unzipSync((zipped.reply as Extract<CycleReply, { kind: 'zip' }>).bytes);
  });

  it('lists one template per named lead unit, by the unit’s name, and the tasks no template carries', () => {
    const named = new Set(tables.flatMap((t) => t.tasks.flatMap((task) => task.lead.filter((u) => !u.collective).map((u) => u.key))));
    expect(listed.templates).toHaveLength(named.size);
    expect(listed.period).toBe('2025-11');
    expect(Object.keys(files).sort()).toEqual(listed.templates.map((t) => t.file).sort());
    for (const template of listed.templates) expect(template.file).toBe(`${template.unit}.xlsx`);
    const unassigned = tables.flatMap((t) => t.tasks).filter((task) => task.lead.every((u) => u.collective));
    expect(listed.unassigned.flatMap((group) => group.tasks.map((task) => task.text)).sort()).toEqual(unassigned.map((task) => task.text).sort());
    for (const group of listed.unassigned) expect(group.tasks.length).toBeGreaterThan(0);
  });

  it('writes each template with its unit’s tasks under their keys, and every task led by a named unit lands in its lead’s', () => {
    const ledSomewhere = new Set<string>();
    for (const template of listed.templates) {
      const rows = rowsOf(files[template.file]!);
      const header = rows.findIndex((row) => row[0] === 'STT' && row.includes('Tình hình thực hiện'));
      expect(header).toBeGreaterThan(0);
      expect(rows.slice(0, header).flat()).toEqual(expect.arrayContaining([template.unit, cutOffLine(AS_OF, lang), 'Hạn gửi báo cáo: 20/11/2025']));
      const body = rows.slice(header + 1);
      const titles = blockTitles(lang);
      expect(body[0]).toContain(titles.led);
      const supportAt = body.findIndex((row) => row.includes(titles.supported));
      const led = body.slice(1, supportAt < 0 ? undefined : supportAt);
      expect(led).toHaveLength(template.led);
      for (const row of led) {
        expect(fold(row[3]!)).toContain(fold(template.unit)); // the lead column names the unit
        expect(row[10]).toMatch(/^[0-9a-f]{8}-\d{3}$/);
        ledSomewhere.add(row[2]!);
      }
    }
    const namedLead = tables.flatMap((t) => t.tasks).filter((task) => task.lead.some((u) => !u.collective));
    expect(namedLead.filter((task) => !ledSomewhere.has(task.text))).toEqual([]);
  });

  it('refuses a request of the wrong shape, and work asked out of order, in a failed reply', async () => {
    await expect(ask('failed', { kind: 'templates', plan: grid, tables, asOf: '14/11/2025', lang })).resolves.toMatchObject({ error: expect.stringContaining('asOf') });
    await expect(ask('failed', { kind: 'templates', plan: { ...grid, hiddenRows: [] }, tables, asOf: AS_OF, lang })).resolves.toMatchObject({
      error: expect.stringContaining('hiddenRows'),
    });
    await expect(ask('failed', { kind: 'zip' })).resolves.toMatchObject({ error: 'the templates are not all written' });
    await expect(ask('failed', { kind: 'template', index: 999 })).resolves.toMatchObject({ error: 'no template 1000 to write' });
  });
});

describe('last period’s consolidation, read back', () => {
  const lang = 'vi';
  const earlier = '2025-10-15';
  let file: Uint8Array;

  beforeAll(async () => {
    file = await consolidationFile(earlier);
  });

  it('reads a consolidation file, as the command line reads it', async () => {
    const reply = await ask('previous', { kind: 'previous', source: { name: 'tong-hop-t10.xlsx', bytes: arrayBuffer(file) }, asOf: AS_OF, lang });
    expect(reply.previous?.asOf).toBe(earlier);
    expect(reply.previous).toEqual(readPreviousConsolidation(readWorkbookBytes(file, 'tong-hop-t10.xlsx')));
    expect(reply.previous?.tasks.every((task) => task.key !== null)).toBe(true);
  });

  it('reads the consolidated sheet of a workbook as the pane reads it, sheet by sheet', async () => {
    const sheets = readWorkbookBytes(file, 'tong-hop-t10.xlsx').sheets;
    const reply = await ask('previous', { kind: 'previous', source: { sheets: [sheets[0]!] }, asOf: AS_OF, lang });
    expect(reply.previous?.tasks).toHaveLength(tables.flatMap((t) => t.tasks).length);
    // Another of its sheets is not the consolidation: said so, for the pane to try the next.
    await expect(ask('previous', { kind: 'previous', source: { sheets: [sheets.at(-1)!] }, asOf: AS_OF, lang })).resolves.toMatchObject({ previous: null, problem: 'notConsolidation' });
  });

  it('refuses a unit’s report, a damaged file and a cut-off not before this one, in words', async () => {
    const dir = unitFolder();
    const unit = await ask('previous', { kind: 'previous', source: { name: 'stp.xlsx', bytes: arrayBuffer(readFileSync(join(dir, 'stp.xlsx'))) }, asOf: AS_OF, lang });
    expect(unit).toMatchObject({ previous: null, problem: 'notConsolidation', error: expect.stringContaining('không phải bản tổng hợp của phuluc') });
    const broken = await ask('previous', { kind: 'previous', source: { name: 'ghi-chu.xlsx', bytes: arrayBuffer(readFileSync(join(dir, 'ghi-chu.xlsx'))) }, asOf: AS_OF, lang });
    expect(broken).toMatchObject({ previous: null, problem: 'unreadable' });
    expect(broken.error).not.toBe('');
    const same = await ask('previous', { kind: 'previous', source: { name: 'tong-hop-t10.xlsx', bytes: arrayBuffer(file) }, asOf: earlier, lang });
    expect(same).toMatchObject({ previous: null, problem: 'notEarlier', error: expect.stringContaining('15/10/2025') });
  });
});

describe('the report upward and the reminders, of the consolidation held', () => {
  const lang = 'vi';
  const consolidation = consolidate(tables, unitReports(), { asOf: AS_OF, lang });

  it('writes the report in Word with the cut-off date and the report sentence', async () => {
    holdConsolidation(consolidation, undefined, lang);
    const answer: Answer = await answerCycle({ kind: 'report', plan: grid, year: 2025, lang });
    const reply = answer.reply as Extract<CycleReply, { kind: 'report' }>;
    expect(answer.transfer).toEqual([reply.bytes.buffer]);
    const text = readDocxBytes(reply.bytes).flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    expect(text).toContain('Số liệu tính đến ngày 14/11/2025.');
    expect(text).toContain(reportSentence(summarize(consolidation.tables, AS_OF, lang).plan, lang));
    expect(reply.toFill).toEqual(expect.arrayContaining(['số văn bản', 'đề xuất, kiến nghị']));
  });

  it('lists each unit to chase with its text, the units that sent nothing first, with the day to report by', async () => {
    holdConsolidation(consolidation, undefined, lang);
    const { reminders } = await ask('reminders', { kind: 'reminders', plan: grid, reportBy: '2025-11-20', lang });
    const missing = consolidation.notSubmitted.map((n) => n.unit);
    expect(reminders.slice(0, missing.length).map((r) => r.unit)).toEqual(missing);
    for (const reminder of reminders.slice(0, missing.length)) {
      expect(reminder.notReported).toBe(true);
      expect(reminder.text).toContain(`Kính gửi: ${reminder.unit}`);
      expect(reminder.text).toContain('trước ngày 20/11/2025');
    }
    for (const reminder of reminders.slice(missing.length)) expect(reminder.overdue).toBeGreaterThan(0);
  });

  it('compares with last period’s consolidation, or says why not', async () => {
    const before = readPreviousConsolidation(readWorkbookBytes(await consolidationFile('2025-10-15'), 'tong-hop-t10.xlsx')) as PreviousConsolidation;
    const compared = holdConsolidation(consolidation, before, lang);
    const expected = compareWithPrevious(consolidation, before);
    if ('problem' in expected || !compared.summary || 'problem' in compared.summary) throw new Error('expected a comparison');
    expect(compared.changes).toEqual(expected);
    expect(compared.summary.counts.map((c) => [c.kind, c.count])).toEqual(Object.entries(expected.counts));
    expect(compared.summary.counts.map((c) => c.label)).toEqual(['mới hoàn thành', 'mới quá hạn', 'vẫn quá hạn', 'kỳ trước đã hoàn thành, nay chưa']);
    const later = { ...before, asOf: '2025-12-01' };
    expect(holdConsolidation(consolidation, later, lang)).toEqual({ summary: { problem: expect.stringContaining('01/12/2025') } });
  });
});
