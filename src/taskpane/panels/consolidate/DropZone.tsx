/**
 * Where the units' files come in: dropped (files, or a whole folder), or picked with real buttons,
 * reachable by Tab and named for screen readers, that open the hidden file inputs.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import type { Language } from '../../../core/findings';
import type { PaneProps } from '../../App';
import { droppedFiles, type Picked, pickedFiles } from './pickedFiles';

const useStyles = makeStyles({
  zone: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    textAlign: 'center',
  },
  hidden: { display: 'none' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, justifyContent: 'center', flexWrap: 'wrap', marginTop: tokens.spacingVerticalS },
});

interface DropZoneProps {
  busy: boolean;
  lang: Language;
  t: PaneProps['t'];
  /** The entries picked or dropped, gathered when the work starts (a dropped folder is walked then). */
  onPick(gather: () => Picked[] | Promise<Picked[]>): void;
}

export function DropZone({ busy, lang, t, onPick }: DropZoneProps) {
  const styles = useStyles();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const fromInput = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = ''; // the same files picked again are read again
    if (files.length) onPick(() => pickedFiles(files, lang));
  };
  return (
    <div
      data-testid="drop-zone"
      className={styles.zone}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        onPick(droppedFiles(event.dataTransfer, lang));
      }}
    >
      <div>{t('dropFiles')}</div>
      <input
        ref={filesInput}
        type="file"
        multiple
        accept=".xlsx,.xlsm,.xls,.ods"
        data-testid="pick-files"
        tabIndex={-1}
        aria-hidden="true"
        disabled={busy}
        onChange={(event) => fromInput(event.target)}
        className={styles.hidden}
      />
      <input
        ref={folderInput}
        type="file"
        {...{ webkitdirectory: '' }}
        data-testid="pick-folder"
        tabIndex={-1}
        aria-hidden="true"
        disabled={busy}
        onChange={(event) => fromInput(event.target)}
        className={styles.hidden}
      />
      <div className={styles.buttons}>
        <Button data-testid="pick-files-button" disabled={busy} onClick={() => filesInput.current?.click()}>
          {t('pickFiles')}
        </Button>
        <Button data-testid="pick-folder-button" disabled={busy} onClick={() => folderInput.current?.click()}>
          {t('pickFolder')}
        </Button>
      </div>
    </div>
  );
}
