// The CSV writer's guarantees, one row per case: formula-starting text made inert and recoverable, numbers
// never escaped, RFC 4180 quoting (a bare "\n" quoted even with CRLF records, adaltas/node-csv#467), and the
// byte order mark of each profile.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { csvOptions, guardCell, guardRow, toCsv, unescapeRow, ESCAPED_COLUMN, type ColumnType } from '../src/emit/csv.js';

type Cell = string | number | null;

describe('guardCell', () => {
  it.each<[string, Cell, ColumnType, Cell, boolean]>([
    ['an equals sign', '=1+1', 'string', "'=1+1", true],
    ['a HYPERLINK formula', '=HYPERLINK("http://x","y")', 'string', `'=HYPERLINK("http://x","y")`, true],
    ['a plus sign', '+44 20 7946 0000', 'string', "'+44 20 7946 0000", true],
    ['a minus sign', '-5 staff', 'string', "'-5 staff", true],
    ['a bullet marker', '-', 'string', "'-", true],
    ['an at sign', '@SUM(A1:A2)', 'string', "'@SUM(A1:A2)", true],
    ['a tab', '\tx', 'string', "'\tx", true],
    ['a carriage return', '\rx', 'string', "'\rx", true],
    ['a line feed', '\nx', 'string', "'\nx", true],
    ['ordinary text', 'Cabinet Office', 'string', 'Cabinet Office', false],
    ['text with = inside', 'a = b', 'string', 'a = b', false],
    ['an apostrophe already there', "'quoted", 'string', "'quoted", false],
    ['a negative integer', -5, 'integer', -5, false],
    ['a negative number', -0.25, 'number', -0.25, false],
    ['an empty cell', null, 'string', null, false],
  ])('%s', (_, value, type, cell, escaped) => {
    expect(guardCell(value, type)).toEqual({ cell, escaped });
  });
});

describe('guardRow and unescapeRow', () => {
  const header = ['id', 'text', 'count', 'bullet'];
  const types: ColumnType[] = ['string', 'string', 'integer', 'string'];

  it.each<[string, Cell[], Cell[]]>([
    ['nothing to escape', ['a', 'plain', 3, null], ['a', 'plain', 3, null, '']],
    ['two escaped cells', ['a', '=SUM(1)', -3, '-'], ['a', "'=SUM(1)", -3, "'-", 'text bullet']],
  ])('%s', (_, row, guarded) => {
    expect(guardRow(header, types, row)).toEqual(guarded);
  });

  it('gets every row back through CSV text and a CSV parser', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('=1', '+1', '-', '@a', '\tb', '\rc', '\nd', "'e", 'f\ng', 'h\r\ni', '"j"', 'k,l'));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.option(text), fc.option(fc.integer({ min: -1e6, max: 1e6 })), fc.option(text))), (rows) => {
        // A CSV cannot tell an empty text from no value: both come back as null.
        const records = rows.map(([a, b, c, d]) => [a, b, c, d].map((v) => (v === '' ? null : v)) as Cell[]);
        const csv = toCsv([...header, ESCAPED_COLUMN], records.map((r) => guardRow(header, types, r)), { bom: false });
        const parsed: string[][] = parse(csv, { relax_column_count: false });
        expect(parsed[0]).toEqual([...header, ESCAPED_COLUMN]);
        expect(parsed.slice(1).map((f) => unescapeRow(parsed[0], types, f))).toEqual(records);
      }),
    );
  });

  it('refuses a header without the escaped column last', () => {
    expect(() => unescapeRow(['id', 'text'], ['string', 'string'], ['a', 'b'])).toThrow(/escaped/);
  });
});

describe('toCsv', () => {
  it.each<[string, Cell, string]>([
    ['a bare line feed', 'a\nb', '"a\nb"'],
    ['a bare carriage return', 'a\rb', '"a\rb"'],
    ['a CRLF', 'a\r\nb', '"a\r\nb"'],
    ['a comma', 'a,b', '"a,b"'],
    ['a double quote', 'say "yes"', '"say ""yes"""'],
    ['plain text', 'plain', 'plain'],
    ['a negative number', -12.5, '-12.5'],
    ['a large number', 1500000000, '1500000000'],
    ['no value', null, ''],
  ])('writes %s as one RFC 4180 field', (_, value, field) => {
    const csv = toCsv(['x', 'y'], [[value, 'end']], { bom: false });
    expect(csv).toBe(`x,y\r\n${field},end\r\n`);
    const parsed: string[][] = parse(csv);
    expect(parsed).toHaveLength(2);
    expect(parsed[1]).toEqual([value === null ? '' : String(value), 'end']);
  });

  it.each([
    ['excel', '\ufeffx\r\n'],
    ['rfc4180', 'x\r\n'],
  ] as const)('the %s profile starts the file as %j', (profile, start) => {
    expect(toCsv(['x'], [], csvOptions(profile))).toBe(start);
  });
});
