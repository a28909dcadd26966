/**
 * The task pane: its panels over the open workbook, Vietnamese first. A panel is mounted when it is
 * first chosen and stays mounted (hidden) when another is chosen, so the files read, the units
 * corrected, the results and the reader worker survive a look at another panel.
 */
import { FluentProvider, makeStyles, Tab, TabList, tokens, webLightTheme } from '@fluentui/react-components';
import { type ComponentType, useEffect, useState } from 'react';
import { type PaneSettings, PaneSettingsSchema, loadSettings, saveSettings } from '../office/workbookState';
import { CheckPanel } from './panels/check/CheckPanel';
import { ConsolidatePanel } from './panels/consolidate/ConsolidatePanel';
import { ImportPanel } from './panels/import/ImportPanel';
import type { Host } from '../office/host';
import { OverduePanel } from './panels/overdue/OverduePanel';
import { SettingsPanel } from './panels/settings/SettingsPanel';
import { SummaryPanel } from './panels/summary/SummaryPanel';
import { paneText, type StringKey } from './paneText';

/** The panels by the user's words: Nhập kế hoạch, Kiểm tra, Quá hạn, Tổng hợp, Hợp nhất, Cài đặt. */
export type Panel = 'import' | 'check' | 'overdue' | 'summary' | 'consolidate' | 'settings';

export interface PaneProps {
  host: Host;
  settings: PaneSettings;
  onSettings(settings: PaneSettings): Promise<void>;
  t(key: StringKey): string;
  /** The panel is the one shown (the others stay mounted, hidden). */
  visible: boolean;
}

const PANELS: { panel: Panel; label: StringKey; Component: ComponentType<PaneProps> }[] = [
  { panel: 'import', label: 'tabImport', Component: ImportPanel },
  { panel: 'check', label: 'tabCheck', Component: CheckPanel },
  { panel: 'overdue', label: 'tabOverdue', Component: OverduePanel },
  { panel: 'summary', label: 'tabSummary', Component: SummaryPanel },
  { panel: 'consolidate', label: 'tabConsolidate', Component: ConsolidatePanel },
  { panel: 'settings', label: 'tabSettings', Component: SettingsPanel },
];

/** The panel a name (the ribbon's `?panel=`) stands for, or null when it names none. */
export function panelNamed(name: unknown): Panel | null {
  return PANELS.find((entry) => entry.panel === name)?.panel ?? null;
}

const useStyles = makeStyles({
  /** On a div inside the provider, not on it: Fluent gives the provider's classes to the popups' portal too. */
  pane: { padding: tokens.spacingHorizontalM, minHeight: '100vh' },
  tabs: { flexWrap: 'wrap' },
  panels: { marginTop: tokens.spacingVerticalM },
});

export function App({ host, panel }: { host: Host; panel: Panel }) {
  const styles = useStyles();
  const [current, setCurrent] = useState<Panel>(panel);
  /** The panels chosen so far: mounted, and kept. */
  const [opened, setOpened] = useState<ReadonlySet<Panel>>(() => new Set([panel]));
  const [settings, setSettings] = useState<PaneSettings>(PaneSettingsSchema.parse({}));
  const t = paneText(host.lang);

  useEffect(() => {
    host.run(loadSettings).then(setSettings, () => undefined);
  }, [host]);

  const onSettings = async (next: PaneSettings) => {
    setSettings(next);
    await host.run((context) => saveSettings(context, next));
  };
  const props = { host, settings, onSettings, t };
  const choose = (next: Panel) => {
    setCurrent(next);
    setOpened((open) => (open.has(next) ? open : new Set([...open, next])));
  };

  return (
    <FluentProvider theme={webLightTheme} lang={host.lang}>
      <div className={styles.pane}>
        <TabList
          size="small"
          className={styles.tabs}
          selectedValue={current}
          onTabSelect={(_, data) => {
            const next = panelNamed(data.value);
            if (next) choose(next);
          }}
          aria-label={t('title')}
        >
          {PANELS.map(({ panel: value, label }) => (
            <Tab key={value} value={value} data-testid={`tab-${value}`}>
              {t(label)}
            </Tab>
          ))}
        </TabList>
        <div className={styles.panels}>
          {PANELS.filter(({ panel: value }) => opened.has(value)).map(({ panel: value, label, Component }) => (
            <div key={value} role="tabpanel" aria-label={t(label)} data-testid={`panel-${value}`} hidden={value !== current}>
              <Component {...props} visible={value === current} />
            </div>
          ))}
        </div>
      </div>
    </FluentProvider>
  );
}
