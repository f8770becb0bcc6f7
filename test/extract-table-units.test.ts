// Table cells read in the unit their table states once: in a column head, a row head, the top-left
// cell or the caption (src/tables/header-unit.ts, src/extract/table-cells.ts). Before this rule every
// such cell came out as a bare number ("0.16" under "(£ billions)" → 0.16), and a signed cell
// ("-1,545") as nothing at all.
import { describe, expect, it } from 'vitest';
import { headerUnit } from '../src/tables/header-unit.js';
import { runText } from './helpers.js';

describe('the unit a head or caption states', () => {
  it.each<[string, ReturnType<typeof headerUnit>]>([
    ['£ million', { kind: 'money', currency: 'GBP', scale: 1e6 }],
    ['£m', { kind: 'money', currency: 'GBP', scale: 1e6 }],
    ['Cumulative savings (£ billions)', { kind: 'money', currency: 'GBP', scale: 1e9 }],
    ['Table 1: Spring Budget 2017 policy decisions (£ million) (1)', { kind: 'money', currency: 'GBP', scale: 1e6 }],
    ['Potential cost savings (bn)', { kind: 'number', scale: 1e9 }],
    ['Transactions (millions)', { kind: 'number', scale: 1e6 }],
    ['Visitors (thousands)', { kind: 'number', scale: 1e3 }],
    ['Spending (€m)', { kind: 'money', currency: 'EUR', scale: 1e6 }],
    // Thousands of pounds, as accounts write them.
    ['Table 5: Expenditure by programme (£000)', { kind: 'money', currency: 'GBP', scale: 1e3 }],
    ["Net cost £'000", { kind: 'money', currency: 'GBP', scale: 1e3 }],
    ['Savings £bn', { kind: 'money', currency: 'GBP', scale: 1e9 }],
    ['Cost (£)', { kind: 'money', currency: 'GBP', scale: 1 }],
    ['%', { kind: 'percent', scale: 1 }],
    ['Per cent', { kind: 'percent', scale: 1 }],
    ['Share of adults (%)', { kind: 'percent', scale: 1 }],
    ['% of adults online', { kind: 'percent', scale: 1 }],
    // Not units: a "%" in running words, a bracket of words, a footnote marker, a footnote letter.
    ['Sensitivity to % digital take-up assumptions', null],
    ['Est. savings (cost recovery % )', null],
    ['Total policy decisions (1)', null],
    ['Notes (b)', null],
    ['2017-18', null],
    ['Department', null],
  ])('%s', (text, unit) => {
    expect(headerUnit(text)).toEqual(unit);
  });
});

interface Seen { type: string; text: string; value: unknown; valueEnd?: number; currency?: string }

function cellEntities(markdown: string): Seen[] {
  const doc = runText(markdown, 'test.md');
  const cells = doc.tables.flatMap((t) => t.cells.filter((c) => !c.header));
  return doc.entities
    .filter((e) => cells.some((c) => c.span.from <= e.span.from && e.span.to <= c.span.to))
    .filter((e) => ['number', 'money', 'percent'].includes(e.type))
    .map((e) => ({ type: e.type, text: e.text, value: e.value, ...(e.valueEnd !== undefined ? { valueEnd: e.valueEnd } : {}), ...(e.currency ? { currency: e.currency } : {}) }));
}

const money = (text: string, value: number, currency = 'GBP'): Seen => ({ type: 'money', text, value, currency });
const num = (text: string, value: number): Seen => ({ type: 'number', text, value });
const pct = (text: string, value: number): Seen => ({ type: 'percent', text, value });

