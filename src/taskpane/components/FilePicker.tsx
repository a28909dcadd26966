/**
 * A real button, reachable by Tab and named for screen readers, that opens a hidden file input: the
 * browser's own input cannot be styled or named in the pane's words.
 */
import { Button, type ButtonProps, makeStyles } from '@fluentui/react-components';
import { type ReactNode, useRef } from 'react';

const useStyles = makeStyles({
  hidden: { display: 'none' },
});

interface FilePickerProps {
  /** The input's test id; the button's is the same with "-button" (or `buttonTestId`). */
  testId: string;
  buttonTestId?: string;
  accept?: string;
  multiple?: boolean;
  /** A whole folder (Chromium's webkitdirectory): every file under it. */
  folder?: boolean;
  disabled: boolean;
  size?: ButtonProps['size'];
  className?: string;
  /** The files picked; never called for an empty pick. */
  onFiles(files: File[]): void;
  children: ReactNode;
}

export function FilePicker({ testId, buttonTestId, accept, multiple, folder, disabled, size, className, onFiles, children }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        {...(folder ? { webkitdirectory: '' } : {})}
        data-testid={testId}
        tabIndex={-1}
        aria-hidden="true"
        disabled={disabled}
        className={styles.hidden}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = ''; // the same files picked again are read again
          if (files.length) onFiles(files);
        }}
      />
      <Button size={size} className={className} data-testid={buttonTestId ?? `${testId}-button`} disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </Button>
    </>
  );
}
