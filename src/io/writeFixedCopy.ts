/**
 * Applies safe fixes to a copy of an .xlsx/.xlsm workbook by editing only the worksheet XML of the
 * cells concerned, so everything else in the user's file (styles, widths, other sheets, macros)
 * stays exactly as it was. The source file is never written.
 *
 * Worksheets are read with the namespace-aware parser of `xml.ts`, so a sheet written with a prefix
 * (`<x:c r="B5">`, .NET's OpenXML SDK) is patched like any other, and new elements take the prefix
 * their parent is written with. Every edit is checked after the fact: each patched part is read
 * again from the written zip and every cell asked for compared with what it should hold; an edit
 * that did not land is left out of the copy and returned as not made, never counted as done.
 */
import * as XLSX from '@e965/xlsx/dist/xlsx.core.min.js';
import { isoToExcelSerial } from '../core/calendar';
import type { Edit } from '../core/findings';
import { a1 } from '../core/grid';
import { validDay } from '../core/validDay';
import { attributesOf, escapeXml, startTag, XmlError } from './xml';
import { fileIndex, readPart, sheetParts, workbookPart, writePart, type Zip } from './xmlPackage';
import { type CellNode, type CellValue, escapeXstring, type MergeNode, type Range, readSheet, type RowNode, sameRange, type SheetModel, unescapeXstring } from './xmlSheet';

export class FixError extends Error {}

/** An edit that is not in the copy, and why. */
export interface EditNotMade {
  edit: Edit;
  reason: string;
}

export interface FixedCopy {
  bytes: Buffer;
  /** Edits left out of the copy: the cells they name hold what they held. */
  notMade: EditNotMade[];
}

/* ------------------------------------------------------------------------------------------------
 * The patcher: rows it touches are written again from their cells (untouched cells byte for byte),
 * new rows are inserted in order, removed merges are cut out; everything else is the source text.
 */

interface Item {
  col: number;
  /** The text between the previous cell (or the row's start tag) and this cell. */
  lead: string;
  xml: string;
  value: CellValue;
  /** The original cell, when it has not been replaced. */
  node: CellNode | null;
  /** For a written cell: its attributes other than r and s, its content, and whether its text is escaped as ST_Xstring. */
  attributes: string;
  inner: string;
  xstring: boolean;
}

interface RowEdit {
  row: number;
  node: RowNode | null;
  /** The prefix new cells of the row are written with. */
  prefix: string;
  items: Item[];
  trailing: string;
  /** A cell was added: the row's `spans` hint is dropped. */
  grown: boolean;
}

/** What one cell must hold once the edits are written, and which edit said so last. */
interface Expected {
  ref: string;
  value: CellValue;
  edit: number;
  /** Compare the text after decoding _xHHHH_ (text the patcher wrote), or as written (a copy). */
  xstring: boolean;
}

const qualified = (prefix: string, local: string) => (prefix ? `${prefix}:${local}` : local);
/** A cell's position as one number (columns stop at XFD, 16,384). */
const key = (row: number, col: number) => row * 16_384 + col;
const styleAttribute = (style: string) => (style ? ` s="${escapeXml(style, true)}"` : '');
const CELL_ATTRIBUTES_KEPT_BY_COPY = new Set(['r', 's']);

class SheetPatch {
  private readonly rowNodes = new Map<number, RowNode>();
  private readonly rows = new Map<number, RowEdit>();
  private readonly removed = new Set<MergeNode>();
  readonly expected = new Map<number, Expected>();
  readonly unmerged: { range: Range; edit: number }[] = [];
  /** Edit index → why it was not even tried. */
  readonly refused = new Map<number, string>();

  constructor(
    private readonly xml: string,
    private readonly model: SheetModel,
  ) {
    for (const node of model.rows) if (!this.rowNodes.has(node.row)) this.rowNodes.set(node.row, node);
  }

