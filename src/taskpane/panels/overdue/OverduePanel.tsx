/** "Quá hạn": colour overdue, due-soon and done rows with the add-in's own live conditional formats. */
import { Button, makeStyles, mergeClasses, Spinner, tokens } from '@fluentui/react-components';
import { isoToVietnamese } from '../../../core/grid';
import { formatNumber } from '../../../core/i18n';
import { applyHighlight, clearHighlight } from '../../../office/highlight';
import { HIGHLIGHT_COLOURS, type HighlightKind, planHighlight } from '../../../office/highlightPlan';
import type { PaneProps } from '../../App';
import { recogniseSheet } from '../../sheet/activeSheet';
import { AsOfField } from '../../components/AsOfField';
import { PanelColumn } from '../../components/PanelColumn';
import { guessedColumns } from '../../sheet/guessedColumns';
import { type Reading, SettingField } from '../../components/SettingField';
import { UndoConfirm, UndoNote } from '../../components/UndoWarning';
import { useUndoWarning } from '../../hooks/useUndoWarning';
import { AttemptMessage } from '../../components/AttemptMessage';
import { useAttempt } from '../../hooks/useAttempt';

/** The legend: each highlight in the colours written into the sheet (HIGHLIGHT_COLOURS, one home for both). */
const LEGEND = [
  { kind: 'overdue', key: 'legendOverdue' },
  { kind: 'dueSoon', key: 'legendDueSoon' },
  { kind: 'done', key: 'legendDone' },
] as const;

const swatch = (kind: HighlightKind) => ({ backgroundColor: HIGHLIGHT_COLOURS[kind].fill, border: `${tokens.strokeWidthThin} solid ${HIGHLIGHT_COLOURS[kind].font}` });

const useStyles = makeStyles({
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  legend: { listStyle: 'none', padding: 0, margin: 0 },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalSNudge, margin: `${tokens.spacingVerticalXS} 0` },
  swatch: { width: '28px', height: '16px' },
  overdueSwatch: swatch('overdue'),
  overdueText: { color: HIGHLIGHT_COLOURS.overdue.font },
  dueSoonSwatch: swatch('dueSoon'),
  dueSoonText: { color: HIGHLIGHT_COLOURS.dueSoon.font },
  doneSwatch: swatch('done'),
  doneText: { color: HIGHLIGHT_COLOURS.done.font },
});

export function OverduePanel({ host, settings, onSettings, t }: PaneProps) {
  const styles = useStyles();
  const { busy, message, attempt } = useAttempt(t);
  /** Both buttons add, hide or delete a very hidden helper sheet: Excel's undo history goes (asked once per session). */
  const undo = useUndoWarning();
  /** Days before a deadline that turn a row amber: a whole number from 0 to 365. */
  const readDays = (text: string): Reading => {
    const typed = text.trim();
    const days = /^\d{1,3}$/.test(typed) ? Number(typed) : NaN;
    if (days >= 0 && days <= 365) return { ok: true, value: days };
    const still = `${formatNumber(settings.dueSoonDays, host.lang)} ${t('days')}.`;
    return { ok: false, why: typed ? `"${typed}" ${t('notDays')} ${still}` : `${t('noDays')} ${still}` };
  };

  const highlight = () =>
    attempt(async () => {
      const { grid, tables } = await recogniseSheet(host, settings);
      const [table] = tables;
      if (!table) throw new Error(t('noTable'));
      const plan = planHighlight(table, grid, { asOf: settings.asOf ?? null, dueSoonDays: settings.dueSoonDays });
      await host.run((context) => applyHighlight(context, grid.name, plan));
      // A fixed cut-off date colours the rows as they stand on that day; without one, on the day the workbook is open.
      const text = settings.asOf ? `${t('highlightedAt')} ${isoToVietnamese(settings.asOf)}; ${t('highlightedFixed')}` : t('highlighted');
      // The done colour follows the status column: when it was read from its cells, say so.
      const guessed = guessedColumns([table], host.lang);
      return guessed.length ? { intent: 'warning', text: `${text} ${t('guessedNote')}: ${guessed.join('; ')}.` } : { intent: 'success', text };
    });
  const clear = () =>
    attempt(async () => {
      const removed = await host.run((context) => clearHighlight(context));
      return { intent: 'success', text: `${t('cleared')} (${formatNumber(removed, host.lang)} ${t('rules')}).` };
    });

  return (
    <PanelColumn>
      <AsOfField settings={settings} onSettings={onSettings} t={t} lang={host.lang} />
      <SettingField
        label={t('dueSoonDays')}
        value={settings.dueSoonDays}
        read={readDays}
        save={(days) => onSettings({ ...settings, dueSoonDays: days ?? settings.dueSoonDays })}
        saveFailed={t('saveFailed')}
        testId="due-soon-days"
        narrow
      />
      <div className={styles.buttons}>
        <Button appearance="primary" data-testid="highlight-run" disabled={busy || undo.asking} onClick={() => undo.guard(() => void highlight())}>
          {t('highlightRun')}
        </Button>
        <Button data-testid="highlight-clear" disabled={busy || undo.asking} onClick={() => undo.guard(() => void clear())}>
          {t('highlightClear')}
        </Button>
      </div>
      <UndoNote text={t('undoNoteOverdue')} testId="overdue-undo-note" />
      <UndoConfirm warning={undo} t={t} testId="overdue-undo-confirm" />
      {busy && <Spinner size="tiny" label={t('working')} />}
      <AttemptMessage message={message} testId="overdue-message" />
      <ul aria-label="legend" className={styles.legend}>
        {LEGEND.map(({ kind, key }) => (
          <li key={key} className={styles.item} data-testid="legend-item" data-kind={kind}>
            <span aria-hidden className={mergeClasses(styles.swatch, styles[`${kind}Swatch`])} />
            <span className={styles[`${kind}Text`]}>{t(key)}</span>
          </li>
        ))}
      </ul>
    </PanelColumn>
  );
}
