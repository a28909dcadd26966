/**
 * Copies a text for the user (the report sentence, a reminder). Some Office webviews refuse the
 * clipboard API, or the user's browser asks and is told no: the text is then selected in its
 * read-only box, so Ctrl+C copies it, and the caller says so.
 */
export type Copied = 'copied' | 'selected';

export async function copyText(text: string, box: HTMLTextAreaElement | null): Promise<Copied> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    box?.focus();
    box?.select();
    return 'selected';
  }
}
