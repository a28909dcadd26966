/** "Cài đặt": the unit directory, kept in the workbook with the other settings. */
import { Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { PaneProps } from './App';

export function SettingsPanel({ settings, onSettings, t }: PaneProps) {
  const [text, setText] = useState(settings.directory.map((e) => [e.name, ...e.aliases].join('; ')).join('\n'));
  const [saved, setSaved] = useState(false);
  const save = async () => {
    const directory = text
      .split('\n')
      .map((line) => line.split(';').map((part) => part.trim()).filter(Boolean))
      .filter((parts) => parts.length > 0)
      .map(([name, ...aliases]) => ({ name: name!, aliases }));
    await onSettings({ ...settings, directory });
    setSaved(true);
  };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      <Field label={t('directory')} hint={t('directoryHint')}>
        <Textarea rows={10} value={text} onChange={(_, data) => setText(data.value)} />
      </Field>
      <Button appearance="primary" onClick={() => void save()}>
        {t('save')}
      </Button>
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t('saved')}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
