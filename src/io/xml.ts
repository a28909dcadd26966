/**
 * The one XML reader of the Office parts phuluc reads or patches itself (a .docx's document and
 * numbering, a workbook's relationships, workbook and worksheets for `phuluc fix`): saxes, a
 * streaming, namespace-aware parser in plain JavaScript (no DOM, no Node: the pane's worker reads
 * .docx with it). Elements are matched by namespace URI and local name, never by prefix: .NET's
 * OpenXML SDK writes `<x:worksheet xmlns:x="…/spreadsheetml/2006/main">`, Word `<w:p>`, another tool
 * may bind the default namespace, and all mean the same elements.
 *
 * Entities: XML's five named ones and character references are expanded, nothing else. A DOCTYPE
 * is skipped, never read, so its entities stay undefined: `&xxe;` is kept as written (as SheetJS
 * keeps it), nested ones ("billion laughs") are never expanded and no external entity is fetched.
 * Any other well-formedness error is an XmlError.
 *
 * Each element carries the offsets of its tags in the text, so a part can be patched where it
 * needs to change and kept byte for byte elsewhere (`writeFixedCopy`).
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** Namespace URIs, transitional and strict (ISO/IEC 29500 strict documents use the purl.oclc.org ones). */
export const NS = {
  sheet: new Set(['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main']),
  relationships: new Set(['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships']),
  package: new Set(['http://schemas.openxmlformats.org/package/2006/relationships']),
  word: new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']),
  compatibility: new Set(['http://schemas.openxmlformats.org/markup-compatibility/2006']),
} as const;

export class XmlError extends Error {}

/**
 * Each known URI as the one string the sets above hold: a URI read from a document is replaced by
 * it where it is declared, so matching an element is a lookup of an identical string (comparing a
 * sliced string's characters on every element cost a quarter of the reading).
 */
const CANONICAL = new Map<string, string>(Object.values(NS).flatMap((set) => [...set].map((uri): [string, string] => [uri, uri])));

/**
 * The namespaces in scope: prefix → URI ('' is the default namespace), each element that declares
 * some inheriting its parent's by prototype. saxes reads the names (its plain mode, about a quarter
 * faster than its namespace mode, which resolves every attribute of every element); the few lines below
 * apply XML Namespaces 1.0 to elements, and to an attribute only when it is asked for.
 */
type Scope = Record<string, string>;

// Object.create is typed `any`: these casts only name what it makes, a scope with no prototype or its parent's.
const ROOT_SCOPE: Scope = Object.assign(Object.create(null) as Scope, {
  xml: 'http://www.w3.org/XML/1998/namespace',
  xmlns: 'http://www.w3.org/2000/xmlns/',
});

export class XmlElement {
  readonly uri: string;
  readonly local: string;
  /** The prefix as written ('' for the default namespace): what a new sibling or child is written with. */
  readonly prefix: string;
  /** The qualified name as written ("x:row"). */
  readonly name: string;
  readonly selfClosing: boolean;

  /**
   * @param start offset of the start tag's `<`
   * @param openEnd offset just past the start tag's `>`
   */
  constructor(
    tag: SaxesTagPlain,
    /** Namespaces in scope here. */
    readonly scope: Scope,
    readonly start: number,
    readonly openEnd: number,
  ) {
    const { name } = tag;
    const colon = name.indexOf(':');
    this.name = name;
    this.prefix = colon < 0 ? '' : name.slice(0, colon);
    this.local = colon < 0 ? name : name.slice(colon + 1);
    const uri = scope[this.prefix];
    if (uri === undefined && this.prefix) throw new XmlError(`unbound namespace prefix ${this.prefix} on <${name}>`);
    this.uri = uri ?? '';
    this.selfClosing = tag.isSelfClosing;
    this.attributes = tag.attributes;
  }

  /** Every attribute as written, name → value, namespace declarations included (to write the tag again). */
  readonly attributes: Readonly<Record<string, string>>;

  is(namespace: ReadonlySet<string>, local: string): boolean {
    return this.local === local && namespace.has(this.uri);
  }

  /**
   * The value of attribute `local` in `namespace`; without a namespace, of the unprefixed attribute
   * (`r`, `s`, `t` on a cell: an attribute without a prefix is in no namespace, whatever the default).
   */
  attribute(local: string, namespace?: ReadonlySet<string>): string | undefined {
    const { attributes } = this;
    if (!namespace) return local === 'xmlns' ? undefined : attributes[local];
    for (const name in attributes) {
      const colon = name.indexOf(':');
      if (colon > 0 && name.length - colon - 1 === local.length && name.endsWith(local)) {
        const uri = this.scope[name.slice(0, colon)];
        if (uri !== undefined && namespace.has(uri)) return attributes[name];
      }
    }
    return undefined;
  }
}

