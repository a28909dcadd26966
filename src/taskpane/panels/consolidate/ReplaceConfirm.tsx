/** Asked before a consolidation replaces the sheets of an earlier one (which Excel's Undo cannot bring back). */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { PaneProps } from '../../App';

export function ReplaceConfirm({ t, onReplace, onCancel }: { t: PaneProps['t']; onReplace(): void; onCancel(): void }) {
  return (
    <MessageBar intent="warning" data-testid="consolidate-confirm">
      <MessageBarBody>
        {t('replaceEarlier')} {t('undoLost')}{' '}
        <Button size="small" appearance="primary" data-testid="consolidate-replace" onClick={onReplace}>
          {t('replace')}
        </Button>{' '}
        <Button size="small" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
