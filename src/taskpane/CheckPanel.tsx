/** "Kiểm tra": recognise the active sheet's table, show its columns, counts and findings, and fix safely. */
import {
  Badge,
  Button,
  Caption1,
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
import { useRef, useState } from 'react';
import type { AnalysedTable } from '../core/analyse';
import { type Change, fixesFor, planFixes } from '../core/fixPlan';
import { editCell, editValue, type Finding, type Language, type Severity } from '../core/findings';
import { columnIndex, columnLetter } from '../core/grid';
import { formatNumber, ROLE_LABELS, SEVERITY_LABELS, STATE_LABELS } from '../core/i18n';
import { describePlanYear } from '../core/planYear';
import { ROLES, type Role } from '../core/roles';
import type { UnitReport } from '../core/rules/unitReport';
import { TASK_STATES } from '../core/state';
import { type Buckets, cutOffLine, rateText } from '../core/summary';
import type { Task } from '../core/table';
import { applyEdits } from '../office/applyEdits';
import { goToCell } from '../office/workbookState';
import type { PaneProps } from './App';
import { analyseActiveSheet, type SheetAnalysis } from './analyseSheet';
import { AsOfField } from './AsOfField';
import { guessedRole } from './guessedColumns';
import { type Reading, SettingField } from './SettingField';
import { FIX_LABELS, SAFE_FIX, type StringKey } from './strings';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** Findings shown per severity before "Xem thêm": a long list helps nobody and slows the pane. */
const PAGE = 50;

/** A change as the preview lists it: what the fix does, where, and what it writes. */
function describe({ code, edit }: Change, lang: Language): string {
  const value = editValue(edit);
  const what = FIX_LABELS[code]?.[lang] ?? SAFE_FIX[lang];
  return `${editCell(edit)}: ${what}${value === null ? '' : ` → ${edit.kind === 'date' ? value : `"${value}"`}`}`;
}

/** "Lỗi", "Cảnh báo", "Lưu ý" as headings. */
function heading(severity: Severity, lang: Language): string {
  const label = SEVERITY_LABELS[severity][lang];
  return label.charAt(0).toLocaleUpperCase(lang) + label.slice(1);
}

/** A table's tasks per bucket, as the report sentence counts them. */
function bucketsOf(tasks: readonly Task[]): Buckets {
  const buckets = { total: tasks.length } as Buckets;
  for (const state of TASK_STATES) buckets[state] = 0;
  for (const task of tasks) buckets[task.state]++;
  return buckets;
}

/** Why a table is read as a unit's report, in the command line's words. */
function unitReportText({ reason, text }: UnitReport, lang: Language): string {
  if (lang === 'vi') return reason === 'reportColumns' ? `có cột "${text}"; không đòi số thứ tự của kế hoạch` : `mọi nhiệm vụ do ${text} chủ trì; không đòi số thứ tự của kế hoạch`;
  return reason === 'reportColumns' ? `has a "${text}" column; the plan's numbering is not required` : `every task is led by ${text}; the plan's numbering is not required`;
}

/** A year typed in the plan-year field: empty (infer it), or 2000 to 2100. */
function readYear(text: string, t: (key: StringKey) => string): Reading {
  const typed = text.trim();
  if (!typed) return { ok: true, value: undefined };
  const year = /^\d{4}$/.test(typed) ? Number(typed) : NaN;
  return year >= 2000 && year <= 2100 ? { ok: true, value: year } : { ok: false, why: `"${typed}" ${t('notAYear')}` };
}

export function CheckPanel({ host, settings, onSettings, t }: PaneProps) {
  const [result, setResult] = useState<SheetAnalysis | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [corrections, setCorrections] = useState<Partial<Record<Role, number>>>({});
  const [correctionRole, setCorrectionRole] = useState<Role>('lead');
  const [correctionColumn, setCorrectionColumn] = useState('');
  const [columnProblem, setColumnProblem] = useState<string | null>(null);
  const columnInput = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<Change[] | null>(null);
  const [shown, setShown] = useState<Record<Severity, number>>({ error: PAGE, warning: PAGE, info: PAGE });
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
  const check = (columns = corrections) => attempt(async () => setResult(await analyseActiveSheet(host, settings, columns)));
  const fix = (changes: Change[]) =>
    attempt(async () => {
      await host.run((context) => applyEdits(context, new Map([[result!.grid.name, result!.grid]]), changes.map((c) => c.edit)));
      setNotice(`${t('fixed')}: ${n(changes.length)} ${t('changes')}`);
      setPreview(null);
      setResult(await analyseActiveSheet(host, settings, corrections));
    });
  const findings = result?.analysed.flatMap((a) => a.findings) ?? [];
  const fixable = planFixes(findings);
  /** The correction form, filled in for a role (a guessed column): the user confirms or types another column. */
  const correct = (role: Role, col: number) => {
    setCorrectionRole(role);
    setCorrectionColumn(columnLetter(col));
    setColumnProblem(null);
    columnInput.current?.focus();
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
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
        <TableSection key={analysed.table.headerRows[0]} analysed={analysed} lang={lang} t={t} onCorrect={correct} />
      ))}
      {result && result.analysed.length > 0 && (
        <form
          style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'flex-start' }}
          aria-label={t('correctRole')}
          onSubmit={(event) => {
            event.preventDefault();
            const letter = correctionColumn.trim();
            if (!/^[A-Za-z]{1,3}$/.test(letter)) {
              setColumnProblem(letter ? `"${letter}" ${t('notColumn')}` : t('noColumn'));
              return;
            }
            const next = { ...corrections, [correctionRole]: columnIndex(letter.toUpperCase()) };
            setCorrections(next);
            void check(next);
          }}
        >
          <Field label={t('role')}>
            <Dropdown
              value={ROLE_LABELS[correctionRole][lang]}
              selectedOptions={[correctionRole]}
              data-testid="role-pick"
              onOptionSelect={(_, data) => setCorrectionRole(data.optionValue as Role)}
            >
              {ROLES.map((role) => (
                <Option key={role} value={role}>
                  {ROLE_LABELS[role][lang]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t('column')} validationState={columnProblem ? 'error' : 'none'} validationMessage={columnProblem ?? undefined}>
            <Input
              ref={columnInput}
              style={{ width: 60 }}
              value={correctionColumn}
              data-testid="role-column"
              onChange={(_, data) => {
                setCorrectionColumn(data.value.toUpperCase());
                setColumnProblem(null);
              }}
            />
          </Field>
          <Button type="submit" data-testid="role-fix">
            {t('correctRole')}
          </Button>
        </form>
      )}
      {result && result.analysed.length > 0 && findings.length === 0 && <Text>{t('noFindings')}</Text>}
      {fixable.length > 0 && (
        <Button data-testid="fix-all" onClick={() => setPreview(fixable)}>
          {t('fixAll')} ({n(fixable.length)})
        </Button>
      )}
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} aria-label={`${t('findings')}: ${SEVERITY_LABELS[severity][lang]}`} data-testid="severity" data-severity={severity}>
            <Subtitle2 data-testid="severity-title">
              {heading(severity, lang)} ({n(group.length)})
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
                    <Button
                      size="small"
                      data-testid="fix-one"
                      onClick={() => {
                        // A fix that must go with others (a swapped date and the dd/mm texts of its column) is shown first.
                        const changes = fixesFor(finding, findings);
                        if (changes.length > 1) setPreview(changes);
                        else void fix(changes);
                      }}
                    >
                      {t('fix')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
            {group.length > shown[severity] && (
              <Button appearance="transparent" onClick={() => setShown({ ...shown, [severity]: shown[severity] + 4 * PAGE })}>
                {t('showMore')} ({n(group.length - shown[severity])})
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
                  <li key={i} data-code={change.code}>
                    {describe(change, lang)}
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

interface TableSectionProps {
  analysed: AnalysedTable;
  lang: Language;
  t(key: StringKey): string;
  onCorrect(role: Role, col: number): void;
}

/**
 * One recognised table: where it is, its plan year and where that came from, whether it is a unit's
 * report, its columns (a column taken from its cells marked as guessed, for the user to confirm or
 * correct), and its tasks per state with the completion rate and its counts.
 */
function TableSection({ analysed: { table, unitReport }, lang, t, onCorrect }: TableSectionProps) {
  const n = (count: number) => formatNumber(count, lang);
  const guessed = (Object.entries(table.columns) as [Role, number][]).filter(([role]) => table.guessed?.includes(role));
  return (
    <section aria-label={`${t('table')} ${table.sheet}`} data-testid="table">
      <Subtitle2 data-testid="table-title">
        {t('table')} “{table.sheet}” · {t('headerRow')} {table.headerRows.map((r) => r + 1).join('–')} · {n(table.tasks.length)} {t('tasks')}
      </Subtitle2>
      <Caption1 block data-testid="plan-year-source">
        {t('planYear')}: {describePlanYear(table.planYearSource, lang)}
      </Caption1>
      {unitReport && (
        <Caption1 block data-testid="unit-report">
          {t('unitReport')}: {unitReportText(unitReport, lang)}
        </Caption1>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, margin: '6px 0' }} aria-label={t('columns')}>
        {(Object.entries(table.columns) as [Role, number][]).map(([role, col]) => {
          const guess = table.guessed?.includes(role) ?? false;
          return (
            <Badge key={role} appearance={guess ? 'tint' : 'outline'} color={guess ? 'warning' : 'brand'} data-testid="column-role" data-role={role} data-guessed={String(guess)}>
              {guess ? guessedRole(role, col, lang) : `${ROLE_LABELS[role][lang]}: ${columnLetter(col)}`}
            </Badge>
          );
        })}
        {guessed.map(([role, col]) => (
          <Button key={role} size="small" appearance="transparent" data-testid="role-guessed-fix" onClick={() => onCorrect(role, col)}>
            {t('correctGuess')}: {ROLE_LABELS[role][lang]}
          </Button>
        ))}
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
        {TASK_STATES.map((state) => (
          <Badge key={state} color={state === 'overdue' ? 'danger' : state.startsWith('done') ? 'success' : 'informative'} data-testid="state-count" data-state={state}>
            {STATE_LABELS[state][lang]}: {n(table.tasks.filter((task) => task.state === state).length)}
          </Badge>
        ))}
      </div>
      <Caption1 block data-testid="table-rate" style={{ marginTop: 4 }}>
        {rateText(bucketsOf(table.tasks), lang)}
      </Caption1>
    </section>
  );
}