  private rowEdit(row: number): RowEdit | null {
    const existing = this.rows.get(row);
    if (existing) return existing;
    const { sheetData } = this.model;
    if (!sheetData) return null;
    const node = this.rowNodes.get(row) ?? null;
    const edit: RowEdit = { row, node, prefix: node ? node.element.prefix : sheetData.element.prefix, items: [], trailing: '', grown: false };
    if (node) {
      let at = node.element.openEnd;
      for (const cell of node.cells) {
        // A cell whose r names another row is never taken for a cell of this one (the check then refuses edits beside it).
        edit.items.push({
          col: cell.row === row ? cell.col : -1,
          lead: this.xml.slice(at, cell.element.start),
          xml: this.xml.slice(cell.element.start, cell.end),
          value: cell.value,
          node: cell,
          attributes: '',
          inner: '',
          xstring: false,
        });
        at = cell.end;
      }
      edit.trailing = node.element.selfClosing ? '' : this.xml.slice(at, node.closeStart);
    }
    this.rows.set(row, edit);
    return edit;
  }

  /** The cell as it stands now (after the edits so far), or null. */
  private current(row: number, col: number): { value: CellValue; attributes: string; inner: string; xstring: boolean } | null {
    const edited = this.rows.get(row)?.items.find((i) => i.col === col);
    if (edited && !edited.node) return edited;
    const node = edited?.node ?? this.rowNodes.get(row)?.cells.find((c) => c.col === col);
    if (!node) return null;
    const attributes = attributesOf(node.element, CELL_ATTRIBUTES_KEPT_BY_COPY);
    const inner = node.element.selfClosing ? '' : this.xml.slice(node.element.openEnd, node.closeStart);
    return { value: node.value, attributes, inner, xstring: false };
  }

  private styleOf(row: number, col: number): string {
    return this.current(row, col)?.value.s ?? '';
  }

  /**
   * Writes cell (row, col): `build` gets the prefix its row is written with and the cell's own style,
   * and gives the attributes after r and s, the content and the value (whose `s` is written).
   */
  private put(row: number, col: number, edit: number, build: (prefix: string, style: string) => Omit<Item, 'col' | 'lead' | 'xml' | 'node'>): boolean {
    const target = this.rowEdit(row);
    if (!target) return false;
    const index = target.items.findIndex((i) => i.col === col);
    const existing = target.items[index]; // none when index is -1
    const built = build(target.prefix, existing?.value.s ?? '');
    const c = qualified(target.prefix, 'c');
    const xml = `<${c} r="${a1(row, col)}"${styleAttribute(built.value.s)}${built.attributes}>${built.inner}</${c}>`;
    const item: Item = { ...built, col, lead: existing?.lead ?? '', xml, node: null };
    if (existing) target.items[index] = item;
    else {
      const after = target.items.findIndex((i) => i.col > col);
      target.items.splice(after < 0 ? target.items.length : after, 0, item);
      target.grown = true;
    }
    this.expected.set(key(row, col), { ref: a1(row, col), value: built.value, edit, xstring: built.xstring });
    return true;
  }

  setText(row: number, col: number, text: string, edit: number): void {
    // An inline string is always text: "= ..." or "+84 ..." never becomes a formula.
    const written = this.put(row, col, edit, (p, style) => ({
      attributes: ' t="inlineStr"',
      inner: `<${qualified(p, 'is')}><${qualified(p, 't')} xml:space="preserve">${escapeXstring(text)}</${qualified(p, 't')}></${qualified(p, 'is')}>`,
      value: { t: 'inlineStr', s: style, v: null, text, f: null },
      xstring: true,
    }));
    if (!written) this.refuse(edit, 'the sheet has no cell table (sheetData)');
  }

  setDate(row: number, col: number, iso: string, styleFrom: { row: number; col: number } | undefined, edit: number): void {
    const serial = String(isoToExcelSerial(iso));
    const borrowed = styleFrom ? this.styleOf(styleFrom.row, styleFrom.col) : null;
    const written = this.put(row, col, edit, (p, own) => ({
      attributes: '',
      inner: `<${qualified(p, 'v')}>${serial}</${qualified(p, 'v')}>`,
      value: { t: 'n', s: borrowed ?? own, v: serial, text: null, f: null },
      xstring: false,
    }));
    if (!written) this.refuse(edit, 'the sheet has no cell table (sheetData)');
  }

