// Character references as HTML and Markdown write them: "&rsquo;" (named), "&#8217;" (decimal),
// "&#x2019;" (hexadecimal). The parsers decode them into the text nodes' values; the readers need to
// know how long each one is in the source, so that "Here&rsquo;s" maps "’" back to "&rsquo;".
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,8})|#([0-9]{1,9})|([A-Za-z][A-Za-z0-9]{0,31}));?/y;

// HTML maps these numeric references to the Windows-1252 characters they meant: "&#146;" is "’".
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(WINDOWS_1252[code] ?? code);
}

/** A reference found in the source: its length there and the text it stands for. */
export interface Reference {
  length: number;
  value: string;
}

/**
 * The reference that starts at `source[index]` and decodes to the text at `value[valueIndex]`, or
 * null. A name without ";" ("&copy2014") is tried from its longest prefix down, as HTML reads
 * legacy names; the decoded text must agree with the parser's, so a bare "&" in "R&D" is no reference.
 */
export function referenceAt(source: string, index: number, value: string, valueIndex: number): Reference | null {
  REFERENCE.lastIndex = index;
  const m = REFERENCE.exec(source);
  if (!m) return null;
  const terminated = m[0].endsWith(';');
  const agrees = (decoded: string) => value.startsWith(decoded, valueIndex);
  if (m[1] !== undefined || m[2] !== undefined) {
    const decoded = fromCodePoint(m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]));
    return agrees(decoded) ? { length: m[0].length, value: decoded } : null;
  }
  const name = m[3];
  if (terminated) {
    const decoded = decodeNamedCharacterReference(name);
    if (decoded !== false && agrees(decoded)) return { length: m[0].length, value: decoded };
  }
  for (let n = name.length; n >= 2; n--) {
    const decoded = decodeNamedCharacterReference(name.slice(0, n));
    if (decoded !== false && agrees(decoded)) return { length: n + 1, value: decoded };
  }
  return null;
}
