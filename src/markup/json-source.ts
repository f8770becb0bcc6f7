// JSON read with the place of every value kept, so that text inside a JSON string can be traced back
// into the .json file: in "body": "<p>Here\u2019s how</p>", the "’" of the decoded string sits at
// the "\u2019" escape of the file. JSON.parse keeps no places, hence this small reader (RFC 8259).
import type { OffsetMap } from './text-builder.js';

export type JsonNode =
  | { kind: 'object'; start: number; entries: Map<string, JsonNode> }
  | { kind: 'array'; start: number; items: JsonNode[] }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'scalar'; start: number; value: number | boolean | null };

export class JsonSyntaxError extends Error {
  constructor(
    readonly index: number,
    reason: string,
  ) {
    super(reason);
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
/** Deeper nesting than any Content API document has; it would only exhaust the stack. */
const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Parses a whole JSON text; throws JsonSyntaxError with the index of the first problem. */
export function parseJsonWithPlaces(source: string): JsonNode {
  let i = 0;
  const space = () => {
    while (i < source.length && ' \t\n\r'.includes(source[i])) i++;
  };
  const fail = (reason: string): never => {
    throw new JsonSyntaxError(i, reason);
  };
  const string = (): JsonNode => {
    const start = i++;
    let value = '';
    for (;;) {
      if (i >= source.length) fail('a string is not closed');
      const c = source[i];
      if (c === '"') break;
      if (c === '\\') {
        const e = source[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) fail('a \\u escape needs four hex digits');
          value += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
          i += 6;
        } else if (e !== undefined && e in ESCAPES) {
          value += ESCAPES[e];
          i += 2;
        } else fail('unknown escape in a string');
        continue;
      }
      // A run of plain characters is copied in one piece.
      let k = i;
      while (k < source.length && source[k] !== '"' && source[k] !== '\\' && source.charCodeAt(k) >= 0x20) k++;
      if (k === i) fail('a control character inside a string must be escaped');
      value += source.slice(i, k);
      i = k;
    }
    i++;
    return { kind: 'string', start, end: i, value };
  };
  let depth = 0;
  const value = (): JsonNode => {
    space();
    const c = source[i];
    const start = i;
    if ((c === '{' || c === '[') && depth >= MAX_DEPTH) fail(`the JSON nests deeper than ${MAX_DEPTH} levels`);
    if (c === '{' || c === '[') depth++;
    const node = container(c, start);
    if (c === '{' || c === '[') depth--;
    return node;
  };
  const container = (c: string, start: number): JsonNode => {
    if (c === '{') {
      i++;
      const entries = new Map<string, JsonNode>();
      space();
      if (source[i] === '}') {
        i++;
        return { kind: 'object', start, entries };
      }
      for (;;) {
        space();
        if (source[i] !== '"') fail('expected a quoted key');
        const key = string() as { value: string };
        space();
        if (source[i] !== ':') fail('expected ":" after a key');
        i++;
        entries.set(key.value, value());
        space();
        if (source[i] === ',') {
          i++;
          continue;
        }
        if (source[i] === '}') {
          i++;
          return { kind: 'object', start, entries };
        }
        fail('expected "," or "}" in an object');
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      space();
      if (source[i] === ']') {
        i++;
        return { kind: 'array', start, items };
      }
      for (;;) {
        items.push(value());
        space();
        if (source[i] === ',') {
          i++;
          continue;
        }
        if (source[i] === ']') {
          i++;
          return { kind: 'array', start, items };
        }
        fail('expected "," or "]" in an array');
      }
    }
    if (c === '"') return string();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (source.startsWith(word, i)) {
        i += word.length;
        return { kind: 'scalar', start, value: v };
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(source);
    if (m) {
      i += m[0].length;
      return { kind: 'scalar', start, value: Number(m[0]) };
    }
    return fail(i >= source.length ? 'the JSON ends too early' : `unexpected "${c}"`);
  };
  const root = value();
  space();
  if (i < source.length) fail('unexpected text after the JSON value');
  return root;
}

/** Where each character of a string node's decoded value sits in the file. */
export function stringOffsets(source: string, node: { start: number; end: number; value: string }): OffsetMap {
  const start = new Int32Array(node.value.length + 1);
  const end = new Int32Array(node.value.length + 1);
  let i = node.start + 1;
  for (let k = 0; k < node.value.length; k++) {
    const width = source[i] !== '\\' ? 1 : source[i + 1] === 'u' ? 6 : 2;
    start[k] = i;
    end[k] = i + width;
    i += width;
  }
  // One place past the last character: the closing quote.
  start[node.value.length] = i;
  end[node.value.length] = i;
  return { start, end };
}

/** The node at a path of keys and array indices, or undefined. */
export function at(node: JsonNode | undefined, ...path: Array<string | number>): JsonNode | undefined {
  let n = node;
  for (const key of path) {
    if (!n) return undefined;
    if (typeof key === 'number') n = n.kind === 'array' ? n.items[key] : undefined;
    else n = n.kind === 'object' ? n.entries.get(key) : undefined;
  }
  return n;
}
