/**
 * One imported table under review, some 350 px wide: the task column keeps its text readable (it
 * wraps) and the table scrolls sideways to the units and the deadline, with the STT column and the
 * row's buttons (merge into the row above, delete) held at the left. Every cell is edited in place.
 */
import { Button, Caption1, Input, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { type Dispatch, memo } from 'react';
import type { Language } from '../../../core/findings';
import { IMPORT_HEADER } from '../../../core/import/importPlan';
import type { StringKey } from '../../paneText';
import { type Action, countsOf, type FieldName, type ReviewRow, type ReviewTable, TEXT_FIELDS, type TextField } from './review';

/** Widths (px) of the STT column (with the row's buttons) and of the columns after the task's. */
const STT_WIDTH = 64;
const OTHER_WIDTHS: Record<Exclude<TextField, 'text'>, number> = { lead: 170, support: 170, deadline: 120 };
/** The task column's least width: readable beside the STT column in a 350 px pane; it takes any width the pane has beyond. */
const TASK_MIN_WIDTH = 220;
const TABLE_MIN_WIDTH = STT_WIDTH + TASK_MIN_WIDTH + Object.values(OTHER_WIDTHS).reduce((a, b) => a + b, 0);
const CELL_PADDING = `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  count: { fontWeight: tokens.fontWeightSemibold },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { tableLayout: 'fixed', width: '100%', minWidth: `${TABLE_MIN_WIDTH}px` },
  /** The STT cell stays at the left while the table scrolls sideways; opaque so the cells scrolling under it do not show. */
  sticky: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `inset -1px 0 0 ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
    padding: CELL_PADDING,
  },
  sttHeader: { width: `${STT_WIDTH}px`, verticalAlign: 'bottom', zIndex: 2 },
  header: { verticalAlign: 'bottom' },
  lead: { width: `${OTHER_WIDTHS.lead}px` },
  support: { width: `${OTHER_WIDTHS.support}px` },
  deadline: { width: `${OTHER_WIDTHS.deadline}px` },
  top: { verticalAlign: 'top', padding: CELL_PADDING },
  groupRow: { fontWeight: tokens.fontWeightSemibold },
  stt: { width: '100%', minWidth: 0 },
  sttInput: { minWidth: 0 },
  rowButtons: { display: 'flex', justifyContent: 'space-between', marginTop: tokens.spacingVerticalXXS },
  rowButton: { minWidth: 0, height: '24px', padding: `0 ${tokens.spacingHorizontalSNudge}`, fontSize: tokens.fontSizeBase400 },
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
});

interface TableProps {
  table: ReviewTable;
  index: number;
  dispatch: Dispatch<Action>;
  t(key: StringKey): string;
  lang: Language;
}

export function ReviewTableView({ table, index, dispatch, t, lang }: TableProps) {
  const styles = useStyles();
  return (
    <section aria-label={table.name} className={styles.section}>
      <Caption1 block data-testid="import-count" className={styles.count}>
        {countsOf(table, t, lang)}
      </Caption1>
      <div data-testid="import-scroll" className={styles.scroll}>
        <Table size="extra-small" aria-label={table.name} data-testid="import-table" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={mergeClasses(styles.sticky, styles.sttHeader)}>{IMPORT_HEADER[0]}</TableHeaderCell>
              {/* The task column has no width: it takes what the others leave, at least TASK_MIN_WIDTH. */}
              <TableHeaderCell className={styles.header}>{IMPORT_HEADER[1]}</TableHeaderCell>
              {(['lead', 'support', 'deadline'] as const).map((field) => (
                <TableHeaderCell key={field} className={mergeClasses(styles[field], styles.header)}>
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
    <TableRow data-testid="import-row" data-kind={row.kind} data-stt={row.stt} className={row.kind === 'section' ? styles.groupRow : undefined}>
      <TableCell className={styles.sticky}>
        <Input
          size="small"
          appearance="underline"
          className={styles.stt}
          input={{ className: styles.sttInput }}
          value={row.stt}
          data-field="stt"
          aria-label={`${IMPORT_HEADER[0]} ${n}`}
          onChange={(_, data) => edit('stt', data.value)}
        />
        <div className={styles.rowButtons}>
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
        <TableCell key={field} className={styles.top}>
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
      <textarea
        className={mergeClasses(styles.growPart, styles.field)}
        rows={1}
        value={value}
        data-field={field}
        aria-label={label}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
