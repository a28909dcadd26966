/** "Quá hạn": colour overdue, due-soon and done rows with the add-in's own live conditional formats. */
import { Button, Field, Input, Spinner } from '@fluentui/react-components';
import { applyHighlight, clearHighlight } from '../office/highlight';
import { planHighlight } from '../office/highlightPlan';
import type { PaneProps } from './App';
import { recogniseSheet } from './analyseSheet';
import { AsOfField } from './AsOfField';
import { AttemptMessage, useAttempt } from './useAttempt';

const LEGEND = [
  { key: 'legendOverdue', fill: '#FFC7CE', font: '#9C0006' },
  { key: 'legendDueSoon', fill: '#FFEB9C', font: '#9C5700' },
  { key: 'legendDone', fill: '#C6EFCE', font: '#006100' },
] as const;

export function OverduePanel({ host, settings, onSettings, t }: PaneProps) {
  const { busy, message, attempt } = useAttempt(t);

  const highlight = () =>
    attempt(async () => {
      const { grid, tables } = await recogniseSheet(host, settings);
      const [table] = tables;
      if (!table) throw new Error(t('noTable'));
      const plan = planHighlight(table, { asOf: settings.asOf ?? null, dueSoonDays: settings.dueSoonDays });
      await host.run((context) => applyHighlight(context, grid.name, plan));
      return { intent: 'success', text: t('highlighted') };
    });
  const clear = () =>
    attempt(async () => {
      const removed = await host.run((context) => clearHighlight(context));
      return { intent: 'success', text: `${t('cleared')} (${removed} ${t('rules')}).` };
    });

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      <AsOfField settings={settings} onSettings={onSettings} t={t} />
      <Field label={t('dueSoonDays')}>
        <Input
          type="number"
          min={0}
          value={String(settings.dueSoonDays)}
          onChange={(_, data) => void onSettings({ ...settings, dueSoonDays: Math.max(0, Number(data.value) || 0) })}
        />
      </Field>
      <div style={{ display: 'flex', gap: 8 }}>
        <Button appearance="primary" data-testid="highlight-run" disabled={busy} onClick={() => void highlight()}>
          {t('highlightRun')}
        </Button>
        <Button data-testid="highlight-clear" disabled={busy} onClick={() => void clear()}>
          {t('highlightClear')}
        </Button>
      </div>
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
