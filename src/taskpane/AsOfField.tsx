/** The cut-off date, shared by every panel that counts states and kept in the workbook's settings. */
import { Field, Input } from '@fluentui/react-components';
import type { PaneProps } from './App';

export function AsOfField({ settings, onSettings, t }: Pick<PaneProps, 'settings' | 'onSettings' | 't'>) {
  return (
    <Field label={t('asOf')} hint={t('asOfHint')}>
      <Input type="date" value={settings.asOf ?? ''} data-testid="as-of" onChange={(_, data) => void onSettings({ ...settings, asOf: data.value || undefined })} />
    </Field>
  );
}