  /** Removes a merged area and copies its value into every cell it covered. */
  unmerge(range: Range, edit: number): void {
    const merge = this.model.merges.find((m) => m.range && !this.removed.has(m) && sameRange(m.range, range));
    if (!merge) {
      this.refuse(edit, `no merged area ${a1(range.top, range.left)}:${a1(range.bottom, range.right)} in the sheet`);
      return;
    }
    this.removed.add(merge);
    this.unmerged.push({ range, edit });
    const anchor = this.current(range.top, range.left);
    if (!anchor) return; // an empty merged area: nothing to copy
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        if (r === range.top && c === range.left) continue;
        this.put(r, c, edit, (_, style) => ({ attributes: anchor.attributes, inner: anchor.inner, value: { ...anchor.value, s: style }, xstring: anchor.xstring }));
      }
    }
  }

  private refuse(edit: number, reason: string): void {
    this.refused.set(edit, reason);
  }

  private renderRow(edit: RowEdit): string {
    const { node } = edit;
    const name = node ? node.element.name : qualified(edit.prefix, 'row');
    let open: string;
    if (!node) open = `<${name} r="${edit.row + 1}">`;
    else if (edit.grown || node.element.selfClosing) open = startTag(node.element, edit.grown ? new Set(['spans']) : undefined);
    else open = this.xml.slice(node.element.start, node.element.openEnd);
    return `${open}${edit.items.map((i) => i.lead + i.xml).join('')}${edit.trailing}</${name}>`;
  }

  /** The patched text. */
  render(): string {
    const splices: { start: number; end: number; text: string }[] = [];
    const { sheetData, rows, mergeCells, merges } = this.model;
    const added: RowEdit[] = [];
    for (const edit of this.rows.values()) {
      if (edit.node) splices.push({ start: edit.node.element.start, end: edit.node.end, text: this.renderRow(edit) });
      else added.push(edit);
    }
    if (added.length && sheetData) {
      added.sort((a, b) => a.row - b.row);
      const atEnd: string[] = [];
      for (const edit of added) {
        const next = rows.find((r) => r.row > edit.row);
        if (next) splices.push({ start: next.element.start, end: next.element.start, text: this.renderRow(edit) });
        else atEnd.push(this.renderRow(edit));
      }
      if (atEnd.length) {
        if (sheetData.element.selfClosing) {
          splices.push({ start: sheetData.element.start, end: sheetData.end, text: `${startTag(sheetData.element)}${atEnd.join('')}</${sheetData.element.name}>` });
        } else splices.push({ start: sheetData.closeStart, end: sheetData.closeStart, text: atEnd.join('') });
      }
    }
    if (this.removed.size && mergeCells) {
      const left = merges.filter((m) => !this.removed.has(m)).length;
      if (left === 0) splices.push({ start: mergeCells.element.start, end: mergeCells.end, text: '' });
      else {
        const count = mergeCells.element.attribute('count') === undefined ? '' : ` count="${left}"`;
        const open = startTag(mergeCells.element, new Set(['count'])).replace(/>$/, `${count}>`);
        splices.push({ start: mergeCells.element.start, end: mergeCells.element.openEnd, text: open });
        for (const merge of this.removed) splices.push({ start: merge.start, end: merge.end, text: '' });
      }
    }
    // In order; an insertion before a row comes before that row's own replacement.
    splices.sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
    let out = '';
    let at = 0;
    for (const splice of splices) {
      out += this.xml.slice(at, splice.start) + splice.text;
      at = splice.end;
    }
    return out + this.xml.slice(at);
  }
}

/* ------------------------------------------------------------------------------------------------
 * Checking a written sheet: every cell asked for is there once, in its row, in order, holding what
 * it should; every merge removed is gone.
 */

function describeValue(value: CellValue | undefined): string {
  if (!value) return 'nothing';
  return JSON.stringify(value.text ?? value.v ?? '');
}