describe('cells read in their table’s unit', () => {
  it.each<[string, string, Seen[]]>([
    [
      'a caption in £ million, signed cells',
      'Table 1: Policy decisions (£ million)\n\n| | 2017-18 | 2018-19 |\n|---|---|---|\n| Total | -1,545 | +475 |\n',
      [money('-1,545', -1545000000), money('+475', 475000000)],
    ],
    [
      'a column head in £ billions',
      'Figure 11: Estimated cumulative savings by year\n\n| Year | Cumulative savings (£ billions) |\n|---|---|\n| 2012/13 | 0.16 |\n| 2013/14 | 0.48 |\n',
      [money('0.16', 160000000), money('0.48', 480000000)],
    ],
    [
      'a scale alone in the head, the currency in the cell',
      'Figure 20: Sensitivity\n\n| % used | Potential cost savings (bn) |\n|---|---|\n| 70.5% | £1.55 |\n',
      [pct('70.5%', 70.5), money('£1.55', 1550000000)],
    ],
    [
      'a scale alone: numbers in millions',
      '| Department | Transactions (millions) |\n|---|---|\n| Home Office | 16.1 |\n| Cabinet Office | 0.6 |\n',
      [num('16.1', 16100000), num('0.6', 600000)],
    ],
    [
      'the unit in the top-left cell',
      '| Savings by department (£m) | Public Spending | Total |\n|---|---|---|\n| HMRC | 255 | 0 |\n',
      [money('255', 255000000), money('0', 0)],
    ],
    [
      'a percent head',
      '| Group | % |\n|---|---|\n| All adults | 98.5 |\n',
      [pct('98.5', 98.5)],
    ],
    [
      'a count column under a caption in per cent stays a count',
      'Table 2: Adults online (%)\n\n| Group | n | Online |\n|---|---|---|\n| All | 1,298 | 87 |\n',
      [num('1,298', 1298), pct('87', 87)],
    ],
    [
      'a cell with its own scale keeps it',
      'Table 3: Costs (£ million)\n\n| Body | Cost |\n|---|---|\n| HMRC | £3.7bn |\n',
      [money('£3.7bn', 3700000000)],
    ],
    [
      'no unit: a signed cell is a signed number, an unsigned one unchanged',
      '| Measure | Change | Level | Net |\n|---|---|---|---|\n| Staff | -165 | 40 | (1.2) |\n',
      [num('-165', -165), num('40', 40), num('(1.2)', -1.2)],
    ],
    [
      'a range cell under a money head: both ends in the unit',
      '| Department | Savings range (£m) |\n|---|---|\n| HMRC | 410-650 |\n| DWP | 1,658-2,600 |\n| MoJ | £120m to £170m |\n',
      [
        { ...money('410-650', 410000000), valueEnd: 650000000 },
        { ...money('1,658-2,600', 1658000000), valueEnd: 2600000000 },
        { ...money('£120m to £170m', 120000000), valueEnd: 170000000 },
      ],
    ],
    [
      'range cells under a percent head and a scale',
      '| Group | Share (%) | Users (millions) |\n|---|---|---|\n| Adults | 10-15 | 2.1-2.5 |\n',
      [{ ...pct('10-15', 10), valueEnd: 15 }, { ...num('2.1-2.5', 2100000), valueEnd: 2500000 }],
    ],
    [
      'a caption in thousands of pounds',
      'Table 5: Expenditure by programme (£000)\n\n| Programme | 2013-14 |\n|---|---|\n| Licensing | 48,215 |\n| Income | (58,940) |\n',
      [money('48,215', 48215000), money('(58,940)', -58940000)],
    ],
    [
      'a range cell with no unit stays a range of numbers',
      '| Group | Age |\n|---|---|\n| Young adults | 16-24 |\n',
      [{ ...num('16-24', 16), valueEnd: 24 }],
    ],
  ])('%s', (_name, markdown, expected) => {
    expect(cellEntities(markdown)).toEqual(expected);
  });

  it('reads no amount in the unit "£000" itself', () => {
    const doc = runText('Table 5: Expenditure by programme (£000)\n\n| Programme | £000 |\n|---|---|\n| Licensing | 48,215 |\n', 'test.md');
    expect(doc.entities.filter((e) => e.type === 'money').map((e) => e.text)).toEqual(['48,215']);
  });

  // A first column that numbers the rows (an empty head, whole numbers rising down the table) is in no
  // unit: the rows a budget's text points to with "(4)".
  it('reads the numbers of a row-number column as plain numbers, not in the caption’s unit', () => {
    const doc = runText('Table 3.1: Policy decisions (£ million)\n\n| | Measure | 2016-17 |\n|---|---|---|\n| 1 | Help to Buy | -35 |\n| 4 | Stamp Duty | +575 |\n| 17 | Personal allowance | -1,240 |\n', 'test.md');
    expect(doc.entities.filter((e) => e.type === 'money' || e.type === 'number').map((e) => `${e.type} ${e.text} ${e.value}`)).toEqual([
      'number 3.1 3.1', 'number 1 1', 'money -35 -35000000', 'number 4 4', 'money +575 575000000', 'number 17 17', 'money -1,240 -1240000000',
    ]);
  });

  // A footnote reference is written as its label ("45[^1]" → "451"): a mark, not a digit of the amount,
  // and not part of the name a row head gives the cells of its row.
  it('reads a cell with a note mark without the mark: its value, its amount and the row head it gives', () => {
    const doc = runText('| Department | Cost (£m) | Saving (£) |\n|---|---|---|\n| DWP[^3] | 45[^1] | 8.80[^2] |\n\n[^1]: Estimate.\n[^2]: Per transaction.\n[^3]: With its agencies.\n', 'test.md');
    const row = doc.tables[0].cells.filter((c) => c.row === 2);
    expect(row.map((c) => [c.text, c.value, c.rowHeader])).toEqual([['DWP3', null, null], ['451', 45, 'DWP'], ['8.802', 8.8, 'DWP']]);
    expect(doc.entities.filter((e) => e.type === 'money').map((e) => `${e.text} ${e.value}`)).toEqual(['45 45000000', '8.80 8.8']);
  });

  it('leaves a year in a cell a date, whatever the caption says', () => {
    const doc = runText('Table 4: Spending by year (£m)\n\n| Year | Spending |\n|---|---|\n| 2013 | 45 |\n', 'test.md');
    const year = doc.entities.find((e) => e.text === '2013');
    expect(year?.type).toBe('date');
    expect(doc.entities.find((e) => e.text === '45')).toMatchObject({ type: 'money', value: 45000000, currency: 'GBP' });
  });
});

describe('a column of names', () => {
  const programmes = (markdown: string) => runText(markdown, 'test.md').entities.filter((e) => e.type === 'programme').map((e) => `${e.text} ${e.rule}`);

  it('reads a cell under a column headed Service, Exemplar or Transaction as a programme whatever its case', () => {
    expect(programmes("| Exemplar | Department | Stage |\n|---|---|---|\n| Register to vote | Cabinet Office | Beta |\n| Lasting power of attorney | Ministry of Justice | Live |\n| Carer's Allowance | DWP | Alpha |\n")).toEqual([
      'Register to vote programme.table-column', 'Lasting power of attorney programme.table-column', "Carer's Allowance programme.name-head",
    ]);
  });

  it('reads a body found from its head word alone under a Service column as the service', () => {
    expect(programmes('| Service | Department |\n|---|---|\n| Student Finance | DfE |\n')).toEqual(['Student Finance programme.table-column']);
  });

  it('leaves a column of other things, and a body or place under a name column, as read', () => {
    expect(programmes('| Benefit | n |\n|---|---|\n| Greater satisfaction | 8 |\n')).toEqual([]);
    expect(programmes('| Service | Online |\n|---|---|\n| Companies House | 12 |\n| Newport | 4 |\n')).toEqual([]);
  });
});
