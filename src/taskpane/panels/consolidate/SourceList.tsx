/**
 * The files read, one row each: the file, its reporting unit (to set, or to confirm when it is a
 * guess, with the evidence), why a file was not counted, and how many of the plan's tasks it reported.
 * The files to confirm come first and stay there once confirmed, not jumping under the user's pointer.
 * One wide cell and the count: the pane is some 350 px wide.
 */
import { Badge, Button, Caption1, Combobox, makeStyles, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { SourceSummary } from '../../../core/consolidate/consolidate';
import { isoToVietnamese } from '../../../core/grid';
import { fold, squish } from '../../../core/text';
import type { PaneProps } from '../../App';

const useStyles = makeStyles({
  table: { tableLayout: 'fixed' },
  count: { width: '64px' },
  cell: { verticalAlign: 'top', paddingTop: tokens.spacingVerticalSNudge, paddingBottom: tokens.spacingVerticalSNudge },
  countCell: { verticalAlign: 'top', paddingTop: tokens.spacingVerticalSNudge },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalSNudge },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  grey: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  prefer: { marginTop: tokens.spacingVerticalXS },
  unit: { display: 'flex', gap: tokens.spacingHorizontalSNudge, alignItems: 'center', margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXXS}` },
  confirm: { flexShrink: 0 },
  field: { minWidth: 0, flex: 1 },
  fieldInput: { minWidth: 0, width: '100%' },
});

export const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

interface SourceListProps {
  /** The files as listed: those to confirm first, then the others, then the entries not read. */
  sources: SourceSummary[];
  /** The plan's units (and the directory's), offered for a file's unit. */
  choices: string[];
  /** A consolidation is being made again after a change. */
  refreshing: boolean;
  busy: boolean;
  t: PaneProps['t'];
  /** The user set a file's unit, or confirmed the unit guessed. */
  onUnit(source: SourceSummary, unit: string, confirm?: boolean): void;
  /** The user chose this file among a unit's several. */
  onUse(source: SourceSummary): void;
}

export function SourceList({ sources, choices, refreshing, busy, t, onUnit, onUse }: SourceListProps) {
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-label={t('sources')} aria-busy={refreshing} data-testid="sources" data-busy={String(refreshing)} className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>
            {t('file')} · {t('reportingUnit')}
          </TableHeaderCell>
          <TableHeaderCell className={styles.count}>{t('matched')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sources.map((source) => (
          <SourceRow
            key={source.file}
            source={source}
            choices={choices}
            busy={busy}
            t={t}
            onUnit={(unit) => onUnit(source, unit)}
            onConfirm={(unit) => onUnit(source, unit, true)}
            onUse={() => onUse(source)}
          />
        ))}
      </TableBody>
    </Table>
  );
}

interface SourceRowProps {
  source: SourceSummary;
  choices: string[];
  busy: boolean;
  t: PaneProps['t'];
  onUnit(unit: string): void;
  onConfirm(unit: string): void;
  onUse(): void;
}

function SourceRow({ source, choices, busy, t, onUnit, onConfirm, onUse }: SourceRowProps) {
  const styles = useStyles();
  const name = baseName(source.file);
  const unsure = source.confirm && !source.skipped;
  const { unit } = source;
  return (
    <TableRow data-testid="source" data-file={name} data-confirm={String(unsure)} data-skipped={String(source.skipped)} data-error={String(source.unreadable)}>
      <TableCell className={styles.cell}>
        <div className={styles.head}>
          <span className={styles.name}>{name}</span>
          {unsure && (
            <Badge appearance="tint" color={unit ? 'warning' : 'danger'} data-testid="source-badge">
              {unit ? t('needsConfirm') : t('unitUnknown')}
            </Badge>
          )}
          {!source.skipped && source.unitFrom === 'user' && (
            <Badge appearance="tint" color="success" data-testid="source-badge">
              {t('userConfirmed')}
            </Badge>
          )}
        </div>
        {source.skipped ? (
          <>
            <Caption1 block className={styles.grey} data-testid="source-reason">
              {t('notCounted')}: {unit && source.sameUnit.length ? `${unit}, ` : ''}
              {source.error}
            </Caption1>
            {unit && source.sameUnit.length > 0 && (
              <Button size="small" data-testid="source-prefer" aria-label={`${t('useThisFile')} ${name}`} onClick={onUse} className={styles.prefer}>
                {t('useThisFile')}
              </Button>
            )}
          </>
        ) : (
          <div className={styles.unit}>
            <UnitField value={unit ?? ''} choices={choices} label={`${t('unitOf')} ${name}`} placeholder={t('chooseUnit')} disabled={busy} onCommit={onUnit} />
            {unsure && unit && (
              <Button
                size="small"
                appearance="primary"
                data-testid="source-confirm"
                aria-label={`${t('confirmUnitOf')} ${name}`}
                onClick={() => onConfirm(unit)}
                className={styles.confirm}
              >
                {t('confirmUnit')}
              </Button>
            )}
          </div>
        )}
        {!source.skipped && source.evidence && (
          <Caption1 block className={styles.grey} data-testid="source-evidence">
            {source.evidence}
          </Caption1>
        )}
        {source.reportDate && (
          <Caption1 block className={styles.grey}>
            {t('reportDated')} {isoToVietnamese(source.reportDate)}
          </Caption1>
        )}
      </TableCell>
      <TableCell className={styles.countCell}>{source.skipped ? '–' : `${source.reported}/${source.tasks}`}</TableCell>
    </TableRow>
  );
}

/** A file's unit: one of the plan's units, or any name typed; committed when chosen from the list or when the field is left. */
function UnitField({
  value,
  choices,
  label,
  placeholder,
  disabled,
  onCommit,
}: {
  value: string;
  choices: string[];
  label: string;
  placeholder: string;
  disabled: boolean;
  onCommit(unit: string): void;
}) {
  const styles = useStyles();
  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  useEffect(() => setText(value), [value]);
  const typed = fold(text).trim();
  const shown = typed && !choices.includes(text) ? choices.filter((c) => fold(c).includes(typed)) : choices;
  const commit = (next: string) => {
    if (!next.trim()) setText(value);
    else if (squish(next) !== value) onCommit(next);
  };
  return (
    <Combobox
      freeform
      size="small"
      value={text}
      aria-label={label}
      placeholder={placeholder}
      data-testid="source-unit"
      disabled={disabled}
      className={styles.field}
      input={{ className: styles.fieldInput }}
      open={open}
      onOpenChange={(_, data) => setOpen(data.open)}
      onChange={(event) => {
        // Typing shows the units that match what is typed.
        setText(event.target.value);
        setOpen(true);
      }}
      onOptionSelect={(_, data) => {
        if (!data.optionText) return;
        setText(data.optionText);
        commit(data.optionText);
      }}
      onBlur={() => commit(text)}
    >
      {shown.map((choice) => (
        <Option key={choice}>{choice}</Option>
      ))}
    </Combobox>
  );
}
