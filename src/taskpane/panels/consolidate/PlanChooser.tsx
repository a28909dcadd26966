/** The plan the files go into, named before anything is read; when the sheet holds none, why, and the sheets to choose from. */
import { Button, Caption1, Dropdown, makeStyles, MessageBar, MessageBarBody, Option, tokens } from '@fluentui/react-components';
import type { PaneProps } from '../../App';
import type { PlanLookup } from './usePlan';

const useStyles = makeStyles({
  found: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalSNudge },
  sheets: { marginTop: tokens.spacingVerticalSNudge, minWidth: 0, width: '100%' },
});

interface PlanChooserProps {
  lookup: PlanLookup;
  busy: boolean;
  t: PaneProps['t'];
  /** Lists the workbook's sheets, to choose another. */
  onOther(): void;
  onChoose(sheetId: string): void;
}

export function PlanChooser({ lookup: { look, plan, noPlan, error, sheets }, busy, t, onOther, onChoose }: PlanChooserProps) {
  const styles = useStyles();
  const taskCount = plan?.tables.reduce((n, table) => n + table.tasks.length, 0) ?? 0;
  return (
    <div data-testid="plan" data-state={look}>
      {look === 'reading' && <Caption1>{t('planReading')}</Caption1>}
      {look === 'found' && plan && (
        <div className={styles.found}>
          <span data-testid="plan-name">
            {t('planSheet')} <strong>‘{plan.name}’</strong> ({taskCount} {t('tasks')})
          </span>
          {!sheets && (
            <Button size="small" appearance="transparent" data-testid="plan-other" disabled={busy} onClick={onOther}>
              {t('otherSheet')}
            </Button>
          )}
        </div>
      )}
      {look === 'none' && noPlan && (
        <MessageBar intent="warning" data-testid="plan-missing">
          <MessageBarBody>{noPlan.chosen ? t('noPlanSheet') : `${t('noPlanOn')} ‘${noPlan.sheet}’ ${t('noPlanAsk')}`}</MessageBarBody>
        </MessageBar>
      )}
      {look === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('error')}: {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {sheets && (
        <Dropdown
          size="small"
          placeholder={t('choosePlan')}
          aria-label={t('choosePlan')}
          data-testid="plan-sheet"
          disabled={busy}
          className={styles.sheets}
          onOptionSelect={(_, data) => data.optionValue && onChoose(data.optionValue)}
        >
          {sheets.map((sheet) => (
            <Option key={sheet.id} value={sheet.id}>
              {sheet.name}
            </Option>
          ))}
        </Dropdown>
      )}
    </div>
  );
}