/** Edit index → why it did not land; null when the text is not a well-formed worksheet at all. */
function check(xml: string, patch: SheetPatch): Map<number, string> | null {
  let model: SheetModel;
  try {
    model = readSheet(xml);
  } catch (error) {
    if (error instanceof XmlError) return null;
    throw error;
  }
  const failed = new Map<number, string>();
  const found = new Map<number, { cell: CellNode; inOrder: boolean }[]>();
  model.rows.forEach((row, r) => {
    const rowInOrder = (model.rows[r - 1]?.row ?? -1) < row.row && row.row < (model.rows[r + 1]?.row ?? Infinity);
    row.cells.forEach((cell, c) => {
      const at = key(cell.row, cell.col);
      if (!patch.expected.has(at)) return;
      const inOrder = rowInOrder && cell.row === row.row && (row.cells[c - 1]?.col ?? -1) < cell.col && cell.col < (row.cells[c + 1]?.col ?? Infinity);
      found.set(at, [...(found.get(at) ?? []), { cell, inOrder }]);
    });
  });
  for (const [at, { ref, value: want, edit, xstring }] of patch.expected) {
    const cells = found.get(at) ?? [];
    let problem: string | null = null;
    const [only] = cells;
    if (only === undefined) problem = `${ref} is not in the written sheet`;
    else if (cells.length > 1) problem = `${ref} is written ${cells.length} times`;
    else if (!only.inOrder) problem = `${ref} is out of order in the written sheet`;
    else {
      const got = only.cell.value;
      const text = got.text !== null && xstring ? unescapeXstring(got.text) : got.text;
      if (got.t !== want.t || got.s !== want.s || got.v !== want.v || got.f !== want.f || text !== want.text) {
        problem = `${ref} reads back as ${describeValue({ ...got, text })}, not ${describeValue(want)}`;
      }
    }
    if (problem && !failed.has(edit)) failed.set(edit, problem);
  }
  for (const { range, edit } of patch.unmerged) {
    if (model.merges.some((m) => m.range && sameRange(m.range, range)) && !failed.has(edit)) {
      failed.set(edit, `${a1(range.top, range.left)}:${a1(range.bottom, range.right)} is still merged`);
    }
  }
  return failed;
}

function patchSheet(xml: string, model: SheetModel, edits: readonly { edit: Edit; index: number }[]): SheetPatch {
  const patch = new SheetPatch(xml, model);
  for (const { edit, index } of edits) {
    if (edit.kind === 'text') patch.setText(edit.row, edit.col, edit.text, index);
    else if (edit.kind === 'date') patch.setDate(edit.row, edit.col, edit.iso, edit.styleFrom, index);
    else patch.unmerge(edit, index);
  }
  return patch;
}

/**
 * One sheet's edits applied and checked: the text to write and the edits that did not land. An edit
 * that fails its check is dropped and the rest applied again from the source, until all that remain
 * land; if the patched text were ever not well-formed, the edits are tried one at a time.
 */
function fixSheet(xml: string, edits: readonly { edit: Edit; index: number }[]): { xml: string; failed: Map<number, string> } {
  const model = readSheet(xml);
  const failed = new Map<number, string>();
  let kept = [...edits];
  const attempt = (list: readonly { edit: Edit; index: number }[]) => {
    const patch = patchSheet(xml, model, list);
    patch.refused.forEach((reason, index) => failed.set(index, reason));
    const text = patch.render();
    // What the file will hold: lone surrogates do not survive UTF-8.
    const problems = check(Buffer.from(text, 'utf8').toString('utf8'), patch);
    return { text, problems };
  };
  for (;;) {
    const { text, problems } = attempt(kept);
    if (problems === null) break; // not well-formed: one at a time below
    const dropped = kept.filter((k) => problems.has(k.index) || failed.has(k.index));
    for (const { index } of dropped) {
      const problem = problems.get(index); // a dropped edit not failed yet has a problem
      if (problem !== undefined && !failed.has(index)) failed.set(index, problem);
    }
    if (dropped.length === 0) return { xml: text, failed };
    kept = kept.filter((k) => !dropped.includes(k));
  }
  // One at a time, keeping each edit only if the sheet is still well-formed and it landed.
  const accepted: { edit: Edit; index: number }[] = [];
  let text = xml;
  for (const next of kept) {
    const trial = attempt([...accepted, next]);
    if (trial.problems && trial.problems.size === 0 && !failed.has(next.index)) {
      accepted.push(next);
      text = trial.text;
    } else if (!failed.has(next.index)) failed.set(next.index, trial.problems?.get(next.index) ?? 'the written sheet would not be well-formed XML');
  }
  return { xml: text, failed };
}

