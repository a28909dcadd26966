/**
 * A small evaluator of Excel formulas, for the functions the add-in's conditional formats use: it
 * reads a rule's formula the way Excel does (text compared without case, SEARCH with wildcards,
 * arrays spread element by element, errors that propagate), so tests can check what a rule shows
 * on a row without Excel. Only what the formulas use is implemented; anything else throws.
 *
 * A reference to an empty cell (the context gives "") is Excel's blank: "" as text, 0 as a number
 * (so `FALSE*blank` is 0, where `FALSE*""` is #VALUE!). A range ("phuluc_han!$A$1:$B$9") is read
 * row by row into one array, which is all the highlight's column ranges need.
 */
import { isoToExcelSerial } from '../../src/core/calendar';
import { columnIndex, columnLetter } from '../../src/core/grid';

export class ExcelError {
  constructor(readonly code: string) {}
}
/** `null` is a blank cell. */
type Scalar = number | string | boolean | ExcelError | null;
/** A one-row array ({"a","b"} and what is computed from it). */
interface ArrayValue {
  array: Scalar[];
}
type Value = Scalar | ArrayValue;

const VALUE = new ExcelError('#VALUE!');

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'name'; value: string }
  | { kind: 'ref'; sheet: string | null; col: string; row: number; fixedRow: boolean; to?: { col: string; row: number; fixedRow: boolean } }
  | { kind: 'op'; value: string };

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let at = formula.startsWith('=') ? 1 : 0;
  while (at < formula.length) {
    const rest = formula.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    if (rest[0] === '"') {
      let end = 1;
      let text = '';
      for (;;) {
        const quote = rest.indexOf('"', end);
        if (quote < 0) throw new Error('unterminated string');
        text += rest.slice(end, quote);
        if (rest[quote + 1] === '"') {
          text += '"';
          end = quote + 2;
          continue;
        }
        at += quote + 1;
        break;
      }
      tokens.push({ kind: 'string', value: text });
      continue;
    }
    const ref = /^(?:([A-Za-z_][\w.]*)!)?\$?([A-Z]{1,3})(\$?)(\d+)(?::\$?([A-Z]{1,3})(\$?)(\d+))?(?![\w(])/.exec(rest);
    if (ref) {
      const to = ref[5] ? { to: { col: ref[5], row: Number(ref[7]), fixedRow: ref[6] === '$' } } : {};
      tokens.push({ kind: 'ref', sheet: ref[1] ?? null, col: ref[2]!, row: Number(ref[4]), fixedRow: ref[3] === '$', ...to });
      at += ref[0].length;
      continue;
    }
    const number = /^\d+(?:\.\d+)?/.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]) });
      at += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_][\w.]*/.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', value: name[0].toUpperCase() });
      at += name[0].length;
      continue;
    }
    const op = /^(?:<>|<=|>=|[-+*/&=<>(),{};])/.exec(rest);
    if (!op) throw new Error(`unexpected "${rest.slice(0, 10)}"`);
    tokens.push({ kind: 'op', value: op[0] });
    at += op[0].length;
  }
  return tokens;
}

type Node =
  | { kind: 'literal'; value: Scalar }
  | { kind: 'array'; items: Scalar[] }
  | { kind: 'ref'; sheet: string | null; col: string; row: number; fixedRow: boolean; to?: { col: string; row: number; fixedRow: boolean } }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'unary'; op: string; arg: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node };

