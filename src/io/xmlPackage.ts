/**
 * An .xlsx/.xlsm package as `phuluc fix` opens it (SheetJS's CFB module reads and writes the zip):
 * its parts as text, the workbook part, and the worksheet part of each sheet name, found through the
 * relationships as Excel finds them, the XML read by namespace (`xml.ts`).
 */
import { NS, scanXml } from './xml';

/**
 * What this code uses of a container SheetJS's CFB module reads (its own type is `any`): the
 * entries' paths and, at the same index, their bytes (none for a folder).
 */
export interface Zip {
  FullPaths: string[];
  FileIndex: { content?: Uint8Array | number[] | null }[];
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** The index of part `path` in the zip, or -1. */
export function fileIndex(zip: Zip, path: string): number {
  const wanted = path.toLowerCase(); // part names are compared case-insensitively (OPC)
  return zip.FullPaths.findIndex((p: string) => p.replace(/^Root Entry\//, '').toLowerCase() === wanted);
}

/** Part `path` as text, or null when the package has no such part. */
export function readPart(zip: Zip, path: string): string | null {
  const index = fileIndex(zip, path);
  const content = zip.FileIndex[index]?.content;
  return content ? Buffer.from(content).toString('utf8') : null;
}

/** Writes part `path`; false when the package has no such part (nothing is written). */
export function writePart(zip: Zip, path: string, text: string): boolean {
  const entry = zip.FileIndex[fileIndex(zip, path)];
  if (!entry) return false;
  entry.content = Buffer.from(text, 'utf8');
  return true;
}

/** A relationship's target as a part name: relative to the folder of the part that holds it. */
function resolveTarget(folder: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // a stray "%" is taken as written
  }
  const parts = decoded.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const segment of decoded.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment && segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

/** Id → target of a .rels part's internal relationships, with their types. */
function relationships(xml: string, folder: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  if (!xml) return out;
  scanXml(xml, {
    open(element) {
      if (!element.is(NS.package, 'Relationship') || element.attribute('TargetMode') === 'External') return;
      const [id, target] = [element.attribute('Id'), element.attribute('Target')];
      if (id !== undefined && target !== undefined) out.set(id, { type: element.attribute('Type') ?? '', target: resolveTarget(folder, target) });
    },
  });
  return out;
}

/** The workbook part: the package's officeDocument, or xl/workbook.xml. */
export function workbookPart(zip: Zip): string {
  for (const { type, target } of relationships(readPart(zip, '_rels/.rels') ?? '', '').values()) {
    if (OFFICE_DOCUMENT.test(type) && fileIndex(zip, target) >= 0) return target;
  }
  return 'xl/workbook.xml';
}

/** Worksheet part of each sheet name, from the workbook and its relationships. */
export function sheetParts(zip: Zip, workbook: string): Map<string, string> {
  const folder = workbook.slice(0, workbook.lastIndexOf('/') + 1);
  const relations = relationships(readPart(zip, `${folder}_rels/${workbook.slice(folder.length)}.rels`) ?? '', folder);
  const parts = new Map<string, string>();
  const xml = readPart(zip, workbook);
  if (!xml) return parts;
  scanXml(xml, {
    open(element, parent) {
      if (!element.is(NS.sheet, 'sheet') || !parent?.is(NS.sheet, 'sheets')) return;
      const name = element.attribute('name');
      const target = relations.get(element.attribute('id', NS.relationships) ?? '')?.target;
      if (name !== undefined && target && !parts.has(name)) parts.set(name, target);
    },
  });
  return parts;
}