/**
 * A copy of `source` (an .xlsx or .xlsm) with the edits applied, checked, and the edits that did not
 * land. Edits are applied in order; a later edit of the same cell wins.
 */
export function fixedCopy(source: Uint8Array, edits: readonly Edit[]): FixedCopy {
  let zip: Zip;
  try {
    zip = XLSX.CFB.read(source, { type: 'buffer' });
  } catch (error) {
    throw new FixError(error instanceof Error ? error.message : String(error));
  }
  const workbook = workbookPart(zip);
  if (fileIndex(zip, workbook) < 0) throw new FixError('not an .xlsx/.xlsm workbook');
  let parts: Map<string, string>;
  try {
    parts = sheetParts(zip, workbook);
  } catch (error) {
    if (error instanceof XmlError) throw new FixError(`${workbook}: ${error.message}`);
    throw error;
  }
  const byPart = new Map<string, { edit: Edit; index: number }[]>(); // a sheet's part → its edits
  edits.forEach((edit, index) => {
    // The type already allows only a day that exists; edits that arrive as data are checked again,
    // so nothing ever writes a serial for a day that is not one (it was 01/01/1970).
    if (edit.kind === 'date' && !validDay(edit.iso)) throw new FixError(`${a1(edit.row, edit.col)}: ${String(edit.iso)} is not a day`);
    const part = parts.get(edit.sheet);
    if (part === undefined) throw new FixError(`no sheet named ${edit.sheet}`);
    const list = byPart.get(part) ?? [];
    list.push({ edit, index });
    byPart.set(part, list);
  });
  const failed = new Map<number, string>();
  const written = new Map<string, string>();
  for (const [path, list] of byPart) {
    const xml = readPart(zip, path);
    if (xml === null) throw new FixError(`missing part ${path}`);
    let result: { xml: string; failed: Map<number, string> };
    try {
      result = fixSheet(xml, list);
    } catch (error) {
      if (error instanceof XmlError) throw new FixError(`${path}: ${error.message}`);
      throw error;
    }
    result.failed.forEach((reason, index) => failed.set(index, reason));
    if (result.failed.size < list.length) {
      if (!writePart(zip, path, result.xml)) throw new FixError(`missing part ${path}`);
      written.set(path, result.xml);
    }
  }
  const zipped: unknown = XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true });
  if (!(zipped instanceof Uint8Array)) throw new FixError('the copy could not be zipped');
  const bytes = Buffer.from(zipped);
  // The parts as the copy holds them: exactly what was checked, or nothing is written.
  const copy = XLSX.CFB.read(bytes, { type: 'buffer' });
  for (const [path, xml] of written) {
    if (readPart(copy, path) !== Buffer.from(xml, 'utf8').toString('utf8')) throw new FixError(`${path}: the written part differs from the checked one`);
  }
  // In the edits' order.
  const notMade = edits.flatMap((edit, index) => {
    const reason = failed.get(index);
    return reason === undefined ? [] : [{ edit, reason }];
  });
  return { bytes, notMade };
}

/** The bytes of a copy with every edit applied; a FixError when any of them could not be made. */
export function writeFixedCopy(source: Uint8Array, edits: readonly Edit[]): Buffer {
  const { bytes, notMade } = fixedCopy(source, edits);
  if (notMade.length) throw new FixError(notMade.map((n) => `${n.edit.sheet}: ${n.reason}`).join('; '));
  return bytes;
}