const PRECEDENCE: Record<string, number> = { '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4 };

function parse(tokens: Token[]): Node {
  let at = 0;
  const peek = () => tokens[at];
  const take = (op: string) => {
    const token = tokens[at];
    if (token?.kind !== 'op' || token.value !== op) throw new Error(`expected ${op}`);
    at++;
  };
  const primary = (): Node => {
    const token = tokens[at++];
    if (!token) throw new Error('unexpected end');
    switch (token.kind) {
      case 'number':
      case 'string':
        return { kind: 'literal', value: token.value };
      case 'ref':
        return { ...token };
      case 'name': {
        if (peek()?.kind === 'op' && (peek() as { value: string }).value === '(') {
          at++;
          const args: Node[] = [];
          if (!(peek()?.kind === 'op' && (peek() as { value: string }).value === ')')) {
            for (;;) {
              args.push(expression(0));
              const next = tokens[at++];
              if (next?.kind === 'op' && next.value === ')') break;
              if (!(next?.kind === 'op' && next.value === ',')) throw new Error('expected , or )');
            }
          } else at++;
          return { kind: 'call', name: token.value, args };
        }
        if (token.value === 'TRUE' || token.value === 'FALSE') return { kind: 'literal', value: token.value === 'TRUE' };
        throw new Error(`unknown name ${token.value}`);
      }
      case 'op':
        if (token.value === '(') {
          const inner = expression(0);
          take(')');
          return inner;
        }
        if (token.value === '-' || token.value === '+') return { kind: 'unary', op: token.value, arg: primary() };
        if (token.value === '{') {
          const items: Scalar[] = [];
          for (;;) {
            const item = tokens[at++];
            if (item?.kind === 'number' || item?.kind === 'string') items.push(item.value);
            else if (item?.kind === 'name' && (item.value === 'TRUE' || item.value === 'FALSE')) items.push(item.value === 'TRUE');
            else throw new Error('bad array constant');
            const next = tokens[at++];
            if (next?.kind === 'op' && next.value === '}') break;
            if (!(next?.kind === 'op' && next.value === ',')) throw new Error('only one-row array constants are supported');
          }
          return { kind: 'array', items };
        }
        throw new Error(`unexpected ${token.value}`);
    }
  };
  const expression = (min: number): Node => {
    let left = primary();
    for (;;) {
      const token = peek();
      if (token?.kind !== 'op') break;
      const precedence = PRECEDENCE[token.value];
      if (precedence === undefined || precedence < min) break;
      at++;
      left = { kind: 'binary', op: token.value, left, right: expression(precedence + 1) };
    }
    return left;
  };
  const node = expression(0);
  if (at !== tokens.length) throw new Error('trailing tokens');
  return node;
}

const isArray = (v: Value): v is ArrayValue => typeof v === 'object' && v !== null && !(v instanceof ExcelError);
const isError = (v: Value): v is ExcelError => v instanceof ExcelError;

/** Applies a scalar function element by element over any array arguments (Excel's array evaluation). */
function lift(args: Value[], f: (...scalars: Scalar[]) => Scalar): Value {
  const length = Math.max(0, ...args.map((a) => (isArray(a) ? a.array.length : 0)));
  if (length === 0) return f(...(args as Scalar[]));
  const at = (a: Value, i: number): Scalar => (isArray(a) ? (i < a.array.length ? a.array[i]! : new ExcelError('#N/A')) : a);
  return { array: Array.from({ length }, (_, i) => f(...args.map((a) => at(a, i)))) };
}

function text(v: Scalar): string | ExcelError {
  if (v === null) return '';
  if (isError(v)) return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function number(v: Scalar): number | ExcelError {
  if (v === null) return 0;
  if (isError(v)) return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v);
  return v.trim() !== '' && Number.isFinite(n) ? n : VALUE;
}

/** Excel compares text without case, with its accents; a number is never equal to a text. */
function compare(op: string, left: Scalar, right: Scalar): Scalar {
  if (isError(left)) return left;
  if (isError(right)) return right;
  // A blank compares as the other side's empty value: 0, "", FALSE.
  const empty = (other: Scalar) => (typeof other === 'number' ? 0 : typeof other === 'boolean' ? false : '');
  const a = left ?? empty(right);
  const b = right ?? empty(left);
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let order: number;
  if (rank(a) !== rank(b)) order = rank(a) - rank(b);
  else if (typeof a === 'string') {
    const x = a.toLowerCase();
    const y = (b as string).toLowerCase();
    order = x === y ? 0 : x < y ? -1 : 1;
  } else order = Number(a) - Number(b);
  switch (op) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    default:
      return order >= 0;
  }
}

/** SEARCH's pattern as a regular expression matching at one place: ? any character, * any run, ~ escapes. */
function wildcard(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '~' && i + 1 < pattern.length) source += pattern[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (ch === '?') source += '[\\s\\S]';
    else if (ch === '*') source += '[\\s\\S]*?';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(source, 'y');
}