export interface XmlHandlers {
  /** An element starts; `parent` is null for the root. */
  open?(element: XmlElement, parent: XmlElement | null): void;
  /** An element ends: `closeStart` is the offset of its end tag's `<` (its `openEnd` when self-closing), `end` just past it. */
  close?(element: XmlElement, closeStart: number, end: number): void;
  /** Character data (entities expanded, CDATA included), in pieces. */
  text?(text: string): void;
}

const UNDEFINED_ENTITY = /undefined entity\.$/;

/** The scope under `parent`'s with the namespace declarations (name, URI) `declarations` (emptied). */
function declare(parent: Scope, declarations: [name: string, uri: string][]): Scope {
  const scope = Object.create(parent) as Scope;
  declarations.forEach(([name, uri]) => {
    const prefix = name.length > 5 ? name.slice(6) : '';
    if ((prefix === 'xml' && uri !== ROOT_SCOPE.xml) || prefix === 'xmlns' || (prefix && !uri)) throw new XmlError(`namespace declaration ${name}="${uri}" is not allowed`);
    scope[prefix] = CANONICAL.get(uri) ?? uri;
  });
  declarations.length = 0;
  return scope;
}

/**
 * Reads `xml` once from start to end, calling the handlers; throws XmlError when it is not
 * well-formed. Without `offsets` (a reader that does not patch) elements carry none (0) and the
 * reading is faster.
 */
export function scanXml(xml: string, handlers: XmlHandlers, offsets = true): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const stack: XmlElement[] = [];
  let parent: XmlElement | null = null;
  let start = 0;
  const { open, close, text } = handlers;
  parser.on('error', (error) => {
    // saxes keeps an undefined entity as written and goes on; everything else stops the reading.
    if (UNDEFINED_ENTITY.test(error.message)) return;
    throw new XmlError(`${error.message.replace(/^[\d:]*\s*/, '')} (at character ${parser.position})`);
  });
  if (offsets) {
    parser.on('opentagstart', () => {
      start = xml.lastIndexOf('<', parser.position - 1);
    });
  }
  // Namespace declarations, seen as saxes reads the attributes (cheaper than walking each tag's).
  const declared: [name: string, uri: string][] = [];
  parser.on('attribute', ({ name, value }) => {
    if (name.charCodeAt(0) === 120 /* x */ && name.startsWith('xmlns') && (name.length === 5 || name.charCodeAt(5) === 58) /* : */) {
      declared.push([name, value]);
    }
  });
  parser.on('opentag', (tag) => {
    const inherited = parent ? parent.scope : ROOT_SCOPE;
    const element = new XmlElement(tag, declared.length ? declare(inherited, declared) : inherited, start, offsets ? parser.position : 0);
    open?.(element, parent);
    if (tag.isSelfClosing) close?.(element, element.openEnd, element.openEnd);
    else {
      stack.push(element);
      parent = element;
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return; // closed with its opening, above
    const element = stack.pop();
    // saxes reports an end tag without its start as an error (thrown above); never read on without one.
    if (element === undefined) throw new XmlError(`</${tag.name}> closes no element`);
    parent = stack.at(-1) ?? null;
    if (!close) return;
    const end = offsets ? parser.position : 0;
    close(element, offsets ? xml.lastIndexOf('<', end - 1) : 0, end);
  });
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof XmlError) throw error;
    throw new XmlError(error instanceof Error ? error.message : String(error));
  }
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;', '\t': '&#9;', '\n': '&#10;' };

/**
 * Text or an attribute value, escaped to be written between tags or in double quotes. A carriage
 * return is written as a reference (a parser turns a literal one into a line feed); in an attribute,
 * so are tab and line feed (a parser turns them into spaces).
 */
export function escapeXml(text: string, attribute = false): string {
  return text.replace(attribute ? /[&<>"\r\t\n]/g : /[&<>"\r]/g, (c) => TEXT_ESCAPES[c]!); // safe: each pattern matches only characters the table escapes
}

/** A start tag written again from its parsed attributes, without those named in `omit` (`/>` when `selfClosing`). */
export function startTag(element: XmlElement, omit: ReadonlySet<string> = new Set(), selfClosing = false): string {
  return `<${element.name}${attributesOf(element, omit)}${selfClosing ? '/>' : '>'}`;
}

/** An element's attributes written again (` name="value"` each), without those named in `omit`. */
export function attributesOf(element: XmlElement, omit: ReadonlySet<string> = new Set()): string {
  let out = '';
  for (const [name, value] of Object.entries(element.attributes)) if (!omit.has(name)) out += ` ${name}="${escapeXml(value, true)}"`;
  return out;
}
