/**
 * The pane's Web Worker: reads the units' files where the user is (nothing is uploaded) and
 * consolidates them, so the pane stays responsive while 150 files are parsed.
 */
import type { Workbook } from '../core/grid';
import { consolidate, readReport, type Consolidation } from '../core/consolidate/consolidate';
import { consolidationLayout } from '../core/consolidate/consolidationLayout';
import type { Language } from '../core/findings';
import type { SheetLayout } from '../core/summaryLayout';
import type { AppendixTable } from '../core/table';
import { READ_FAILURES, WorkbookReadError } from '../io/readFailures';
import * as codepages from '@e965/xlsx/dist/cpexcel.full.mjs';
import { loadCodepagesWith, readWorkbookBytes } from '../io/workbookBytes';

export type WorkerRequest =
  | { kind: 'read'; name: string; bytes: ArrayBuffer; lang: Language }
  | { kind: 'consolidate'; master: AppendixTable[]; asOf: string; lang: Language; units: Record<string, string> };

export type WorkerReply =
  | { kind: 'read'; name: string; error: string | null }
  | { kind: 'consolidated'; result: Pick<Consolidation, 'asOf' | 'sources' | 'findings' | 'notSubmitted'>; layouts: SheetLayout[] };

loadCodepagesWith(() => codepages);

type ReadFile = { file: string; workbook: Workbook } | { file: string; error: string };

/** The files read so far; a new selection gets a new worker. */
const sources: ReadFile[] = [];

function read(name: string, bytes: ArrayBuffer, lang: Language): ReadFile {
  try {
    return { file: name, workbook: readWorkbookBytes(new Uint8Array(bytes), name) };
  } catch (error) {
    return { file: name, error: error instanceof WorkbookReadError ? READ_FAILURES[error.reason][lang] : String(error) };
  }
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(reply: WorkerReply): void };

scope.onmessage = ({ data }) => {
  if (data.kind === 'read') {
    const source = read(data.name, data.bytes, data.lang);
    sources.push(source);
    scope.postMessage({ kind: 'read', name: data.name, error: 'error' in source ? source.error : null });
    return;
  }
  // Recognised now, not when read: the plan's year (for dates written without one) is known only here.
  const options = { asOf: data.asOf, planYear: data.master[0]?.planYear, lang: data.lang };
  const reports = sources.map((s) => ('error' in s ? s : { ...readReport(s.file, s.workbook, options), unit: data.units[s.file] }));
  const consolidation = consolidate(data.master, reports, { asOf: data.asOf, lang: data.lang });
  const { asOf, sources: summaries, findings, notSubmitted } = consolidation;
  scope.postMessage({ kind: 'consolidated', result: { asOf, sources: summaries, findings, notSubmitted }, layouts: consolidationLayout(consolidation, data.lang) });
};