function logicals(args: Value[]): boolean[] | ExcelError {
  const found: boolean[] = [];
  for (const arg of args) {
    for (const v of isArray(arg) ? arg.array : [arg]) {
      if (isError(v)) return v;
      if (v === null) continue; // a blank is skipped
      if (typeof v === 'boolean') found.push(v);
      else if (typeof v === 'number') found.push(v !== 0);
      else if (!isArray(arg)) return VALUE; // a text argument itself is an error; text inside an array is skipped
    }
  }
  return found.length ? found : VALUE;
}

export interface FormulaContext {
  /** A cell's value: the status text, a due serial, or "" for an empty cell. */
  cell(sheet: string | null, col: string, row: number): Scalar;
  /** TODAY() as an ISO day. */
  today: string;
  /**
   * Rows below the row the formula was written for: a conditional format's formula is written for
   * the top row of its range, and Excel moves its relative references (E6, $E6, not $E$6) down to
   * the row it colours. 0 when not given.
   */
  offset?: number;
  /** The workbook counts dates from 1904: DATE and TODAY give serials 1,462 days smaller. */
  date1904?: boolean;
}

function evaluateNode(node: Node, ctx: FormulaContext): Value {
  const ev = (n: Node) => evaluateNode(n, ctx);
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'array':
      return { array: node.items };
    case 'ref': {
      const read = (col: string, row: number): Scalar => {
        const value = ctx.cell(node.sheet, col, row);
        return value === '' ? null : value;
      };
      const rowOf = (row: number, fixed: boolean) => (fixed ? row : row + (ctx.offset ?? 0));
      if (!node.to) return read(node.col, rowOf(node.row, node.fixedRow));
      const [left, right] = [columnIndex(node.col), columnIndex(node.to.col)];
      const array: Scalar[] = [];
      for (let row = rowOf(node.row, node.fixedRow); row <= rowOf(node.to.row, node.to.fixedRow); row++)
        for (let col = left; col <= right; col++) array.push(read(columnLetter(col), row));
      return { array };
    }
    case 'unary':
      return lift([ev(node.arg)], (v) => {
        const n = number(v);
        return isError(n) ? n : node.op === '-' ? -n : n;
      });
    case 'binary': {
      const left = ev(node.left);
      const right = ev(node.right);
      return lift([left, right], (a, b) => {
        if (node.op === '&') {
          const x = text(a);
          const y = text(b);
          return isError(x) ? x : isError(y) ? y : x + y;
        }
        if (['=', '<>', '<', '>', '<=', '>='].includes(node.op)) return compare(node.op, a, b);
        const x = number(a);
        const y = number(b);
        if (isError(x)) return x;
        if (isError(y)) return y;
        switch (node.op) {
          case '+':
            return x + y;
          case '-':
            return x - y;
          case '*':
            return x * y;
          default:
            return y === 0 ? new ExcelError('#DIV/0!') : x / y;
        }
      });
    }
    case 'call':
      return call(node.name, node.args, ctx);
  }
}

