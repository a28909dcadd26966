/**
 * "Nhập kế hoạch": the appendix table built from the plan itself. A Word document (.docx), a PDF (its
 * text layer, pdf.js loaded only then) or the plan's text is read in the pane's worker (nothing is
 * uploaded; a .doc is refused with how to save it as .docx); the tables found are
 * shown for review, any cell can be corrected, a row deleted or merged into the row above (with an
 * undo), and one click writes each table, exactly as shown, as a new sheet in the appendix layout
 * the other panels read. The new sheet is the user's: no later run replaces it.
 *
 * The pane is some 350 px wide: the review table keeps the task column readable (its text wraps)
 * and scrolls sideways to the units and the deadline, with the STT column and the row's buttons
 * held at the left.
 */
import { Button, Caption1, Field, Input, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textarea, tokens } from '@fluentui/react-components';
import { type CSSProperties, type Dispatch, memo, useEffect, useReducer, useRef, useState } from 'react';
import { todayIso } from '../core/calendar';
import type { Language } from '../core/findings';
import { formatNumber } from '../core/i18n';
import { IMPORT_HEADER, type ImportedPlan, type ImportedTable, importLayout } from '../core/prose/importPlan';
import type { ProseRow } from '../core/prose/proseTasks';
import { READ_FAILURES, READ_TIMEOUT_MS } from '../io/readFailures';
import { writeNewSheet } from '../office/writeOwnSheets';
import type { PaneProps } from './App';
import type { WorkerReply, WorkerRequest } from './readerWorker';
import { startReaderWorker } from './startReaderWorker';
import type { StringKey } from './strings';
import { AttemptMessage, type PaneMessage, useAttempt } from './useAttempt';
import { WorkerClient, WorkerTimeout } from './workerClient';

