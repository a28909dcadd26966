/**
 * Groups queued Office.js writes into requests under Excel on the web's 5 MB limit: writers count
 * what they queue and the batch syncs when the next write would not fit.
 */

/** Stay well under the 5 MB request limit of Excel on the web. */
const BATCH_BYTES = 4 * 1024 * 1024;

/** Roughly what a block of values costs in a request: JSON in UTF-16, plus the call around it. */
export function requestBytes(values: unknown[][]): number {
  return 200 + JSON.stringify(values).length * 2;
}

export class RequestBatch {
  syncs = 0;
  private bytes = 0;

  constructor(private readonly context: Excel.RequestContext) {}

  /** Counts a queued write of about `bytes`; sends the batch once it reaches the limit. */
  async add(bytes: number): Promise<void> {
    this.bytes += bytes;
    if (this.bytes >= BATCH_BYTES) await this.send();
  }

  /** Sends what is queued now. */
  async send(): Promise<void> {
    this.syncs++; // counted before it runs: a request that fails was still sent
    this.bytes = 0;
    await this.context.sync();
  }

  /** Sends the rest: always at least one request, so queued calls without a counted size run too. */
  async finish(): Promise<void> {
    if (this.bytes > 0 || this.syncs === 0) await this.send();
  }
}
