// The readers for HTML, Markdown and GOV.UK Content API JSON: the lines they make of small hand-written
// inputs, acronyms from <abbr title>, what Content API fields become, provenance into each source, and
// the seed page rendered as HTML, Markdown and Content API JSON reading exactly as its plain text does.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import remarkParse from 'remark-parse';
import type { Nodes } from 'hast';
import { checkOutline, FIXTURES, lineOwners, runFile, runText, codePoints, sliceCodePoints } from './helpers.js';
import type { Doc, Point } from '../src/model.js';
import { sourceEnd, sourceStart } from '../src/text/source-map.js';

const lines = (doc: Doc) => doc.lines.map((l) => l.content);

// ---------------------------------------------------------------------------------------------------
// Oracles for provenance, independent of the readers: parse5 (through rehype) decodes the HTML slice,
// JSON.parse the JSON string slice.

const fragment = unified().use(rehypeParse, { fragment: true });
const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ').trim();

/** The visible text of an HTML slice: tags stripped, references decoded, whitespace collapsed. */
function visibleHtml(slice: string): string {
  let out = '';
  const walk = (node: Nodes) => {
    if (node.type === 'text') out += node.value;
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(fragment.parse(slice));
  return collapse(out);
}

/** The visible text of a Markdown slice: "\*" is "*", emphasis and link syntax go, whitespace collapses. */
function visibleMarkdown(slice: string): string {
  return collapse(slice.replace(/\\([!-/:-@[-`{-~])|\]\([^)]*\)|[*_[\]]+/g, (_m, escaped: string | undefined) => escaped ?? ''));
}

/** A slice from inside a JSON string, unescaped. */
function unescapeJson(slice: string): string {
  return JSON.parse(`"${slice}"`) as string;
}

/** Line and column agree with the offset (all in code points, lines ended by \r\n, \n or \r). */
function expectPointAgrees(source: string, point: Point): void {
  // Line starts, in code points, of the source: "\n", "\r\n" and a lone "\r" end a line.
  const chars = codePoints(source);
  if (lineStartsOf?.source !== source) {
    const starts = [0];
    chars.forEach((c, i) => {
      if (c === '\n' || (c === '\r' && chars[i + 1] !== '\n')) starts.push(i + 1);
    });
    lineStartsOf = { source, starts };
  }
  const { starts } = lineStartsOf;
  // The last line start at or before the offset (a break at the offset itself ends the line later).
  let line = 0;
  for (let lo = 0, hi = starts.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= point.offset) [line, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  expect({ line: point.line, column: point.column }).toEqual({ line: line + 1, column: point.offset - starts[line] + 1 });
}

let lineStartsOf: { source: string; starts: number[] } | null = null;

function expectProvenance(doc: Doc, visible: (slice: string) => string): void {
  const items = [...doc.sentences, ...doc.entities];
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    const slice = sliceCodePoints(doc.raw, item.start!.offset, item.end!.offset);
    expect(visible(slice), `${item.id} "${item.text}"`).toBe(collapse(item.text));
  }
  for (const item of doc.entities) {
    expectPointAgrees(doc.raw, item.start!);
    expectPointAgrees(doc.raw, item.end!);
  }
}

// ---------------------------------------------------------------------------------------------------

describe('HTML reader: one line per heading, paragraph or list item', () => {
  it.each([
    ['headings and paragraphs', '<h1>Title</h1><h2>Cabinet Office</h2><h3>Progress during 2014</h3><p>We hired 5 people.</p>', ['Title', 'Cabinet Office', 'Progress during 2014', 'We hired 5 people.']],
    ['list items as "- " lines', '<p>We did:</p><ul><li>one</li><li><p>two</p></li></ul><ol><li>three</li></ol>', ['We did:', '- one', '- two', '- three']],
    ['a nested list item on its own line', '<ul><li>outer<ul><li>inner</li></ul></li></ul>', ['- outer', '- inner']],
    ['inline markup and links stay in one line', '<p>The <strong>Government</strong> <a href="/gds">Digital <em>Service</em></a> met.</p>', ['The Government Digital Service met.']],
    ['whitespace across source lines collapses', '<p>hired\n     five\r\n  people  </p>', ['hired five people']],
    ['character references decode', '<p>Here&rsquo;s R&amp;D at &pound;5&nbsp;million&#8212;now &#x201C;live&#x201D; &copy2014</p>', ['Here’s R&D at £5\u00a0million—now “live” ©2014']],
    ['script, style, template and noscript are not read', '<p>a</p><script>var x = "2014";</script><style>p{}</style><template><p>t</p></template><noscript>n</noscript><p>b</p>', ['a', 'b']],
    ['nav, aside, page header and page footer are not read', '<body><header>GOV.UK</header><nav>Home</nav><p>a</p><aside>Related</aside><footer>Crown copyright</footer></body>', ['a']],
    ['GOV.UK chrome by class and role is not read', '<div class="gem-c-contents-list"><p>Contents</p></div><div class="govuk-breadcrumbs__list">Home</div><div role="navigation">x</div><p>a</p>', ['a']],
    ['hidden and visually hidden text is not read', '<p hidden>x</p><p aria-hidden="true">y</p><p>a<span class="govuk-visually-hidden"> (opens in new tab)</span></p>', ['a']],
    ['only <main> is read when there is one', '<body><p>Outside</p><main><p>Inside</p></main><p>After</p></body>', ['Inside']],
    ['a header or footer inside <main> is content', '<main><header><h1>Title</h1></header><p>a</p><footer><p>Published 1 May 2014</p></footer></main>', ['Title', 'a', 'Published 1 May 2014']],
    ['a page-level header holding the h1 is content', '<body><header class="page-header"><h1>Title</h1></header><p>a</p></body>', ['Title', 'a']],
    ['<br> ends a line', '<p>10 Downing Street<br>London</p>', ['10 Downing Street', 'London']],
    ['a <dt> and its <dd> make one line', '<dl><dt>Updated</dt><dd>16 January 2015</dd></dl>', ['Updated 16 January 2015']],
    ['table cells are lines of their own', '<table><tr><th>Department</th><th>Staff</th></tr><tr><td>DfT</td><td>12</td></tr></table>', ['Department', 'Staff', 'DfT', '12']],
    ['empty blocks make no lines', '<p> </p><div><p></p></div><p>a</p><ul><li> </li></ul>', ['a']],
  ])('%s', (_name, html, expected) => {
    expect(lines(runText(html, 'page.html'))).toEqual(expected);
  });
});

describe('Markdown reader: one line per heading, paragraph or list item', () => {
  it.each([
    ['ATX headings and paragraphs', '# Title\n\n## Cabinet Office\n\n### Progress during 2014\n\nWe hired 5 people.\n', ['Title', 'Cabinet Office', 'Progress during 2014', 'We hired 5 people.']],
    ['setext headings', 'Title\n=====\n\nCabinet Office\n--------------\n\nText.\n', ['Title', 'Cabinet Office', 'Text.']],
    ['every list marker becomes "- "', '* one\n* two\n\n1. three\n2. four\n\n+ five\n', ['- one', '- two', '- three', '- four', '- five']],
    ['a nested list item on its own line', '- outer\n  - inner\n', ['- outer', '- inner']],
    ['a paragraph wrapped over lines is one line', 'We hired\nfive people\r\nin 2014.\n', ['We hired five people in 2014.']],
    ['emphasis, links and code keep their text', 'The **Government** [Digital *Service*](https://gds.blog.gov.uk) ran `GOV.UK`.\n', ['The Government Digital Service ran GOV.UK.']],
    ['escapes and references decode', 'R&amp;D \\* cross-departmental \\_work\\_ &pound;5\n', ['R&D * cross-departmental _work_ £5']],
    ['a block quote is read without its markers', '> quoted\n> text\n', ['quoted text']],
    ['raw HTML is not shown', '<div class="x">\n\n# Title\n\n</div>\n\nText with <span>inline</span> HTML.\n', ['Title', 'Text with inline HTML.']],
    ['footnotes: a reference shows its label, each definition is a line of its own', 'Adults online rose.[^1] Most agreed.[^2]\n\n[^1]: Ofcom, Communications Market Report, August 2012\n[^2]: GDS, Digital Landscape Research, November 2012\n', ['Adults online rose.1 Most agreed.2', 'Ofcom, Communications Market Report, August 2012', 'GDS, Digital Landscape Research, November 2012']],
    ['a Jekyll front matter is settings, not text', '---\nlayout: report\ntitle: "Progress"\n---\n\n##01 Introduction\n\nText.\n', ['01 Introduction', 'Text.']],
  ])('%s', (_name, markdown, expected) => {
    expect(lines(runText(markdown, 'page.md'))).toEqual(expected);
  });

  it('reads a footnote reference as a note mark and each note as a source note', () => {
    const doc = runText('##03 Who needs help\n\nAbout 20% of adults[^4] are offline, as in November 2012[^3].\n\n##04 Sources\n\n[^3]: GDS, Digital Landscape Research, November 2012\n[^4]: Ofcom, Communications Market Report, August 2012\n', 'page.md');
    const seen = doc.entities.map((e) => `${e.type} ${e.text}`);
    expect(seen).toEqual(expect.arrayContaining(['date November 2012', 'programme Digital Landscape Research', 'programme Communications Market Report']));
    expect(seen.filter((e) => /^number [34]$/.test(e))).toEqual([]);
  });

  it("takes a front matter's title and date for the document's", () => {
    const doc = runText('---\nlayout: report\ntitle: "Digital strategy: progress report, January to March 2014"\ndate: 2014-04-15\n---\n\n##01 Introduction\n\nDWP grew this quarter.\n\n##02 Department for Work and Pensions\n\nDWP will publish its plan.\n', 'page.md');
    expect([doc.title, doc.metadata.firstPublishedAt]).toEqual(['Digital strategy: progress report, January to March 2014', '2014-04-15']);
    expect(doc.entities.find((e) => e.text === 'this quarter')).toMatchObject({ value: '2014-Q1', anchor: 'period' });
    expect(doc.sections.map((s) => s.unit)).toEqual(['01 Introduction', '02 Department for Work and Pensions']);
  });
});

describe('<abbr title> defines an acronym', () => {
  it.each([
    ['HTML', 'page.html', '<h1>Update</h1><h2>Cabinet Office</h2><h3>Progress during 2014</h3><p>The <abbr title="Government  Digital Service">GDS</abbr> runs GOV.UK.</p><p>GDS hired 5 people.</p>'],
    ['Markdown with inline HTML', 'page.md', '# Update\n\n## Cabinet Office\n\n### Progress during 2014\n\nThe <abbr title="Government Digital Service">GDS</abbr> runs GOV.UK.\n\nGDS hired 5 people.\n'],
  ])('%s', (_name, path, source) => {
    const doc = runText(source, path);
    expect(doc.acronyms.map((a) => [a.short, a.long, a.rule])).toEqual([['GDS', 'Government Digital Service', 'acronym.markup-abbr']]);
    // The abbr's position is its visible short form in the source.
    const a = doc.acronyms[0];
    expect(sliceCodePoints(doc.raw, a.start!.offset, a.end!.offset)).toBe('GDS');
    // A later use takes the long form as its value.
    const later = doc.entities.filter((e) => e.text === 'GDS').at(-1)!;
    expect(later.value).toBe('Government Digital Service');
  });

  it('a definition in the text comes first and is kept', () => {
    const doc = runText('<h1>Update</h1><h2>Cabinet Office</h2><h3>Progress during 2014</h3><p>The Government Digital Service (GDS) met.</p><p>The <abbr title="Government Data Service">GDS</abbr> met again.</p>', 'page.html');
    expect(doc.acronyms.map((a) => [a.short, a.long, a.rule])).toEqual([['GDS', 'Government Digital Service', 'acronym.schwartz-hearst']]);
  });
});

describe('a note reference the markup marks is a marker, no amount and no part of a name', () => {
  const sentence = (sup: (n: number) => string) => `Trade with France.${sup(34)} The rate rose in 2010.${sup(48)} Some 11 million people lack skills.${sup(1)}${sup(2)}`;
  it.each([
    ['HTML <sup>', 'page.html', `<h1>Update</h1><p>${sentence((n) => `<sup>${n}</sup>`)}</p>`],
    ['a GOV.UK footnote link', 'page.html', `<h1>Update</h1><p>${sentence((n) => `<sup id="fnref:${n}" role="doc-noteref"><a href="#fn:${n}" class="footnote">${n}</a></sup>`)}</p>`],
    ['Markdown with inline <sup>', 'page.md', `# Update\n\n${sentence((n) => `<sup>${n}</sup>`)}\n`],
  ])('%s', (_name, path, source) => {
    const doc = runText(source, path);
    expect(doc.noteMarks.map((m) => doc.text.slice(m.from, m.to))).toEqual(['34', '48', '1', '2']);
    expect(doc.entities.map((e) => `${e.type} ${e.text}`)).toEqual(['place France', 'date 2010', 'number 11 million']);
  });

  // The notes below a table open with the number the markup marked: no amounts, and no counted noun.
  it('the note a superscript points to opens with its number, no amount', () => {
    const doc = runText(
      '<h1>Update</h1><p>The costings are certified.<sup>1</sup> Rates rise.<sup>2</sup></p><p>1 Costings reflect the November forecast.</p><p>2 Includes 40 councils.</p><p>3 Councils met.</p>',
      'page.html',
    );
    expect(doc.entities.filter((e) => e.type === 'number').map((e) => `${e.text}${e.counts ? ` ${e.counts}` : ''}`)).toEqual(['40 councils', '3 Councils']);
  });

  it('a superscript that is no note label stays text', () => {
    const doc = runText('<h1>Update</h1><p>The area is 40 km<sup>2</sup> and 12 m<sup>th</sup> wide, version 3<sup>rd</sup>.</p>', 'page.html');
    expect(doc.noteMarks.map((m) => doc.text.slice(m.from, m.to))).toEqual(['2']);
  });
});

// ---------------------------------------------------------------------------------------------------

/** A Content API document as GOV.UK serves it: HTML-significant characters escaped as \u003c. */
function contentApi(fields: { title?: string; updated?: string; published?: string; body?: unknown; parts?: unknown; organisations?: string[] }): string {
  const details: Record<string, unknown> = {};
  if (fields.body !== undefined) details.body = fields.body;
  if (fields.parts !== undefined) details.parts = fields.parts;
  const doc = {
    base_path: '/government/publications/government-digital-strategy-action-3',
    content_id: '5f4c1a2e-7631-11e4-a3cb-005056011aef',
    title: fields.title,
    first_published_at: fields.published,
    public_updated_at: fields.updated,
    details,
    links: { organisations: (fields.organisations ?? []).map((title) => ({ title, base_path: '/government/organisations/x' })) },
  };
  return `${JSON.stringify(doc, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

describe('Content API JSON reader', () => {
  it.each([
    ['HTML body under its title line', { title: 'Action 3: digital capability', body: '<h2>Cabinet Office</h2>\n<p>Here&rsquo;s the plan.</p>' }, ['Action 3: digital capability', 'Cabinet Office', 'Here’s the plan.']],
    ['a body given as content types, the HTML one read', { title: 'T', body: [{ content_type: 'text/govspeak', content: '## Not this' }, { content_type: 'text/html', content: '<p>This one</p>' }] }, ['T', 'This one']],
    ['a body given only as govspeak is read as Markdown', { title: 'T', body: [{ content_type: 'text/govspeak', content: '## Cabinet Office\n\n- one' }] }, ['T', 'Cabinet Office', '- one']],
    ['a guide\u2019s parts, each under its title', { title: 'Guide', parts: [{ title: 'Part one', body: '<p>a</p>' }, { title: 'Part two', body: '<p>b</p>' }] }, ['Guide', 'Part one', 'a', 'Part two', 'b']],
  ])('%s', (_name, fields, expected) => {
    expect(lines(runText(contentApi(fields), 'content.json'))).toEqual(expected);
  });

  it('title, public_updated_at and organisations become document fields', () => {
    const doc = runText(
      contentApi({ title: 'Action 3:  digital capability', updated: '2015-01-16T10:21:34.000+00:00', body: '<p>x</p>', organisations: ['Cabinet Office', 'Government Digital Service'] }),
      'content.json',
    );
    expect(doc.title).toBe('Action 3: digital capability');
    expect(doc.updated).toBe('2015-01-16');
    expect(doc.metadata.organisations).toEqual(['Cabinet Office', 'Government Digital Service']);
    expect(doc.metadata.publicUpdatedAt).toBe('2015-01-16T10:21:34.000+00:00');
  });

  it.each([
    // A budget of March 2017 corrected in March 2018: "this year" and "in the autumn" are still 2017's.
    ['first published, updated a year later', '2017-03-08T13:31:49.000+00:00', '2018-03-02T16:06:56.000+00:00', ['2017', '2017-FA']],
    ['never republished', undefined, '2018-03-02T16:06:56.000+00:00', ['2018', '2018-FA']],
  ])('relative dates are read from the date a publication was first published: %s', (_name, published, updated, values) => {
    const doc = runText(contentApi({ title: 'Budget', published, updated, body: '<p>This year the government will consult, and it will report in the autumn.</p>' }), 'content.json');
    expect(doc.metadata.firstPublishedAt).toBe(published);
    const dates = doc.entities.filter((e) => e.type === 'date');
    expect(dates.map((e) => e.value)).toEqual(values);
    expect(dates.map((e) => e.anchor)).toEqual(['document', 'document']);
  });

  it('dates a publication by when it was first published, not by a table column headed with a month', () => {
    const body = '<table><caption>Table 3.1: Roles</caption><thead><tr><th>Department</th><th>March 2014</th><th>March 2015</th></tr></thead><tbody><tr><td>DWP</td><td>120</td><td>140</td></tr></tbody></table><p>Last year we trained 40 staff, and we will report in June.</p>';
    const doc = runText(contentApi({ title: 'Skills', published: '2017-02-14T09:30:00.000+00:00', body }), 'content.json');
    expect(doc.entities.filter((e) => e.anchor === 'document').map((e) => [e.text, e.value])).toEqual([['Last year', '2016'], ['June', '2017-06']]);
  });

  it.each([
    ['not JSON at all: cut off', 'json-invalid', '{"title": "x", "details": {"body": "<p>a</p>"', 1],
    ['not JSON at all: a bad escape on line 3', 'json-invalid', '{\n  "title": "x",\n  "details": {"body": "\\q"}\n}', 3],
    ['not JSON at all: nested too deeply', 'json-invalid', `${'{"a": '.repeat(100000)}1${'}'.repeat(100000)}`, 1],
    ['JSON without a body', 'json-not-content-api', '{"title": "Only a title"}', null],
    ['JSON whose details hold no body', 'json-not-content-api', '{"title": "x", "details": []}', null],
    ['JSON that is not an object', 'json-not-content-api', '["Cabinet Office"]', null],
  ])('%s: the message %s, not an exception', (_name, ruleId, json, line) => {
    const doc = runText(json, 'content.json');
    const message = doc.messages.find((m) => m.ruleId === ruleId);
    expect(message).toBeDefined();
    expect(message!.place?.start.line ?? null).toBe(line);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('provenance points into the file given', () => {
  const html = '<h1>Update</h1>\n<h2>Cabinet Office</h2>\n<h3>Progress during 2014</h3>\n<p>Cabinet Office said &ldquo;we hired 5 people in June&nbsp;2014&rdquo;</p>\n<p>R&amp;D spend was <strong>&pound;1.2</strong> million, up 20&#37; &#x2014; in March\n   2014.</p>\n<ul><li>evaluating <a href="/x">37 propositions</a></li></ul>\n';
  it.each([
    ['HTML', 'page.html', html, visibleHtml],
    ['HTML with CRLF line ends and astral characters', 'page.html', html.replace(/\n/g, '\r\n').replace('Update', 'Update 😀').replace('R&amp;D', '😀 R&amp;D'), visibleHtml],
    ['Markdown', 'page.md', '# Update\n\n## Cabinet Office\n\n### Progress during 2014\n\nCabinet Office said “we *hired* 5 people in June 2014”\n\nR&D spend was **£1.2** million, up 20% \\* in March\n2014.\n\n- evaluating [37 propositions](https://x)\n', visibleMarkdown],
  ])('%s: each sentence and entity slices back to its visible text', (_name, path, source, visible) => {
    const doc = runText(source, path);
    expect(doc.entities.map((e) => e.type)).toEqual(expect.arrayContaining(['number', 'date', 'money', 'percent']));
    expectProvenance(doc, visible);
  });

  it('a span ending in a character reference ends after its ";"', () => {
    const doc = runText(html, 'page.html');
    const quoted = doc.sentences.find((s) => s.text.endsWith('”'))!;
    expect(sliceCodePoints(doc.raw, quoted.start!.offset, quoted.end!.offset)).toBe('Cabinet Office said &ldquo;we hired 5 people in June&nbsp;2014&rdquo;');
  });

  it('Content API JSON: positions go through the JSON escapes and the HTML', () => {
    const json = contentApi({ title: 'Update', body: html.slice(html.indexOf('<h2>')) });
    const doc = runText(json, 'content.json');
    expect(doc.entities.length).toBeGreaterThan(3);
    expectProvenance(doc, (slice) => visibleHtml(unescapeJson(slice)));
  });
});

// ---------------------------------------------------------------------------------------------------

describe('the seed page rendered as HTML, Markdown and Content API JSON reads as its plain text does', () => {
  const textPath = join(FIXTURES, 'action-03-digital-capability', 'input.txt');
  const htmlPath = join(FIXTURES, 'action-03-html', 'input.html');
  const markdownPath = join(FIXTURES, 'action-03-markdown', 'input.md');
  const text = runFile(textPath);

  /** The Content API form of the HTML rendering: the h1 as title, the rest of <main> as the body. */
  function jsonFromHtml(): string {
    const page = readFileSync(htmlPath, 'utf8');
    const main = page.slice(page.indexOf('>', page.indexOf('<main')) + 1, page.indexOf('</main>'));
    const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(main)![1];
    const body = main.replace(/<h1[^>]*>[\s\S]*?<\/h1>/, '').replace(/<p class="publication-header__last-changed">[\s\S]*?<\/p>/, '');
    return contentApi({ title: visibleHtml(title), updated: '2015-01-16T00:00:00.000+00:00', body, organisations: ['Government Digital Service'] });
  }

  const renderings: Array<[string, () => Doc, (slice: string) => string]> = [
    ['HTML', () => runFile(htmlPath), visibleHtml],
    ['Markdown', () => runFile(markdownPath), visibleMarkdown],
    ['Content API JSON', () => runText(jsonFromHtml(), 'content.json'), (slice) => visibleHtml(unescapeJson(slice))],
  ];
  const sectionRows = (doc: Doc) => doc.sections.map((s) => [s.unit, s.unitKind, s.phase, s.phaseKind, s.phaseYear, s.phaseMonth]);
  const entityRows = (doc: Doc) => doc.entities.map((e) => [e.type, e.text, e.value]);

  it.each(renderings)('%s: the same sections (unit, phase, kinds, years)', (_name, read) => {
    expect(text.sections.length).toBeGreaterThan(40);
    expect(sectionRows(read())).toEqual(sectionRows(text));
  });

  it.each(renderings)('%s: the same entities (type, text, value)', (name, read) => {
    expect(text.entities.length).toBeGreaterThan(300);
    // The Content API gives the "Updated" date as metadata (public_updated_at), not as a line of text.
    const updatedLine = text.sentences.find((s) => s.text === 'Updated 16 January 2015')!;
    const expected = name === 'Content API JSON' ? text.entities.filter((e) => e.sentenceId !== updatedLine.id) : text.entities;
    expect(expected.length).toBe(name === 'Content API JSON' ? text.entities.length - 1 : text.entities.length);
    expect(entityRows(read())).toEqual(expected.map((e) => [e.type, e.text, e.value]));
  });

  it.each(renderings)('%s: the same title and updated date', (_name, read) => {
    const doc = read();
    expect([doc.title, doc.updated]).toEqual([text.title, text.updated]);
  });

  it.each(renderings)('%s: every sentence and entity points at its visible text in the file', (_name, read, visible) => {
    expectProvenance(read(), visible);
  });

  it('nothing from the page chrome, scripts or styles is read', () => {
    const doc = runFile(htmlPath);
    for (const junk of ['Skip to main content', 'Cabinet Office digital transformation in 2013', 'Related content', '20% more in March', 'Crown copyright', 'GOVUK', 'govuk-header']) {
      expect(doc.text.includes(junk), junk).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------------------

describe('every visible character maps to its own source (generated pages)', () => {
  const word = fc.constantFrom('Cabinet', 'Office', 'hired', '5', 'people', '2014', '£1.2m', 'R', 'D');
  const htmlPiece = fc.oneof(
    word,
    fc.constantFrom('&amp;', '&rsquo;', '&#163;', '&#x2014;', '&nbsp;', '&copy', ' ', '\n   ', '\r\n', '\t'),
    word.map((w) => `<strong>${w}</strong>`),
    word.map((w) => `<a href="/x?a=1&amp;b=2">${w} ${w}</a>`),
  );
  const htmlBlock = fc
    .tuple(fc.constantFrom('p', 'h2', 'li', 'div', 'td'), fc.array(htmlPiece, { maxLength: 12 }))
    .map(
    ([tag, pieces]) => (tag === 'li' ? `<ul><li>${pieces.join('')}</li></ul>` : tag === 'td' ? `<table><tr><td>${pieces.join('')}</td></tr></table>` : `<${tag}>${pieces.join('')}</${tag}>`),
  );
  const mdPiece = fc.oneof(word, fc.constantFrom('&amp;', '&rsquo;', '\\*', '\\_', ' ', '\n', '\r\n'), word.map((w) => ` *${w}* `), word.map((w) => ` [${w}](https://x) `));
  // Headings with and without a space after the hashes (kramdown), and kramdown attribute lines.
  const mdBlock = fc.tuple(fc.constantFrom('', '## ', '####', '- ', '> ', '{: .fig #fig-1}\n'), fc.array(mdPiece, { minLength: 1, maxLength: 10 })).map(
    ([lead, pieces]) => `${lead}${lead.startsWith('##') ? pieces.join('').replace(/[\r\n]+/g, ' ') : pieces.join('')}`,
  );

  /**
   * Each text character either takes a zero-width place (a line break, or the "- " the reader adds before
   * a list item) or its source slice shows it; a space shows as whitespace or "&nbsp;" only. Every
   * other character is compared: the count compared is the text less its line breaks and added markers.
   */
  function expectEveryCharacter(doc: Doc, visible: (slice: string) => string, addedMarkers: number): void {
    let compared = 0;
    for (let i = 0; i < doc.text.length; i++) {
      const from = sourceStart(doc.sourceMap, i);
      const to = sourceEnd(doc.sourceMap, i);
      if (from === to) continue;
      const c = doc.text[i];
      const shown = doc.raw.slice(from, to);
      if (c === ' ') expect(shown, `space at ${i} of "${doc.text}"`).toMatch(/^(?:[ \t\n\r\f]+|&nbsp;)$/);
      else expect(visible(shown), `character ${i} "${c}" of "${doc.text}"`).toBe(c);
      compared++;
    }
    const lineBreaks = doc.text.split('\n').length - 1;
    expect(compared, `characters compared in "${doc.text}"`).toBe(doc.text.length - lineBreaks - 2 * addedMarkers);
  }

  it('HTML', () => {
    fc.assert(
      fc.property(fc.array(htmlBlock, { minLength: 1, maxLength: 6 }), (blocks) => {
        // Only a list item with visible text is read as "- " and its text; an empty one leaves nothing.
        const items = blocks.filter((b) => b.startsWith('<ul><li>') && /[^ \t\n\r\f]/.test(visibleHtmlKeepingSpace(b))).length;
        const doc = runText(`<h1>Title</h1>${blocks.join('\n')}`, 'page.html');
        expectEveryCharacter(doc, (s) => visibleHtmlKeepingSpace(s), items);
        checkOutline(doc);
        expect(lineOwners(doc).every((o) => o !== null)).toBe(true);
      }),
      { numRuns: 150, seed: 4 },
    );
  });

  it('Markdown', () => {
    fc.assert(
      fc.property(fc.array(mdBlock, { minLength: 1, maxLength: 6 }), (blocks) => {
        // A list item with visible content is read as "- " (the reader's, not the source's) and its text;
        // which items have content is for CommonMark to say ("- \n *x*" is an empty item, then a paragraph).
        const source = `# Title\n\n${blocks.join('\n\n')}\n`;
        const items = markdownItemsWithText(source);
        const doc = runText(source, 'page.md');
        expectEveryCharacter(doc, (s) => visibleHtmlKeepingSpace(s.replace(/\\([!-/:-@[-`{-~])/g, '$1')), items);
        checkOutline(doc);
        expect(lineOwners(doc).every((o) => o !== null)).toBe(true);
      }),
      { numRuns: 150, seed: 4 },
    );
  });
});

// A list item with no visible text leaves no "- " marker to the block after it.
describe('an empty list item', () => {
  it.each([
    ['<h1>Title</h1><ul><li></li></ul>\n<p>Hello</p>', 'page.html', 'Title\nHello'],
    ['<h1>Title</h1><ul><li> \n </li></ul>\n<p>Hello</p>', 'page.html', 'Title\nHello'],
    ['<h1>Title</h1><ul><li></li></ul>\n<h2>Hello</h2>', 'page.html', 'Title\nHello'],
    ['<h1>Title</h1><ul><li><p>Item</p></li></ul>\n<p>Hello</p>', 'page.html', 'Title\n- Item\nHello'],
    ['# Title\n\n-\n\nHello\n', 'page.md', 'Title\nHello'],
  ])('%j adds no "- " to the text after it', (source, path, text) => {
    expect(runText(source, path).text).toBe(text);
  });
});

/** How many list items of a Markdown text hold visible text, as remark parses it. */
function markdownItemsWithText(source: string): number {
  const text = (node: { type: string; value?: string; children?: unknown[] }): string =>
    (node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : '') + (node.children ?? []).map((c) => text(c as never)).join('');
  let items = 0;
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'listItem' && /\S/.test(text(node as never))) items++;
    for (const child of node.children ?? []) walk(child as never);
  };
  walk(unified().use(remarkParse).parse(source) as never);
  return items;
}

/** Decoded text of an HTML slice, whitespace kept (a single no-break space must survive). */
function visibleHtmlKeepingSpace(slice: string): string {
  let out = '';
  const walk = (node: Nodes) => {
    if (node.type === 'text') out += node.value;
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(fragment.parse(slice));
  return out;
}

describe('messages about the visible text name lines of the file', () => {
  it.each([
    ['HTML', 'page.html', '<!DOCTYPE html>\n<html><body>\n<main>\n<h1>T</h1>\n<h2>Cabinet Office</h2>\n<h3>Progress during 2013</h3>\n<p>We hired 5 people.</p>\n\n\n<h3>Progress during 2013</h3>\n<p>We hired 6 people.</p>\n</main></body></html>', 10],
    ['Markdown', 'page.md', '# T\n\n## Cabinet Office\n\n### Progress during 2013\n\nWe hired 5 people.\n\n### Progress during 2013\n\nWe hired 6 people.\n', 9],
  ])('%s: a repeated phase heading is reported on its line in the file', (_name, path, source, line) => {
    const message = runText(source, path).messages.find((m) => m.ruleId === 'duplicate-phase');
    expect(message?.place?.start.line).toBe(line);
    // The range is the heading's own text in the file, tags left out.
    expect(sliceCodePoints(source, message!.place!.start.offset, message!.place!.end.offset)).toBe('Progress during 2013');
  });
});
