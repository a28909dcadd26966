/**
 * Where the units' files come in: dropped (files, or a whole folder), or picked with real buttons,
 * reachable by Tab and named for screen readers, that open the hidden file inputs.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../../../core/findings';
import type { PaneProps } from '../../App';
import { FilePicker } from '../../components/FilePicker';
import { droppedFiles, type Picked, pickedFiles } from './pickedFiles';

const useStyles = makeStyles({
  zone: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    textAlign: 'center',
  },
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
  const fromInput = (files: File[]) => onPick(() => pickedFiles(files, lang));
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
      <div className={styles.buttons}>
        <FilePicker testId="pick-files" accept=".xlsx,.xlsm,.xls,.ods" multiple disabled={busy} onFiles={fromInput}>
          {t('pickFiles')}
        </FilePicker>
        <FilePicker testId="pick-folder" folder disabled={busy} onFiles={fromInput}>
          {t('pickFolder')}
        </FilePicker>
      </div>
    </div>
  );
}
