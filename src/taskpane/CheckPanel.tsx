/** "Kiểm tra": recognise the active sheet's table, show its columns, counts and findings, and fix safely. */
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import { type Change, planFixes } from '../core/fixPlan';
import { editCell, editValue, type Finding, type Severity } from '../core/findings';
import { columnIndex, columnLetter } from '../core/grid';
import { ROLE_LABELS, SEVERITY_LABELS, STATE_LABELS } from '../core/i18n';
import { ROLES, type Role } from '../core/roles';
import { TASK_STATES } from '../core/state';
import { applyEdits } from '../office/applyEdits';
import { goToCell } from '../office/workbookState';
import type { PaneProps } from './App';
import { analyseActiveSheet, type SheetAnalysis } from './analyseSheet';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** Findings shown per severity before "Xem thêm": a long list helps nobody and slows the pane. */
const PAGE = 50;

function describe({ edit }: Change): string {
  const value = editValue(edit);
  return `${editCell(edit)} → ${value === null ? '⊟' : edit.kind === 'date' ? value : `"${value}"`}`;
}

export function CheckPanel({ host, settings, onSettings, t }: PaneProps) {
  const [result, setResult] = useState<SheetAnalysis | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [corrections, setCorrections] = useState<Partial<Record<Role, number>>>({});
  const [correctionRole, setCorrectionRole] = useState<Role>('lead');
  const [correctionColumn, setCorrectionColumn] = useState('');
  const [preview, setPreview] = useState<Change[] | null>(null);
  const [shown, setShown] = useState<Record<Severity, number>>({ error: PAGE, warning: PAGE, info: PAGE });
  const lang = host.lang;

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
  const check = (columns = corrections) => attempt(async () => setResult(await analyseActiveSheet(host, settings, columns)));
  const fix = (changes: Change[]) =>
    attempt(async () => {
      await host.run((context) => applyEdits(context, new Map([[result!.grid.name, result!.grid]]), changes.map((c) => c.edit)));
      setNotice(`${t('fixed')}: ${changes.length} ${t('changes')}`);
      setPreview(null);
      setResult(await analyseActiveSheet(host, settings, corrections));
    });
  const findings = result?.analysed.flatMap((a) => a.findings) ?? [];
  const fixable = planFixes(findings);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      <Field label={t('planYear')} hint={t('planYearHint')}>
        <Input
          type="number"
          value={settings.planYear ? String(settings.planYear) : ''}
          onChange={(_, data) => void onSettings({ ...settings, planYear: data.value ? Number(data.value) : undefined })}
        />
      </Field>
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
      {result?.analysed.map(({ table }) => (
        <section key={table.headerRows[0]} aria-label={`${t('table')} ${table.sheet}`} data-testid="table">
          <Subtitle2>
            {t('table')} “{table.sheet}” · {t('headerRow')} {table.headerRows.map((r) => r + 1).join('–')} · {table.tasks.length} {t('tasks')}
          </Subtitle2>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, margin: '6px 0' }} aria-label={t('columns')}>
            {(Object.entries(table.columns) as [Role, number][]).map(([role, col]) => (
              <Badge key={role} appearance="outline" data-testid="column-role" data-role={role}>
                {ROLE_LABELS[role][lang]}: {columnLetter(col)}
              </Badge>
            ))}
          </div>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
            {TASK_STATES.map((state) => (
              <Badge key={state} color={state === 'overdue' ? 'danger' : state.startsWith('done') ? 'success' : 'informative'} data-testid="state-count" data-state={state}>
                {STATE_LABELS[state][lang]}: {table.tasks.filter((task) => task.state === state).length}
              </Badge>
            ))}
          </div>
        </section>
      ))}
      {result && result.analysed.length > 0 && (
        <form
          style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'flex-end' }}
          aria-label={t('correctRole')}
          onSubmit={(event) => {
            event.preventDefault();
            if (!/^[A-Za-z]{1,3}$/.test(correctionColumn)) return;
            const next = { ...corrections, [correctionRole]: columnIndex(correctionColumn) };
            setCorrections(next);
            void check(next);
          }}
        >
          <Field label={t('role')}>
            <Dropdown value={ROLE_LABELS[correctionRole][lang]} onOptionSelect={(_, data) => setCorrectionRole(data.optionValue as Role)}>
              {ROLES.map((role) => (
                <Option key={role} value={role}>
                  {ROLE_LABELS[role][lang]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t('column')}>
            <Input style={{ width: 60 }} value={correctionColumn} onChange={(_, data) => setCorrectionColumn(data.value.toUpperCase())} />
          </Field>
          <Button type="submit" data-testid="role-fix">
            {t('correctRole')}
          </Button>
        </form>
      )}
      {result && result.analysed.length > 0 && findings.length === 0 && <Text>{t('noFindings')}</Text>}
      {fixable.length > 0 && (
        <Button data-testid="fix-all" onClick={() => setPreview(fixable)}>
          {t('fixAll')} ({fixable.length})
        </Button>
      )}
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} aria-label={`${t('findings')}: ${SEVERITY_LABELS[severity][lang]}`}>
            <Subtitle2>
              {SEVERITY_LABELS[severity][lang]} ({group.length})
            </Subtitle2>
            <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {group.slice(0, shown[severity]).map((finding: Finding, i) => (
                <li key={`${finding.cell}-${finding.code}-${i}`} style={{ display: 'flex', gap: 4, alignItems: 'flex-start' }}>
                  <Button
                    appearance="subtle"
                    style={{ textAlign: 'left', justifyContent: 'flex-start', flex: 1 }}
                    data-testid="finding"
                    data-code={finding.code}
                    data-cell={finding.cell}
                    onClick={() => void attempt(() => host.run((context) => goToCell(context, finding.sheet, finding.cell)))}
                  >
                    <span>
                      <strong>{finding.cell}</strong> {finding.message}
                    </span>
                  </Button>
                  {finding.edits && (
                    <Button size="small" data-testid="fix-one" onClick={() => void fix(planFixes([finding]))}>
                      {t('fix')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
            {group.length > shown[severity] && (
              <Button appearance="transparent" onClick={() => setShown({ ...shown, [severity]: shown[severity] + 4 * PAGE })}>
                {t('showMore')} ({group.length - shown[severity]})
              </Button>
            )}
          </section>
        );
      })}
      <Dialog open={preview !== null} onOpenChange={(_, data) => !data.open && setPreview(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('fixPreview')}</DialogTitle>
            <DialogContent>
              <ul data-testid="fix-preview">
                {preview?.map((change, i) => (
                  <li key={i}>
                    [{change.code}] {describe(change)}
                  </li>
                ))}
              </ul>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setPreview(null)}>
                {t('cancel')}
              </Button>
              <Button appearance="primary" data-testid="fix-apply" onClick={() => preview && void fix(preview)}>
                {t('apply')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
