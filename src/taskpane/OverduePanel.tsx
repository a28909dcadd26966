/** "Quá hạn": colour overdue, due-soon and done rows with the add-in's own live conditional formats. */
import { Button, Spinner } from '@fluentui/react-components';
import { isoToVietnamese } from '../core/grid';
import { formatNumber } from '../core/i18n';
import { applyHighlight, clearHighlight } from '../office/highlight';
import { planHighlight } from '../office/highlightPlan';
import type { PaneProps } from './App';
import { recogniseSheet } from './analyseSheet';
import { AsOfField } from './AsOfField';
import { guessedColumns } from './guessedColumns';
import { type Reading, SettingField } from './SettingField';
import { UndoConfirm, UndoNote, useUndoWarning } from './UndoWarning';
import { AttemptMessage, useAttempt } from './useAttempt';

const LEGEND = [
  { key: 'legendOverdue', fill: '#FFC7CE', font: '#9C0006' },
  { key: 'legendDueSoon', fill: '#FFEB9C', font: '#9C5700' },
  { key: 'legendDone', fill: '#C6EFCE', font: '#006100' },
] as const;

export function OverduePanel({ host, settings, onSettings, t }: PaneProps) {
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
    <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      <AsOfField settings={settings} onSettings={onSettings} t={t} lang={host.lang} />
      <SettingField
        label={t('dueSoonDays')}
        value={settings.dueSoonDays}
        read={readDays}
        save={(days) => onSettings({ ...settings, dueSoonDays: days ?? settings.dueSoonDays })}
        saveFailed={t('saveFailed')}
        testId="due-soon-days"
        width={80}
      />
      <div style={{ display: 'flex', gap: 8 }}>
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
      <ul aria-label="legend" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {LEGEND.map(({ key, fill, font }) => (
          <li key={key} style={{ display: 'flex', alignItems: 'center', gap: 6, margin: '4px 0' }}>
            <span aria-hidden style={{ width: 28, height: 16, background: fill, border: `1px solid ${font}` }} />
            <span style={{ color: font }}>{t(key)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