function call(name: string, nodes: Node[], ctx: FormulaContext): Value {
  const ev = (n: Node) => evaluateNode(n, ctx);
  if (name === 'IF') {
    const condition = ev(nodes[0]!);
    if (isArray(condition)) throw new Error('IF over an array is not supported');
    const test = number(condition);
    if (isError(test)) return test;
    return test !== 0 ? ev(nodes[1]!) : nodes[2] ? ev(nodes[2]) : false;
  }
  if (name === 'IFERROR') {
    const value = ev(nodes[0]!);
    if (isArray(value)) throw new Error('IFERROR over an array is not supported');
    return isError(value) ? ev(nodes[1]!) : value;
  }
  const args = nodes.map(ev);
  switch (name) {
    case 'AND':
    case 'OR': {
      const values = logicals(args);
      if (values instanceof ExcelError) return values;
      return name === 'AND' ? values.every(Boolean) : values.some(Boolean);
    }
    case 'NOT':
      return lift(args, (v) => {
        const n = number(v);
        return isError(n) ? n : n === 0;
      });
    case 'SUMPRODUCT': {
      let sum = 0;
      const [only] = args;
      for (const v of isArray(only!) ? only.array : [only!]) {
        if (isError(v)) return v;
        if (typeof v === 'number') sum += v; // SUMPRODUCT counts numbers only, not TRUE/FALSE
      }
      return sum;
    }
    case 'ISERROR':
      return lift(args, (v) => isError(v));
    case 'INT':
      return lift(args, (v) => {
        const n = number(v);
        return isError(n) ? n : Math.floor(n);
      });
    case 'ISNUMBER':
      return lift(args, (v) => typeof v === 'number');
    case 'N':
      return lift(args, (v) => (isError(v) ? v : typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : 0));
    case 'TRIM':
      return lift(args, (v) => {
        const t = text(v);
        return isError(t) ? t : t.replace(/ +/g, ' ').replace(/^ | $/g, '');
      });
    case 'UPPER':
    case 'LOWER':
      return lift(args, (v) => {
        const t = text(v);
        return isError(t) ? t : name === 'UPPER' ? t.toUpperCase() : t.toLowerCase();
      });
    case 'EXACT':
      return lift(args, (a, b) => {
        const x = text(a);
        const y = text(b!);
        return isError(x) ? x : isError(y) ? y : x === y;
      });
    case 'CHAR':
      return lift(args, (v) => {
        const n = number(v);
        return isError(n) ? n : String.fromCharCode(n);
      });
    case 'SUBSTITUTE':
      return lift(args, (v, from, to) => {
        const [t, f, r] = [text(v), text(from!), text(to!)];
        if (isError(t)) return t;
        if (isError(f)) return f;
        if (isError(r)) return r;
        return f === '' ? t : t.split(f).join(r);
      });
    case 'LEFT':
      return lift(args, (v, count = 1) => {
        const t = text(v);
        const n = number(count);
        if (isError(t)) return t;
        if (isError(n)) return n;
        return n < 0 ? VALUE : t.slice(0, Math.floor(n));
      });
    case 'MID':
      return lift(args, (v, start, count) => {
        const t = text(v);
        const s = number(start!);
        const n = number(count!);
        if (isError(t)) return t;
        if (isError(s)) return s;
        if (isError(n)) return n;
        return s < 1 || n < 0 ? VALUE : t.slice(Math.floor(s) - 1, Math.floor(s) - 1 + Math.floor(n));
      });
    case 'SEARCH':
    case 'FIND':
      return lift(args, (needle, haystack, start = 1) => {
        const [f, w] = [text(needle), text(haystack!)];
        const s = number(start);
        if (isError(f)) return f;
        if (isError(w)) return w;
        if (isError(s)) return s;
        if (s < 1 || s > w.length + 1) return VALUE;
        if (name === 'FIND') {
          const found = w.indexOf(f, s - 1);
          return found < 0 ? VALUE : found + 1;
        }
        const pattern = wildcard(f.toLowerCase());
        const lower = w.toLowerCase();
        for (let i = s - 1; i <= lower.length; i++) {
          pattern.lastIndex = i;
          if (pattern.test(lower)) return i + 1;
        }
        return VALUE;
      });
    case 'DATE':
      return lift(args, (y, m, d) => {
        const [year, month, day] = [number(y), number(m!), number(d!)];
        if (isError(year)) return year;
        if (isError(month)) return month;
        if (isError(day)) return day;
        return isoToExcelSerial(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`) - (ctx.date1904 ? 1462 : 0);
      });
    case 'TODAY':
      return isoToExcelSerial(ctx.today) - (ctx.date1904 ? 1462 : 0);
    default:
      throw new Error(`function ${name} is not implemented`);
  }
}

/** Formulas read, by their text: a rule is evaluated on every row of its range. */
const parsed = new Map<string, Node>();

/** The value of a formula ("=AND(...)") in a context of cells. */
export function evaluateFormula(formula: string, ctx: FormulaContext): Value {
  let node = parsed.get(formula);
  if (!node) {
    node = parse(tokenize(formula));
    if (parsed.size > 1000) parsed.clear();
    parsed.set(formula, node);
  }
  return evaluateNode(node, ctx);
}

/** What a conditional format does with a formula's value: it applies only on TRUE or a non-zero number. */
export function ruleApplies(formula: string, ctx: FormulaContext): boolean {
  const value = evaluateFormula(formula, ctx);
  if (isArray(value)) return ruleAppliesTo(value.array[0] ?? false);
  return ruleAppliesTo(value);
}

function ruleAppliesTo(value: Scalar): boolean {
  return value === true || (typeof value === 'number' && value !== 0);
}
