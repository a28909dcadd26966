/**
 * The pane's Web Worker: reads the units' files where the user is (nothing is uploaded) and
 * consolidates them, so the pane stays responsive while 150 files are parsed.
 */
import { consolidate, type Consolidation, type SourceFile } from '../core/consolidate/consolidate';
import { consolidationLayout } from '../core/consolidate/consolidationLayout';
import type { Language } from '../core/findings';
import type { SheetLayout } from '../core/summaryLayout';
import type { AppendixTable } from '../core/table';
import { READ_FAILURES, readWorkbookBytes, WorkbookReadError } from '../io/workbookBytes';

export type WorkerRequest =
  | { kind: 'read'; name: string; bytes: ArrayBuffer; lang: Language }
  | { kind: 'consolidate'; master: AppendixTable[]; asOf: string; lang: Language; units: Record<string, string> };

export type WorkerReply =
  | { kind: 'read'; name: string; error: string | null }
  | { kind: 'consolidated'; result: Pick<Consolidation, 'asOf' | 'sources' | 'findings' | 'notSubmitted'>; layouts: SheetLayout[] };

/** The files read so far; a new selection gets a new worker. */
const sources: SourceFile[] = [];

function read(name: string, bytes: ArrayBuffer, lang: Language): SourceFile {
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
  const named = sources.map((s) => ('workbook' in s && data.units[s.file] ? { ...s, unit: data.units[s.file] } : s));
  const consolidation = consolidate(data.master, named, { asOf: data.asOf, lang: data.lang });
  const { asOf, sources: summaries, findings, notSubmitted } = consolidation;
  scope.postMessage({ kind: 'consolidated', result: { asOf, sources: summaries, findings, notSubmitted }, layouts: consolidationLayout(consolidation, data.lang) });
};
