/**
 * Gives the user a file the pane made (the templates' .zip, the Word report): its bytes as a Blob
 * behind an <a download> click, which the browser saves to its downloads. Nothing is uploaded.
 *
 * Excel for Mac shows the pane in a WKWebView that ignores such a click without a word
 * (OfficeDev/office-js#2700, "by design"; #3385, #4681), and no error tells the pane so: every caller
 * says, beside the button, which phuluc command makes the same file (DownloadNote.tsx).
 */

/** How long the file's address stays valid after the click: the browser reads the Blob when it saves it. */
const KEEP_MS = 60_000;

export function downloadFile(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_MS);
}

export const ZIP_TYPE = 'application/zip';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A day in a file name, as the pane writes days but without the slashes no disk takes: 14-11-2025. */
export const dayInFileName = (iso: string): string => iso.split('-').reverse().join('-');
