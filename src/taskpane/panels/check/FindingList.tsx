/**
 * The findings under "Lỗi", "Cảnh báo" and "Lưu ý", each a button that selects its cell, with "Sửa"
 * beside a finding that has a safe fix; 50 per severity before "Xem thêm" (a long list helps nobody
 * and slows the pane).
 */
import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding, Language, Severity } from '../../../core/findings';
import { formatNumber, TEXT } from '../../../core/i18n';
import type { StringKey } from '../../paneText';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const PAGE = 50;

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0 },
  item: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start' },
  finding: { textAlign: 'left', justifyContent: 'flex-start', flex: 1 },
});

/** "Lỗi", "Cảnh báo", "Lưu ý" as headings. */
function heading(severity: Severity, lang: Language): string {
  const label = TEXT[lang].severities[severity];
  return label.charAt(0).toLocaleUpperCase(lang) + label.slice(1);
}

interface FindingListProps {
  findings: Finding[];
  lang: Language;
  t(key: StringKey): string;
  /** The user clicked a finding: its cell is selected. */
  onGo(finding: Finding): void;
  /** The user asked for a finding's safe fix. */
  onFix(finding: Finding): void;
}

export function FindingList({ findings, lang, t, onGo, onFix }: FindingListProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, number>>({ error: PAGE, warning: PAGE, info: PAGE });
  const n = (count: number) => formatNumber(count, lang);
  return (
    <>
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} aria-label={`${t('findings')}: ${TEXT[lang].severities[severity]}`} data-testid="severity" data-severity={severity}>
            <Subtitle2 data-testid="severity-title">
              {heading(severity, lang)} ({n(group.length)})
            </Subtitle2>
            <ul className={styles.list}>
              {group.slice(0, shown[severity]).map((finding, i) => (
                <li key={`${finding.cell}-${finding.code}-${i}`} className={styles.item}>
                  <Button appearance="subtle" className={styles.finding} data-testid="finding" data-code={finding.code} data-cell={finding.cell} onClick={() => onGo(finding)}>
                    <span>
                      <strong>{finding.cell}</strong> {finding.message}
                    </span>
                  </Button>
                  {finding.edits && (
                    <Button size="small" data-testid="fix-one" onClick={() => onFix(finding)}>
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
    </>
  );
}