/** The cells after STT, each a text that wraps. */
const TEXT_FIELDS = ['text', 'lead', 'support', 'deadline'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type FieldName = 'stt' | TextField;
/** Widths (px) of the STT column (with the row's buttons) and of the columns after the task's. */
const STT_WIDTH = 64;
const OTHER_WIDTHS: Record<Exclude<TextField, 'text'>, number> = { lead: 170, support: 170, deadline: 120 };
/** The task column's least width: readable beside the STT column in a 350 px pane; it takes any width the pane has beyond. */
const TASK_MIN_WIDTH = 220;
const TABLE_MIN_WIDTH = STT_WIDTH + TASK_MIN_WIDTH + Object.values(OTHER_WIDTHS).reduce((a, b) => a + b, 0);

/** A row under review, with a key that stays with it when rows above are deleted or merged. */
type ReviewRow = ProseRow & { key: number };
type ReviewTable = Omit<ImportedTable, 'rows'> & { rows: ReviewRow[] };
type Review = Omit<ImportedPlan, 'tables'> & { tables: ReviewTable[] };

/** A delete or a merge, with what undoing it needs. */
type Step =
  | { kind: 'delete'; table: number; at: number; removed: ReviewRow }
  | { kind: 'merge'; table: number; at: number; upper: ReviewRow; lower: ReviewRow };

interface State {
  plan: Review | null;
  /** The deletes and merges done, the last one last: undone in reverse order. */
  steps: Step[];
}

type Action =
  | { type: 'load'; plan: ImportedPlan }
  | { type: 'edit'; table: number; row: number; field: FieldName; value: string }
  | { type: 'delete'; table: number; row: number }
  | { type: 'merge'; table: number; row: number }
  | { type: 'undo' };

let nextKey = 0;

/** Two cells' texts as one: the upper's, a line break, the lower's (an empty one adds nothing). */
function joinCells(upper: string, lower: string): string {
  if (!lower.trim()) return upper;
  if (!upper.trim()) return lower;
  return `${upper}\n${lower}`;
}

/** Row `row` merged into the row above it: each cell's texts joined, the upper row's STT and kind kept. */
function mergeRows(upper: ProseRow, lower: ProseRow): ProseRow {
  return {
    kind: upper.kind,
    stt: upper.stt,
    text: joinCells(upper.text, lower.text),
    lead: joinCells(upper.lead, lower.lead),
    support: joinCells(upper.support, lower.support),
    deadline: joinCells(upper.deadline, lower.deadline),
  };
}

function withRows(plan: Review, table: number, rows: (rows: ReviewRow[]) => ReviewRow[]): Review {
  return { ...plan, tables: plan.tables.map((tb, i) => (i === table ? { ...tb, rows: rows(tb.rows) } : tb)) };
}

function reduce(state: State, action: Action): State {
  if (action.type === 'load') {
    const tables = action.plan.tables.map((table) => ({ ...table, rows: table.rows.map((row) => ({ ...row, key: nextKey++ })) }));
    return { plan: { ...action.plan, tables }, steps: [] };
  }
  const { plan, steps } = state;
  if (!plan) return state;
  switch (action.type) {
    case 'edit':
      return { ...state, plan: withRows(plan, action.table, (rows) => rows.map((r, j) => (j === action.row ? { ...r, [action.field]: action.value } : r))) };
    case 'delete': {
      const removed = plan.tables[action.table]?.rows[action.row];
      if (!removed) return state;
      return { plan: withRows(plan, action.table, (rows) => rows.filter((_, j) => j !== action.row)), steps: [...steps, { kind: 'delete', table: action.table, at: action.row, removed }] };
    }
    case 'merge': {
      const rows = plan.tables[action.table]?.rows;
      const upper = rows?.[action.row - 1];
      const lower = rows?.[action.row];
      if (!upper || !lower) return state;
      const merged: ReviewRow = { ...mergeRows(upper, lower), key: upper.key };
      return {
        plan: withRows(plan, action.table, (all) => all.flatMap((r, j) => (j === action.row - 1 ? [merged] : j === action.row ? [] : [r]))),
        steps: [...steps, { kind: 'merge', table: action.table, at: action.row - 1, upper, lower }],
      };
    }
    case 'undo': {
      const step = steps.at(-1);
      if (!step) return state;
      const restored =
        step.kind === 'delete'
          ? withRows(plan, step.table, (rows) => [...rows.slice(0, step.at), step.removed, ...rows.slice(step.at)])
          : withRows(plan, step.table, (rows) => [...rows.slice(0, step.at), step.upper, step.lower, ...rows.slice(step.at + 1)]);
      return { plan: restored, steps: steps.slice(0, -1) };
    }
  }
}

/** A row as the undo bar names it: its STT and the start of its text. */
function rowLabel(row: ProseRow): string {
  const text = row.text.replace(/\s+/g, ' ').trim();
  const short = text.length > 40 ? `${text.slice(0, 38).trimEnd()}…` : text;
  return `${row.stt.trim() ? `${row.stt.trim()} ` : ''}“${short}”`;
}

function stepText(step: Step, t: (key: StringKey) => string): string {
  return step.kind === 'delete' ? `${t('rowDeleted')} ${rowLabel(step.removed)}.` : `${t('rowMerged')} ${rowLabel(step.lower)} ${t('intoRow')} ${rowLabel(step.upper)}.`;
}

/** The table's counts as the sheet will hold them. */
function countsOf(table: ImportedTable, t: (key: StringKey) => string, lang: Language): string {
  const tasks = table.rows.filter((row) => row.kind === 'task').length;
  const groups = table.rows.length - tasks;
  return `${table.name}: ${formatNumber(tasks, lang)} ${t('tasks')}${groups ? `, ${formatNumber(groups, lang)} ${t('groups')}` : ''}`;
}

export function ImportPanel({ host, settings, t }: PaneProps) {
  const { busy, message, attempt } = useAttempt(t);
  const [text, setText] = useState('');
  const [{ plan, steps }, dispatch] = useReducer(reduce, { plan: null, steps: [] });
  const worker = useRef<WorkerClient<WorkerRequest, WorkerReply> | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const lang = host.lang;
  useEffect(() => () => worker.current?.stop(), []);

  const read = (source: { bytes: ArrayBuffer } | { text: string }) =>
    attempt(async (): Promise<PaneMessage> => {
      worker.current ??= new WorkerClient<WorkerRequest, WorkerReply>(startReaderWorker, READ_TIMEOUT_MS);
      const reply = await worker.current.ask({ kind: 'import', source, asOf: settings.asOf ?? todayIso(), lang }, 'bytes' in source ? [source.bytes] : []).catch((error: unknown) => {
        throw error instanceof WorkerTimeout ? new Error(READ_FAILURES.timeout[lang]) : error;
      });
      if (reply.kind !== 'imported') throw new Error('worker');
      if (reply.error !== null) throw new Error(reply.error);
      const found = reply.plan!;
      if (!found.tables.length) throw new Error(t('importNothing'));
      dispatch({ type: 'load', plan: found });
      const tasks = found.tables.reduce((n, table) => n + table.rows.filter((row) => row.kind === 'task').length, 0);
      const wrong = found.counts.filter((c) => c.announced !== c.found);
      const text = `${t('importFound')} ${formatNumber(tasks, lang)} ${t('tasks')} ${t('in')} ${formatNumber(found.tables.length, lang)} ${t('tables')}. ${t('importReview')}`;
      if (!wrong.length) return { intent: 'success', text };
      return { intent: 'warning', text: `${text} ${t('importCounts')}: ${wrong.map((c) => `${c.heading} (${c.announced} / ${c.found})`).join('; ')}` };
    });

  /** The tables as the review shows them; a table whose rows were all deleted is not written. */
  const toWrite = plan?.tables.filter((table) => table.rows.length > 0) ?? [];
  const write = () =>
    attempt(async (): Promise<PaneMessage> => {
      if (!plan || !toWrite.length) throw new Error(t('importEmpty'));
      const names: string[] = [];
      for (const table of toWrite) names.push(await host.run((context) => writeNewSheet(context, importLayout(plan, table))));
      return { intent: 'success', text: `${t('importWritten')}: ${names.join(', ')}. ${t('importNext')}` };
    });
  const last = steps.at(-1);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      {/* A real button, reachable by Tab and named for screen readers, opens the hidden file input. */}
      <input
        ref={fileInput}
        type="file"
        accept=".docx,.pdf,.doc,.txt"
        data-testid="import-file"
        tabIndex={-1}
        aria-hidden="true"
        disabled={busy}
        style={{ display: 'none' }}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // the same file picked again is read again
          if (file) void (/\.(?:docx|pdf|doc)$/i.test(file.name) ? file.arrayBuffer().then((bytes) => read({ bytes })) : file.text().then((text) => read({ text })));
        }}
      />
      <Button data-testid="import-pick" disabled={busy} onClick={() => fileInput.current?.click()} style={{ justifyContent: 'flex-start', textAlign: 'left' }}>
        {t('importPick')}
      </Button>
      <Field label={t('importPaste')}>
        <Textarea rows={6} value={text} data-testid="import-text" onChange={(_, data) => setText(data.value)} />
      </Field>
      <Button data-testid="import-read" disabled={busy || !text.trim()} onClick={() => void read({ text })}>
        {t('importRead')}
      </Button>
      <AttemptMessage message={message} testId="import-message" />
      {plan && (
        <>
          <Button appearance="primary" data-testid="import-write" disabled={busy || !toWrite.length} onClick={() => void write()}>
            {t('importWrite')}
          </Button>
          <Caption1 block style={{ color: tokens.colorNeutralForeground3 }} data-testid="import-hint">
            {t('importHint')}
          </Caption1>
          {plan.tables.map((table, i) => (
            <ReviewTableView key={`${i}-${table.name}`} table={table} index={i} dispatch={dispatch} t={t} lang={lang} />
          ))}
          {last && (
            // Held at the bottom of the pane while the table scrolls by, so the last step can be undone from anywhere in it.
            <div
              data-testid="import-undo-bar"
              role="status"
              style={{
                position: 'sticky',
                bottom: 0,
                zIndex: 2,
                display: 'flex',
                alignItems: 'center',
                gap: 8,
                padding: '6px 8px',
                background: tokens.colorNeutralBackground3,
                borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
              }}
            >
              <Caption1 style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }} data-testid="import-last-step">
                {stepText(last, t)}
              </Caption1>
              <Button size="small" data-testid="import-undo" disabled={busy} onClick={() => dispatch({ type: 'undo' })}>
                {t('undo')}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

const useStyles = makeStyles({
  /** A text that wraps and grows with its content: the textarea over a hidden copy of its text, in one grid cell. */
  grow: { display: 'grid', width: '100%' },
  growPart: {
    gridRowStart: 1,
    gridColumnStart: 1,
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    margin: 0,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderBottomColor: tokens.colorNeutralStroke1,
    fontFamily: 'inherit',
    fontSize: 'inherit',
    fontWeight: 'inherit',
    lineHeight: 'inherit',
    letterSpacing: 'normal',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    wordBreak: 'normal',
  },
  copy: { visibility: 'hidden' },
  field: {
    alignSelf: 'stretch',
    resize: 'none',
    overflow: 'hidden',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    outlineStyle: 'none',
    ':hover': { borderBottomColor: tokens.colorNeutralStrokeAccessibleHover },
    ':focus': { borderBottomColor: tokens.colorCompoundBrandStroke, boxShadow: `inset 0 -1px 0 ${tokens.colorCompoundBrandStroke}` },
  },
  rowButton: { minWidth: 0, height: '24px', padding: `0 ${tokens.spacingHorizontalSNudge}`, fontSize: tokens.fontSizeBase400 },
});

/** The STT cell stays at the left while the table scrolls sideways; opaque so the cells scrolling under it do not show. */
const STICKY: CSSProperties = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: tokens.colorNeutralBackground1,
  boxShadow: `inset -1px 0 0 ${tokens.colorNeutralStroke2}`,
  verticalAlign: 'top',
  padding: '2px 4px',
};
const TOP: CSSProperties = { verticalAlign: 'top', padding: '2px 4px' };

interface TableProps {
  table: ReviewTable;
  index: number;
  dispatch: Dispatch<Action>;
  t(key: StringKey): string;
  lang: Language;
}

function ReviewTableView({ table, index, dispatch, t, lang }: TableProps) {
  return (
    <section aria-label={table.name} style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <Caption1 block data-testid="import-count" style={{ fontWeight: tokens.fontWeightSemibold }}>
        {countsOf(table, t, lang)}
      </Caption1>
      <div data-testid="import-scroll" style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <Table size="extra-small" aria-label={table.name} data-testid="import-table" style={{ tableLayout: 'fixed', width: '100%', minWidth: TABLE_MIN_WIDTH }}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ ...STICKY, width: STT_WIDTH, verticalAlign: 'bottom', zIndex: 2 }}>{IMPORT_HEADER[0]}</TableHeaderCell>
              {/* The task column has no width: it takes what the others leave, at least TASK_MIN_WIDTH. */}
              <TableHeaderCell style={{ verticalAlign: 'bottom' }}>{IMPORT_HEADER[1]}</TableHeaderCell>
              {(['lead', 'support', 'deadline'] as const).map((field) => (
                <TableHeaderCell key={field} style={{ width: OTHER_WIDTHS[field], verticalAlign: 'bottom' }}>
                  {IMPORT_HEADER[TEXT_FIELDS.indexOf(field) + 1]}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {table.rows.map((row, j) => (
              <ReviewRowView key={row.key} row={row} table={index} index={j} dispatch={dispatch} t={t} />
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

interface RowProps {
  row: ReviewRow;
  table: number;
  index: number;
  dispatch: Dispatch<Action>;
  t(key: StringKey): string;
}

/** One row: re-drawn only when it changes, so typing in a long plan stays quick. */
const ReviewRowView = memo(function ReviewRowView({ row, table, index, dispatch, t }: RowProps) {
  const styles = useStyles();
  const n = index + 1;
  const edit = (field: FieldName, value: string) => dispatch({ type: 'edit', table, row: index, field, value });
  return (
    <TableRow data-testid="import-row" data-kind={row.kind} data-stt={row.stt} style={row.kind === 'section' ? { fontWeight: 600 } : undefined}>
      <TableCell style={STICKY}>
        <Input
          size="small"
          appearance="underline"
          style={{ width: '100%', minWidth: 0 }}
          input={{ style: { minWidth: 0 } }}
          value={row.stt}
          data-field="stt"
          aria-label={`${IMPORT_HEADER[0]} ${n}`}
          onChange={(_, data) => edit('stt', data.value)}
        />
        <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 2 }}>
          <Button
            size="small"
            appearance="subtle"
            className={styles.rowButton}
            data-testid="import-merge"
            disabled={index === 0}
            title={`${t('mergeRow')} ${t('intoAbove')}`}
            aria-label={`${t('mergeRow')} ${n} ${t('intoAbove')}`}
            onClick={() => dispatch({ type: 'merge', table, row: index })}
          >
            ↑
          </Button>
          <Button
            size="small"
            appearance="subtle"
            className={styles.rowButton}
            data-testid="import-delete"
            title={t('deleteRow')}
            aria-label={`${t('deleteRow')} ${n}`}
            onClick={() => dispatch({ type: 'delete', table, row: index })}
          >
            ✕
          </Button>
        </div>
      </TableCell>
      {TEXT_FIELDS.map((field, c) => (
        <TableCell key={field} style={TOP}>
          <GrowingText value={row[field]} field={field} label={`${IMPORT_HEADER[c + 1]} ${n}`} onChange={(value) => edit(field, value)} />
        </TableCell>
      ))}
    </TableRow>
  );
});

/** A cell's text, edited in place, wrapped to the column's width and as tall as its lines. */
function GrowingText({ value, field, label, onChange }: { value: string; field: FieldName; label: string; onChange(value: string): void }) {
  const styles = useStyles();
  return (
    <div className={styles.grow}>
      <div aria-hidden className={mergeClasses(styles.growPart, styles.copy)}>
        {/* The copy ends with a space so a last empty line still counts. */}
        {`${value} `}
      </div>
      <textarea className={mergeClasses(styles.growPart, styles.field)} rows={1} value={value} data-field={field} aria-label={label} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
