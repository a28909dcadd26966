/** The safe fixes about to be made, one line each (what the fix does, where, and what it writes), for the user to apply or cancel. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { Change } from '../../../core/fixPlan';
import { editCell, editValue, type Language } from '../../../core/findings';
import { TEXT } from '../../../core/i18n';
import type { RuleCode } from '../../../core/rules/catalogue';
import type { StringKey } from '../../paneText';

/** A change as the preview lists it. */
function describe({ code, edit }: Change, lang: Language): string {
  const value = editValue(edit);
  const fixes: Partial<Record<RuleCode, string>> = TEXT[lang].fixes;
  const what = fixes[code] ?? TEXT[lang].pane.safeFix;
  return `${editCell(edit)}: ${what}${value === null ? '' : ` → ${edit.kind === 'date' ? value : `"${value}"`}`}`;
}

interface FixPreviewProps {
  /** The changes shown, or null when the preview is closed. */
  changes: Change[] | null;
  lang: Language;
  t(key: StringKey): string;
  onApply(changes: Change[]): void;
  onClose(): void;
}

export function FixPreview({ changes, lang, t, onApply, onClose }: FixPreviewProps) {
  return (
    <Dialog open={changes !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('fixPreview')}</DialogTitle>
          <DialogContent>
            <ul data-testid="fix-preview">
              {changes?.map((change, i) => (
                <li key={i} data-code={change.code}>
                  {describe(change, lang)}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {t('cancel')}
            </Button>
            <Button appearance="primary" data-testid="fix-apply" onClick={() => changes && onApply(changes)}>
              {t('apply')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
