// Tables as data: the number a cell holds, the grid layout (rowspan, colspan, header rows, row headers),
// each reader's tables (HTML, Content API JSON, Markdown pipe tables, plain-text pipe tables), captions,
// and generated tables that must come out cell for cell with exact provenance.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { processDocument } from '../src/pipeline.js';
import type { Doc, MarkupTable, Table } from '../src/model.js';
import { cellValue } from '../src/tables/cell-value.js';
import { layoutTable } from '../src/tables/layout.js';
import { splitPipeRow } from '../src/tables/pipe-text.js';
import { spanCount } from '../src/markup/table-recorder.js';
import { checkTableInvariants } from './table-checks.js';

const run = (text: string, path: string): Doc => processDocument(new TextEncoder().encode(text), { path });

/** A table's cells as "row,column text" lines, for compact comparisons. */
const grid = (t: Table) => t.cells.map((c) => `${c.row},${c.column}${c.rowSpan > 1 || c.colSpan > 1 ? ` ${c.rowSpan}x${c.colSpan}` : ''}${c.header ? ' H' : ''} ${c.text}`);
const cellAt = (t: Table, row: number, column: number) => t.cells.find((c) => c.row === row && c.column === column)!;

describe('the number written in a cell', () => {
  it.each<[string, number | null]>([
    ['+2,590', 2590],
    ['2,590', 2590],
    ['-1,545', -1545],
    ['\u22120.3', -0.3], // U+2212 MINUS SIGN
    ['\u20130.3', -0.3], // an en dash written as a minus
    ['12%', 12],
    ['12.8%', 12.8],
    ['(1.2)', -1.2], // accounting convention
    ['£1.55', 1.55],
    ['£3.7bn', 3.7], // the number as written; the unit is not applied
    ['-£4m', -4],
    ['0.0', 0],
    ['-0', 0],
    ['1,234.5', 1234.5],
    ['.5', 0.5],
    ['  640.2 ', 640.2],
    ['2017', 2017],
    ['2015-16', null],
    ['2012/13', null],
    ['n/a', null],
    ['-', null],
    ['', null],
    ['£720m-870m', null],
    ['46 (2)', null],
    ['(1.2', null],
    ['(-1.2)', null],
    ['+-3', null],
    ['1,2345', null],
    ['2,59', null],
    ['GDP', null],
    ['Q1', null],
  ])('%j → %j', (text, value) => {
    expect(cellValue(text)).toBe(value);
  });
});

