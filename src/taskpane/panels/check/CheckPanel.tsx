/**
 * "Kiểm tra": recognise the active sheet's table, show its columns, counts and findings
 * (TableSection, FindingList), let the user correct a column's role (ColumnCorrection), and fix
 * safely, one finding or all at once after a preview (FixPreview).
 */
import { Button, Caption1, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { type Change, fixesFor, planFixes } from '../../../core/fixPlan';
import type { Finding } from '../../../core/findings';
import { formatNumber } from '../../../core/i18n';
import type { Role } from '../../../core/roles';
import { cutOffLine } from '../../../core/summary';
import { applyEdits } from '../../../office/applyEdits';
import { goToCell } from '../../../office/workbookState';
import type { PaneProps } from '../../App';
import type { StringKey } from '../../paneText';
import { AsOfField } from '../../components/AsOfField';
import { PanelColumn } from '../../components/PanelColumn';
import { type Reading, SettingField } from '../../components/SettingField';
import { checkActiveSheet, type SheetCheck } from '../../sheet/activeSheet';
import { ColumnCorrection, useColumnCorrection } from './ColumnCorrection';
import { FindingList } from './FindingList';
import { FixPreview } from './FixPreview';
import { TableSection } from './TableSection';

/** A year typed in the plan-year field: empty (infer it), or 2000 to 2100. */
function readYear(text: string, t: (key: StringKey) => string): Reading {
  const typed = text.trim();
  if (!typed) return { ok: true, value: undefined };
  const year = /^\d{4}$/.test(typed) ? Number(typed) : NaN;
  return year >= 2000 && year <= 2100 ? { ok: true, value: year } : { ok: false, why: `"${typed}" ${t('notAYear')}` };
}

export function CheckPanel({ host, settings, onSettings, t }: PaneProps) {
  const [result, setResult] = useState<SheetCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [corrections, setCorrections] = useState<Partial<Record<Role, number>>>({});
  const form = useColumnCorrection();
  const [preview, setPreview] = useState<Change[] | null>(null);
  const lang = host.lang;
  const n = (count: number) => formatNumber(count, lang);

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  const check = (columns = corrections) => attempt(async () => setResult(await checkActiveSheet(host, settings, columns)));
  const fix = (changes: Change[]) =>
    attempt(async () => {
      if (!result) return;
      const { grid } = result;
      await host.run((context) =>
        applyEdits(
          context,
          new Map([[grid.name, grid]]),
          changes.map((c) => c.edit),
        ),
      );
      setNotice(`${t('fixed')}: ${n(changes.length)} ${t('changes')}`);
      setPreview(null);
      setResult(await checkActiveSheet(host, settings, corrections));
    });
  const findings = result?.analysed.flatMap((a) => a.findings) ?? [];
  const fixable = planFixes(findings);
  /** A fix that must go with others (a swapped date and the dd/mm texts of its column) is shown first. */
  const fixOne = (finding: Finding) => {
    const changes = fixesFor(finding, findings);
    if (changes.length > 1) setPreview(changes);
    else void fix(changes);
  };

  return (
    <PanelColumn>
      <AsOfField settings={settings} onSettings={onSettings} t={t} lang={lang} />
      <SettingField
        label={t('planYear')}
        hint={t('planYearHint')}
        value={settings.planYear}
        read={(text) => readYear(text, t)}
        save={(planYear) => onSettings({ ...settings, planYear })}
        saveFailed={t('saveFailed')}
        testId="plan-year"
      />
      <Button appearance="primary" data-testid="check-run" disabled={busy} onClick={() => void check()}>
        {t('checkRun')}
      </Button>
      {busy && <Spinner size="tiny" label={t('working')} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('error')}: {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {!host.can.mergedAreas && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('noMerges')}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.analysed.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('noTable')}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.analysed.length > 0 && <Caption1 data-testid="check-as-of">{cutOffLine(result.asOf, lang)}</Caption1>}
      {result?.analysed.map((analysed) => (
        <TableSection key={analysed.table.headerRows[0]} analysed={analysed} lang={lang} t={t} onCorrect={form.fill} />
      ))}
      {result && result.analysed.length > 0 && (
        <ColumnCorrection
          form={form}
          lang={lang}
          t={t}
          onCorrect={(role, col) => {
            const next = { ...corrections, [role]: col };
            setCorrections(next);
            void check(next);
          }}
        />
      )}
      {result && result.analysed.length > 0 && findings.length === 0 && <Text>{t('noFindings')}</Text>}
      {fixable.length > 0 && (
        <Button data-testid="fix-all" onClick={() => setPreview(fixable)}>
          {t('fixAll')} ({n(fixable.length)})
        </Button>
      )}
      <FindingList findings={findings} lang={lang} t={t} onGo={(finding) => void attempt(() => host.run((context) => goToCell(context, finding.sheet, finding.cell)))} onFix={fixOne} />
      <FixPreview changes={preview} lang={lang} t={t} onApply={(changes) => void fix(changes)} onClose={() => setPreview(null)} />
    </PanelColumn>
  );
}
