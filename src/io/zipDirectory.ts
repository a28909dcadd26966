/**
 * A look at a zip's central directory before anything is inflated: how many entries, how large
 * they say they are, how hard they are compressed. A zip bomb (a few KB that inflate to gigabytes)
 * is refused here; a zip that lies about its sizes is stopped later by the reader's memory cap.
 * No Node here: the pane's Web Worker uses it too.
 */
import { WorkbookReadError } from './readFailures';

/** An .xlsx holds a few dozen parts; ten thousand is not a workbook. */
const MAX_ZIP_ENTRIES = 10_000;
/** All parts inflated: a 50 MB workbook of text inflates to about 300 MB at worst. */
const MAX_INFLATED_BYTES = 300 * 1024 * 1024;
/** Spreadsheet XML compresses 5 to 30 times (a sheet of one repeated value up to about 150). */
const MAX_RATIO = 200;
/** Small parts may compress hard (a part of zeros): the ratio counts only above this size. */
const RATIO_FROM_BYTES = 1024 * 1024;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const FULL16 = 0xffff;
const FULL32 = 0xffffffff;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressed: number;
  inflated: number;
  /** Where the entry's local header starts. */
  offset: number;
}

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

/** The end-of-central-directory record: the last one in the final 64 KB (after it only a comment). */
function findEnd(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - FULL16); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new WorkbookReadError('damaged', 'no zip directory (the file is cut short)');
}

/** Entry count, directory offset and size, from the zip64 record when the classic one is full. */
function directory(view: DataView, end: number): { count: number; offset: number } {
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === FULL16 || offset === FULL32) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw new WorkbookReadError('damaged', 'zip64 directory missing');
    const record = u64(view, locator + 8);
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) throw new WorkbookReadError('damaged', 'zip64 directory missing');
    count = u64(view, record + 32);
    offset = u64(view, record + 48);
  }
  return { count, offset };
}

/** Sizes and offset from the zip64 extra field (id 1), which holds only the fields that are full in the entry. */
function zip64Fields(view: DataView, extra: number, extraEnd: number, entry: ZipEntry, full: { inflated: boolean; compressed: boolean; offset: boolean }): void {
  for (let at = extra; at + 4 <= extraEnd;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const next = () => {
        const value = field + 8 <= extraEnd ? u64(view, field) : FULL32;
        field += 8;
        return value;
      };
      if (full.inflated) entry.inflated = next();
      if (full.compressed) entry.compressed = next();
      if (full.offset) entry.offset = next();
      return;
    }
    at += 4 + size;
  }
}

/** Where an entry's compressed bytes start: after its local header, whose name and extra lengths are its own. */
export function dataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.offset + 30 > bytes.byteLength) throw new WorkbookReadError('damaged', 'zip entry cut short');
  return entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
}

/** The central directory's entries; throws `damaged` when it cannot be walked. */
function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  const { count, offset } = directory(view, end);
  if (count > MAX_ZIP_ENTRIES) throw new WorkbookReadError('zip_bomb', `${count} entries`);
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_ENTRY) throw new WorkbookReadError('damaged', 'zip directory cut short');
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const inflated = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const entry: ZipEntry = { name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)), method, compressed, inflated, offset };
    const full = { inflated: inflated === FULL32, compressed: compressed === FULL32, offset: offset === FULL32 };
    if (full.inflated || full.compressed || full.offset) {
      const extra = at + 46 + nameLength;
      zip64Fields(view, extra, Math.min(extra + extraLength, view.byteLength), entry, full);
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A check of the parts themselves, where the host can inflate them (Node: src/io/readWorkbook.ts). */
export type PartCheck = (bytes: Uint8Array, entries: readonly ZipEntry[]) => void;

/** Refuses a zip whose directory promises more than a workbook can hold, then runs `checkParts` on its entries. */
export function checkZip(bytes: Uint8Array, checkParts?: PartCheck): void {
  let total = 0;
  const entries = zipEntries(bytes);
  for (const entry of entries) {
    total += entry.inflated;
    if (total > MAX_INFLATED_BYTES) throw new WorkbookReadError('zip_bomb', `inflates to over ${MAX_INFLATED_BYTES} bytes`);
    if (entry.inflated > RATIO_FROM_BYTES && entry.inflated > MAX_RATIO * Math.max(entry.compressed, 1)) {
      throw new WorkbookReadError('zip_bomb', `${entry.name} compressed ${Math.round(entry.inflated / Math.max(entry.compressed, 1))} times`);
    }
  }
  checkParts?.(bytes, entries);
}
