/**
 * "Cài đặt": the unit directory, kept in the workbook with the other settings. Hợp nhất reads it
 * (names and aliases) and adds to it the names the user confirms, so the text follows the saved
 * directory until the user starts editing it.
 */
import { Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { DirectoryEntry } from '../../../core/unitDirectory';
import type { PaneProps } from '../../App';
import { PanelColumn } from '../../components/PanelColumn';

const asText = (directory: readonly DirectoryEntry[]) => directory.map((e) => [e.name, ...e.aliases].join('; ')).join('\n');

export function SettingsPanel({ settings, onSettings, t }: PaneProps) {
  const [text, setText] = useState(asText(settings.directory));
  const [edited, setEdited] = useState(false);
  const [saved, setSaved] = useState(false);
  const stored = asText(settings.directory);
  useEffect(() => {
    if (!edited) setText(stored);
  }, [stored, edited]);
  const save = async () => {
    const directory = text
      .split('\n')
      .map((line) =>
        line
          .split(';')
          .map((part) => part.trim())
          .filter(Boolean),
      )
      .flatMap(([name, ...aliases]) => (name === undefined ? [] : [{ name, aliases }]));
    await onSettings({ ...settings, directory });
    setEdited(false);
    setSaved(true);
  };
  return (
    <PanelColumn>
      <Field label={t('directory')} hint={t('directoryHint')}>
        <Textarea
          rows={10}
          value={text}
          data-testid="directory"
          onChange={(_, data) => {
            setText(data.value);
            setEdited(true);
            setSaved(false);
          }}
        />
      </Field>
      <Button appearance="primary" onClick={() => void save()}>
        {t('save')}
      </Button>
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t('saved')}</MessageBarBody>
        </MessageBar>
      )}
    </PanelColumn>
  );
}
