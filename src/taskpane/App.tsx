/** The task pane: its panels over the open workbook, Vietnamese first. */
import { FluentProvider, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { type PaneSettings, PaneSettingsSchema, loadSettings, saveSettings } from '../office/workbookState';
import { CheckPanel } from './CheckPanel';
import { ConsolidatePanel } from './ConsolidatePanel';
import { ImportPanel } from './ImportPanel';
import type { Host } from '../office/host';
import { OverduePanel } from './OverduePanel';
import { SettingsPanel } from './SettingsPanel';
import { SummaryPanel } from './SummaryPanel';
import { STRINGS, type StringKey } from './strings';

export type Panel = 'import' | 'check' | 'overdue' | 'summary' | 'consolidate' | 'settings';

export interface PaneProps {
  host: Host;
  settings: PaneSettings;
  onSettings(settings: PaneSettings): Promise<void>;
  t(key: StringKey): string;
}

export function App({ host, panel }: { host: Host; panel: Panel }) {
  const [current, setCurrent] = useState<Panel>(panel);
  const [settings, setSettings] = useState<PaneSettings>(PaneSettingsSchema.parse({}));
  const t = (key: StringKey) => STRINGS[key][host.lang];

  useEffect(() => {
    host.run(loadSettings).then(setSettings, () => undefined);
  }, [host]);

  const onSettings = async (next: PaneSettings) => {
    setSettings(next);
    await host.run((context) => saveSettings(context, next));
  };
  const props: PaneProps = { host, settings, onSettings, t };

  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 12, minHeight: '100vh' }} lang={host.lang}>
      <TabList size="small" style={{ flexWrap: 'wrap' }} selectedValue={current} onTabSelect={(_, data) => setCurrent(data.value as Panel)} aria-label={t('title')}>
        <Tab value="import" data-testid="tab-import">{t('tabImport')}</Tab>
        <Tab value="check" data-testid="tab-check">{t('tabCheck')}</Tab>
        <Tab value="overdue" data-testid="tab-overdue">{t('tabOverdue')}</Tab>
        <Tab value="summary" data-testid="tab-summary">{t('tabSummary')}</Tab>
        <Tab value="consolidate" data-testid="tab-consolidate">{t('tabConsolidate')}</Tab>
        <Tab value="settings" data-testid="tab-settings">{t('tabSettings')}</Tab>
      </TabList>
      <div style={{ marginTop: 12 }}>
        {current === 'import' && <ImportPanel {...props} />}
        {current === 'check' && <CheckPanel {...props} />}
        {current === 'overdue' && <OverduePanel {...props} />}
        {current === 'summary' && <SummaryPanel {...props} />}
        {current === 'consolidate' && <ConsolidatePanel {...props} />}
        {current === 'settings' && <SettingsPanel {...props} />}
      </div>
    </FluentProvider>
  );
}