/** A markup table from rows of "text" / "#text" (a header cell) / "text^2" (rowspan) / "text>2" (colspan). */
function markup(rows: string[][], headRows = 0): { table: Pick<MarkupTable, 'rows'>; texts: string[][] } {
  const texts: string[][] = [];
  const table = {
    rows: rows.map((row, r) => {
      texts.push([]);
      return {
        head: r < headRows,
        cells: row.map((spec) => {
          const m = /^(#?)(.*?)(?:\^(\d+))?(?:>(\d+))?$/.exec(spec)!;
          texts[r].push(m[2]);
          return { header: m[1] === '#', rowSpan: Number(m[3] ?? 1), colSpan: Number(m[4] ?? 1), span: { from: 0, to: 0 } };
        }),
      };
    }),
  };
  return { table, texts };
}

function layout(rows: string[][], headRows = 0) {
  const { table, texts } = markup(rows, headRows);
  return layoutTable(table, (r, k) => texts[r][k]);
}

describe('table layout', () => {
  it('places cells after row and column spans, as the HTML table model does', () => {
    const l = layout([
      ['#Area^2', '#£ million>2', '#Change^2'],
      ['#2016-17', '#2017-18'],
      ['#Roads', '1', '2', '3'],
    ], 2);
    expect(l.columns).toBe(4);
    expect(l.rows).toBe(3);
    expect(l.cells.map((c) => [c.text, c.row, c.column, c.rowSpan, c.colSpan])).toEqual([
      ['Area', 1, 1, 2, 1],
      ['£ million', 1, 2, 1, 2],
      ['Change', 1, 4, 2, 1],
      ['2016-17', 2, 2, 1, 1],
      ['2017-18', 2, 3, 1, 1],
      ['Roads', 3, 1, 1, 1],
      ['1', 3, 2, 1, 1],
      ['2', 3, 3, 1, 1],
      ['3', 3, 4, 1, 1],
    ]);
  });

  it('joins a header row spanning two levels into the column header: "£ million › 2016-17"', () => {
    const l = layout([
      ['#Area^2', '#£ million>2', '#Change^2'],
      ['#2016-17', '#2017-18'],
      ['#Roads', '+2,590', '2,410', '−0.3'],
    ], 2);
    const byText = Object.fromEntries(l.cells.map((c) => [c.text, c]));
    expect(byText['+2,590'].columnHeader).toBe('£ million › 2016-17');
    expect(byText['2,410'].columnHeader).toBe('£ million › 2017-18');
    expect(byText['−0.3'].columnHeader).toBe('Change');
    expect(byText['Roads'].columnHeader).toBe('Area');
    expect(byText['2016-17'].columnHeader).toBe('£ million');
    expect(byText['£ million'].columnHeader).toBeNull();
    expect(byText['+2,590'].rowHeader).toBe('Roads');
    expect(byText['+2,590'].value).toBe(2590);
    expect(byText['−0.3'].value).toBe(-0.3);
  });

  it('takes the leading rows of header cells as header rows when the table marks no head', () => {
    const l = layout([
      ['#', '#', '#Forecast>2'],
      ['#', '#2015', '#2016', '#2017'],
      ['#GDP', '2.2', '1.8', '2.0'],
      ['#Main components of GDP>4'],
      ['#Household consumption', '2.4', '3.0', '1.8'],
    ]);
    const at = (r: number, c: number) => l.cells.find((x) => x.row === r && x.column === c)!;
    expect(at(3, 2).columnHeader).toBe('2015');
    expect(at(3, 3).columnHeader).toBe('Forecast › 2016');
    expect(at(3, 4).columnHeader).toBe('Forecast › 2017');
    expect(at(3, 4).rowHeader).toBe('GDP');
    // A header cell across a body row is a row of its own, not a column header of the rows below.
    expect(at(5, 2).columnHeader).toBe('2015');
    expect(at(5, 2).rowHeader).toBe('Household consumption');
  });

  it('gives a rowspanned row header to every row it spans', () => {
    const l = layout([
      ['#Region', '#Quarter', '#Visits'],
      ['#Wales^2', 'Q1', '1,045'],
      ['Q2', '980'],
    ], 1);
    const q2 = l.cells.find((c) => c.text === 'Q2')!;
    expect([q2.row, q2.column]).toEqual([3, 2]);
    expect(l.cells.find((c) => c.text === '980')!.rowHeader).toBe('Wales');
  });

  it('stops a rowspan past the last row at the last row', () => {
    const l = layout([['a^5', 'b'], ['c']]);
    expect(l.cells[0].rowSpan).toBe(2);
    expect(l.cells.find((c) => c.text === 'c')!.column).toBe(2);
  });

  it('stops a colspan before a slot that a rowspan from above holds, so no slot has two cells', () => {
    const l = layout([['a', 'b^2'], ['c>3']]);
    expect(l.cells.find((c) => c.text === 'c')).toMatchObject({ row: 2, column: 1, colSpan: 1 });
    expect(l.columns).toBe(2);
  });

  // A budget's costings table: a row number, then the measure; a head across the whole row names a
  // group of rows ("Housing"), not a row.
  it('takes the cell after a row number as row header, past heads that span the whole row', () => {
    const l = layout([
      ['', '#Measure', '#2016-17'],
      ['#Housing>3'],
      ['1', 'Help to Buy: London', '-35'],
      ['17', 'Personal allowance', '-1,240'],
    ], 1);
    const of = (text: string) => l.cells.find((c) => c.text === text)!;
    expect(of('-35').rowHeader).toBe('Help to Buy: London');
    expect(of('-1,240').rowHeader).toBe('Personal allowance');
  });

  it('takes the first cell of the row as row header in a table without header cells in its body, unless it is a number', () => {
    const l = layout([
      ['#Year', '#Savings'],
      ['2012/13', '0.16'],
      ['70.5%', '£1.55'],
      ['', '4'],
    ], 1);
    const of = (text: string) => l.cells.find((c) => c.text === text)!;
    expect(of('0.16').rowHeader).toBe('2012/13');
    expect(of('£1.55').rowHeader).toBeNull();
    expect(of('4').rowHeader).toBeNull();
    expect(of('2012/13').rowHeader).toBeNull();
  });

  it('keeps empty cells, with no value, in their slot', () => {
    const l = layout([['#a', '#b', '#c'], ['x', '', 'z']], 1);
    expect(l.cells.map((c) => [c.text, c.column, c.value])).toEqual([['a', 1, null], ['b', 2, null], ['c', 3, null], ['x', 1, null], ['', 2, null], ['z', 3, null]]);
  });
});

describe('rowspan and colspan attributes', () => {
  it.each<[unknown, number]>([
    [undefined, 1],
    ['2', 2],
    [3, 3],
    ['0', 1],
    ['-4', 1],
    ['x', 1],
    ['2.7', 2],
    [100000, 1000], // HTML caps a span at 1000
  ])('%j → %i', (value, count) => {
    expect(spanCount(value)).toBe(count);
  });

  it('a huge colspan or rowspan does not blow the grid up', () => {
    const d = run('<h1>T</h1><table><tr><td colspan="100000" rowspan="65534">wide</td></tr><tr><td>x</td></tr></table>', 'huge.html');
    expect(cellAt(d.tables[0], 1, 1)).toMatchObject({ rowSpan: 2, colSpan: 1000 });
    // The spanned cell holds the first 1000 slots of row 2 as well, so "x" goes after them.
    expect([d.tables[0].rows, d.tables[0].columns]).toEqual([2, 1001]);
    expect(cellAt(d.tables[0], 2, 1001)).toMatchObject({ text: 'x' });
  });
});

describe('pipe rows', () => {
  it.each<[string, string[]]>([
    ['| a | b |', ['a', 'b']],
    ['a | b', ['a', 'b']],
    ['  a|b  |', ['a', 'b']],
    ['| a |  | c', ['a', '', 'c']],
    ['| a \\| b | c |', ['a \\| b', 'c']],
    ['|a|', ['a']],
  ])('%j → %j', (line, cells) => {
    expect(splitPipeRow(line)!.map(([f, t]) => line.slice(f, t))).toEqual(cells);
  });

  it('a line without a pipe is no row', () => {
    expect(splitPipeRow('Year 2012')).toBeNull();
  });
});

const BUDGET_LIKE = `<h1>Budget 2017</h1>
<h2>1. Economic context</h2>
<p>The economy grew by 1.8% in 2016.</p>
<h4>Table 1.1: Summary of the central forecast (1)</h4>
<table class="financial-data">
<thead>
<tr><th></th><th></th><th colspan="2">Forecast</th></tr>
<tr><th></th><th class="numeric">2016</th><th class="numeric">2017</th><th class="numeric">2018</th></tr>
</thead>
<tbody>
<tr><th>GDP</th><td class="numeric">1.8</td><td class="numeric">2.0</td><td class="numeric">1.6</td></tr>
<tr><th>Department for Transport</th><td class="numeric">-1,545</td><td class="numeric">+475</td><td class="numeric">&#8722;0.3</td></tr>
<tr><th>2015-16</th><td class="numeric">12%</td><td></td><td class="numeric">(1.2)</td></tr>
</tbody>
</table>
<h2>2. Policy decisions</h2>
<p>Costings reflect the latest determinants.</p>
`;

describe('HTML tables', () => {
  const doc = run(BUDGET_LIKE, 'budget.html');
  const [t] = doc.tables;

  it('finds the table, its caption from the "Table 1.1:" heading above it, and its section', () => {
    expect(doc.tables).toHaveLength(1);
    expect(t.id).toBe('t01');
    expect(t.rule).toBe('table-html');
    expect(t.caption).toBe('Table 1.1: Summary of the central forecast (1)');
    expect([t.rows, t.columns]).toEqual([5, 4]);
    expect(t.sectionId).toBe(doc.sections.find((s) => s.firstLine <= 10 && s.lastLine >= 10)?.id ?? null);
  });

  it('reads values and headers from the cells', () => {
    expect(cellAt(t, 4, 2)).toMatchObject({ text: '-1,545', value: -1545, columnHeader: '2016', rowHeader: 'Department for Transport', header: false });
    expect(cellAt(t, 4, 4)).toMatchObject({ text: '\u22120.3', value: -0.3, columnHeader: 'Forecast › 2018' });
    expect(cellAt(t, 5, 3)).toMatchObject({ text: '', value: null, rowHeader: '2015-16' });
    expect(cellAt(t, 5, 4).value).toBe(-1.2);
    expect(cellAt(t, 1, 3)).toMatchObject({ text: 'Forecast', colSpan: 2, header: true });
  });

  it('never makes a cell a unit or a heading ("Department for Transport", "2015-16")', () => {
    const units = doc.sections.map((s) => s.unit);
    for (const cell of t.cells) if (cell.text) expect(units, cell.text).not.toContain(cell.text);
    checkTableInvariants(doc);
  });

  it('keeps the entities of the cells', () => {
    const entities = doc.entities.map((e) => e.text);
    expect(entities).toContain('12%');
    expect(entities).toContain('Department for Transport');
  });

  it('points each cell at its place in the file', () => {
    const c = cellAt(t, 4, 3);
    expect(BUDGET_LIKE.slice(c.start!.offset, c.end!.offset)).toBe('+475');
    const minus = cellAt(t, 4, 4);
    expect(BUDGET_LIKE.slice(minus.start!.offset, minus.end!.offset)).toBe('&#8722;0.3');
  });

  it('reads a <caption>, a table inside a cell as a table of its own, and a cell outside any row', () => {
    const d = run('<h1>T</h1><table><caption> Staff by <b>grade</b> </caption><tr><td>a<table><tr><td>inner</td></tr></table></td><td>b</td></tr></table><table><td>lone</td></table>', 'nested.html');
    expect(d.tables.map((x) => x.caption)).toEqual(['Staff by grade', null, null]);
    expect(grid(d.tables[0])).toEqual(['1,1 a\ninner', '1,2 b']);
    expect(grid(d.tables[1])).toEqual(['1,1 inner']);
    expect(grid(d.tables[2])).toEqual(['1,1 lone']);
    checkTableInvariants(d);
  });

  it('leaves out a table in page chrome, and an empty table', () => {
    const d = run('<main><h1>T</h1><table></table><p>Text 5.</p></main><footer><table><tr><td>x</td></tr></table></footer>', 'chrome.html');
    expect(d.tables).toEqual([]);
  });
});

describe('Content API JSON tables', () => {
  it('reads the tables of details.body, with positions in the .json file', () => {
    const body = '<h2>Spending</h2><table><thead><tr><th>Year</th><th>£ million</th></tr></thead><tbody><tr><td>2016-17</td><td>+2,590</td></tr></tbody></table>';
    const json = JSON.stringify({ title: 'Budget', details: { body } });
    const doc = run(json, 'budget.json');
    expect(doc.tables).toHaveLength(1);
    const c = cellAt(doc.tables[0], 2, 2);
    expect(c).toMatchObject({ text: '+2,590', value: 2590, columnHeader: '£ million', rowHeader: '2016-17' });
    expect(json.slice(c.start!.offset, c.end!.offset)).toBe('+2,590');
    checkTableInvariants(doc);
  });
});

const KRAMDOWN = `# Channel shift

## Savings

Table 4: Estimated cumulative savings (£ billions) by year
{: .fig #fig-11}

Year    | Cumulative savings (£ billions)
------- | ------------------------------
2012/13 | 0.16
2013/14 | **0.48**
{: .horizontal-bar-chart .no-key}

| User group | % online |
| -----------|----------|
| Male       |  84%     |
| -----------|----------|
| 16-24      |          |
| -----------|----------|
| Costs      | £8.62 per visit<br/>£2.83 per call |
`;

describe('Markdown pipe tables', () => {
  const doc = run(KRAMDOWN, 'report.md');

  it('reads a table without outer pipes, and its caption from the line above, without its attribute list', () => {
    const t = doc.tables[0];
    expect(t.rule).toBe('table-markdown');
    expect(t.caption).toBe('Table 4: Estimated cumulative savings (£ billions) by year');
    expect(grid(t)).toEqual(['1,1 H Year', '1,2 H Cumulative savings (£ billions)', '2,1 2012/13', '2,2 0.16', '3,1 2013/14', '3,2 0.48']);
    expect(cellAt(t, 3, 2)).toMatchObject({ value: 0.48, columnHeader: 'Cumulative savings (£ billions)', rowHeader: '2013/14' });
  });

  it('drops kramdown separator rows and the attribute list after a table; keeps empty cells and <br/> line breaks', () => {
    const t = doc.tables[1];
    expect(t.caption).toBeNull();
    expect(grid(t)).toEqual(['1,1 H User group', '1,2 H % online', '2,1 Male', '2,2 84%', '3,1 16-24', '3,2 ', '4,1 Costs', '4,2 £8.62 per visit\n£2.83 per call']);
    expect(doc.text).not.toContain('{: .horizontal-bar-chart');
    expect(doc.text).not.toContain('-----');
  });

  it('reads a kramdown table without a header separator (every line starting with a pipe), not a line with a pipe in prose', () => {
    const md = '# Costs\n\n| Cabinet Office | 12 |\n| Home Office    | 8  |\n\n| Area | Cost |\n|------|------|\n| DfT  | £4m  |\n|======|======|\n| All  | £4m  |\n\nWe spent £4m | in total.\n';
    const d = run(md, 'kramdown.md');
    expect(d.tables.map(grid)).toEqual([
      ['1,1 Cabinet Office', '1,2 12', '2,1 Home Office', '2,2 8'],
      ['1,1 H Area', '1,2 H Cost', '2,1 DfT', '2,2 £4m', '3,1 All', '3,2 £4m'],
    ]);
    expect(cellAt(d.tables[0], 2, 2)).toMatchObject({ value: 8, rowHeader: 'Home Office', columnHeader: null });
    checkTableInvariants(d);
  });

  it('keeps exact provenance for every cell and never makes a cell a heading', () => {
    checkTableInvariants(doc);
    const c = cellAt(doc.tables[0], 3, 2);
    expect(KRAMDOWN.slice(c.start!.offset, c.end!.offset)).toBe('0.48');
  });
});

const TEXT_PAGE = `Digital services
Department for Education
Progress during 2016
Table 3: Transactions by channel
| Service          | Online | Post |
|------------------|-------:|-----:|
| Student finance  | 1,250  |      |
| Teacher services | 85     | 4    |
Most transactions were online.
Home Office
Progress during 2016
Route   | 2015
------- | -----
Visit   | 2,100
{: .table}
Study   | +450
`;

describe('plain-text pipe tables', () => {
  const doc = run(TEXT_PAGE, 'page.txt');

  it('reads tables with and without outer pipes, up to a line without a pipe or an attribute list', () => {
    expect(doc.tables.map((t) => [t.rule, t.caption, t.rows, t.columns])).toEqual([
      ['table-text', 'Table 3: Transactions by channel', 3, 3],
      ['table-text', null, 2, 2],
    ]);
    expect(cellAt(doc.tables[0], 2, 3)).toMatchObject({ text: '', value: null, columnHeader: 'Post', rowHeader: 'Student finance' });
    expect(cellAt(doc.tables[1], 2, 2)).toMatchObject({ text: '2,100', value: 2100, columnHeader: '2015', rowHeader: 'Visit' });
  });

  it('keeps units and phases as they were, and the cells exact', () => {
    // The title before the first unit is the preamble, section u00, with no phase.
    expect(doc.sections.map((s) => `${s.unit} / ${s.phase}`)).toEqual(['Digital services / null', 'Department for Education / Progress during 2016', 'Home Office / Progress during 2016']);
    checkTableInvariants(doc);
  });

  it('needs a delimiter row of as many cells as the header: "a | b" lines alone are no table', () => {
    expect(run('Title\nUnit A\nProgress during 2013\nA | B\nC | D\n', 'x.txt').tables).toEqual([]);
    expect(run('Title\nA | B | C\n--- | ---\n1 | 2\n', 'x.txt').tables).toEqual([]);
  });
});

describe('plain-text tables separated by tabs', () => {
  const page = 'Single departmental plan\nUpdated 14 December 2017\nTable 1: Pupils by phase (thousands)\nPhase\t2016\t2017\nPrimary\t4,615\t4,689\nSecondary\t3,193\t3,223\nThe numbers rose.\n';
  const doc = run(page, 'plan.txt');

  it('reads lines with the same number of tab-separated cells as one table, its caption the line above', () => {
    expect(doc.tables.map((t) => [t.rule, t.caption, t.rows, t.columns])).toEqual([['table-text', 'Table 1: Pupils by phase (thousands)', 3, 3]]);
    expect(cellAt(doc.tables[0], 2, 2)).toMatchObject({ text: '4,615', value: 4615, columnHeader: '2016', rowHeader: 'Primary' });
    checkTableInvariants(doc);
    // The caption's unit scales the cells: thousands of pupils.
    expect(doc.entities.filter((e) => e.type === 'number').map((e) => [e.text, e.value])).toContainEqual(['4,615', 4615000]);
  });

  it('needs two lines or more with the same number of cells', () => {
    expect(run('Title\nA line with\ta tab.\nAnother line.\n', 'x.txt').tables).toEqual([]);
    expect(run('Title\nA\tB\nC\tD\tE\n', 'x.txt').tables).toEqual([]);
  });
});

describe('plain-text tables laid out with spaces', () => {
  const page = [
    'Annual report 2014-15',
    'Table 2: Spending by programme (£000)',
    'Programme                  2013-14      2014-15',
    'Local Growth Fund          -            482,000',
    'Enterprise Zones           41,250        38,900',
    'Total                      871,350    1,360,650',
    'Spending rose.',
    '',
  ].join('\n');
  const doc = run(page, 'report.txt');

  it('reads three lines or more whose cells line up in columns, one of amounts, as a table', () => {
    expect(doc.tables.map((t) => [t.rule, t.caption, t.rows, t.columns])).toEqual([['table-text', 'Table 2: Spending by programme (£000)', 4, 3]]);
    expect(cellAt(doc.tables[0], 3, 3)).toMatchObject({ text: '38,900', value: 38900, columnHeader: '2014-15', rowHeader: 'Enterprise Zones' });
    checkTableInvariants(doc);
    // The caption's unit scales the cells, whichever way a column is aligned.
    expect(doc.entities.filter((e) => e.type === 'money').map((e) => [e.text, e.value])).toEqual([
      ['482,000', 482000000], ['41,250', 41250000], ['38,900', 38900000], ['871,350', 871350000], ['1,360,650', 1360650000],
    ]);
  });

  it('reads no prose with two spaces after its full stops, and no columns without amounts', () => {
    expect(run('Title\nWe met.  Then we left.\nThey met.  Then they left.\nShe met.  Then she left.\n', 'x.txt').tables).toEqual([]);
    expect(run('Title\nName          Role\nJane Smith    Director\nTom Reed      Chair\n', 'x.txt').tables).toEqual([]);
    expect(run('Title\nA    1\nB  2\nC        3\n', 'x.txt').tables).toEqual([]);
  });
});

describe('generated tables come out cell for cell', () => {
  const text = fc.constantFrom('Cabinet Office', '2015-16', '+2,590', '−0.3', '12%', '(1.2)', 'n/a', '', 'R&D', 'café 😀', 'Progress during 2014', 'Action 3: skills', '£1.5m', '0.16');
  const htmlText = (t: string) => t.replace(/&/g, '&amp;');
  // Rows of cells: [text, header, rowSpan, colSpan].
  const cellGen = fc.tuple(text, fc.boolean(), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }));
  const rowsGen = fc.array(fc.array(cellGen, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });

  it('HTML with random row and column spans, head rows and empty cells', () => {
    fc.assert(
      fc.property(rowsGen, fc.integer({ min: 0, max: 2 }), fc.constantFrom('\n', '\r\n', ''), (rows, headRows, gap) => {
        const tr = (row: typeof rows[number]) =>
          `<tr>${row.map(([t, h, rs, cs]) => `<${h ? 'th' : 'td'}${rs > 1 ? ` rowspan="${rs}"` : ''}${cs > 1 ? ` colspan=${cs}` : ''}> ${htmlText(t)}${gap}</${h ? 'th' : 'td'}>`).join(gap)}</tr>`;
        const head = rows.slice(0, headRows);
        const body = rows.slice(headRows);
        const html = `<h1>Tables</h1>${gap}<p>We hired 5 people.</p><table>${head.length ? `<thead>${head.map(tr).join(gap)}</thead>` : ''}<tbody>${body.map(tr).join(gap)}</tbody></table><p>After 3 years.</p>`;
        const doc = run(html, 'generated.html');
        const cells = rows.flat();
        expect(doc.tables).toHaveLength(1);
        expect(doc.tables[0].cells.map((c) => c.text)).toEqual(cells.map(([t]) => t));
        expect(doc.tables[0].cells.map((c) => c.header)).toEqual(cells.map(([, h]) => h));
        checkTableInvariants(doc);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('Markdown and plain text, with and without outer pipes', () => {
    const mdText = fc.constantFrom('Cabinet Office', '2015-16', '+2,590', '−0.3', '12%', '(1.2)', 'n/a', 'R&D', 'café 😀', '£1.5m', '0.16', 'x');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((width) => fc.tuple(fc.constant(width), fc.array(fc.array(mdText, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 }))),
        fc.boolean(),
        fc.constantFrom('report.md', 'report.txt'),
        fc.constantFrom('\n', '\r\n'),
        ([width, rows], outer, path, eol) => {
          const line = (cells: string[]) => (outer ? `| ${cells.join(' | ')} |` : cells.join(' | '));
          const table = [line(rows[0]), line(new Array(width).fill('---')), ...rows.slice(1).map(line)];
          // A one-column table without outer pipes has no pipe at all: it is no table.
          const isTable = outer || width > 1;
          const text = ['Title', '', 'Department for Transport', '', 'Progress during 2014', '', ...table, '', 'We hired 5 people.', ''].join(eol);
          const doc = run(text, path);
          if (!isTable) return;
          expect(doc.tables).toHaveLength(1);
          expect(doc.tables[0].cells.map((c) => c.text)).toEqual(rows.flat());
          expect([doc.tables[0].rows, doc.tables[0].columns]).toEqual([rows.length, width]);
          expect(doc.tables[0].sectionId).toBe(doc.sections.find((s) => s.phase === 'Progress during 2014')?.id);
          checkTableInvariants(doc);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
