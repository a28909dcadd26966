/**
 * Keeps every request under Excel on the web's 5 MB payload limit ("Excel on the web has a payload
 * size limit for requests and responses of 5MB", learn.microsoft.com, Resource limits and
 * performance optimization for Office Add-ins). Writers cut their data into blocks sized by bytes
 * (`BLOCK_BYTES`), count every call they queue (values, number formats, formats) and the batch syncs
 * before a call that would take the request past `REQUEST_BUDGET`.
 */

/** What one request may carry: a fifth under the 5 MB limit, for what the estimate does not see. */
const REQUEST_BUDGET = 4 * 1024 * 1024;
/** The most one block of values (or of number formats) may weigh, so that a block always fits a request. */
export const BLOCK_BYTES = 1024 * 1024;
/** A queued call without data (a format, a delete, an add), and the frame around one with data. */
export const CALL_BYTES = 200;

/** UTF-8 bytes of `text`: what it weighs in a JSON request (Vietnamese letters take two or three). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one four-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** What a call carrying `payload` (a block of values or number formats) costs in a request. */
export function requestBytes(payload: unknown): number {
  return CALL_BYTES + utf8Length(JSON.stringify(payload));
}

export class RequestBatch {
  /** Requests sent. */
  syncs = 0;
  /** The estimated bytes of each request sent, in order. */
  readonly sent: number[] = [];
  private bytes = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = REQUEST_BUDGET,
  ) {}

  /**
   * Queues one call of about `bytes` (`queue` makes it): when it would take the request past the
   * budget, what is queued is sent first, so a request never carries more than the budget (a call
   * bigger than the budget goes alone; writers keep theirs under BLOCK_BYTES).
   */
  async put(bytes: number, queue: () => void): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) await this.send();
    queue();
    this.bytes += bytes;
  }

  /** Makes room for calls of about `bytes` that the caller queues right after (no await between), and counts them. */
  async room(bytes: number): Promise<void> {
    await this.put(bytes, () => undefined);
  }

  /** Sends what is queued now. */
  async send(): Promise<void> {
    this.syncs++; // counted before it runs: a request that fails was still sent
    this.sent.push(this.bytes);
    this.bytes = 0;
    await this.context.sync();
  }

  /** Sends the rest: always at least one request, so queued calls without a counted size run too. */
  async finish(): Promise<void> {
    if (this.bytes > 0 || this.syncs === 0) await this.send();
  }
}
