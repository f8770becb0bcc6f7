// Renders a plain-text strategy page as a GOV.UK-like HTML page and as Markdown, so that the readers
// can be tested on the same page in three formats (scripts/render-seed.mjs writes the committed
// renderings; the PDF and Word tests and the benchmark render in process). The pipeline's own reading of
// the text decides what each line is: its title, its "Updated …" line, unit headings (h2, "##"), phase
// headings (h3, "###"), "- " list items (ul/li, "- ") and paragraphs (p). The HTML adds what a real page
// carries around its content: a head with style and script, a skip link, a header, breadcrumbs in a
// nav, a related-links aside and a footer (all with text that must not be read), character references
// ("&rsquo;", "&amp;", "&#8220;", "&#x201D;"), inline markup ("<strong>digital</strong>") and paragraphs
// wrapped over several source lines.
import { processDocument } from '../pipeline.js';
import { parseBullet, parseUpdatedLine } from '../headings.js';
import type { Doc } from '../model.js';

type Role = 'blank' | 'item' | 'p' | 'title' | 'updated' | 'unit' | 'phase';

/** What each line of the text is, by the pipeline's reading of it. */
function roles(doc: Doc): Role[] {
  const role: Role[]
  = doc.lines.map((line) => (line.content.trim() === '' ? 'blank' : parseBullet(line.content) ? 'item' : 'p'));
  const title = role.indexOf('p');
  if (title >= 0) role[title] = 'title';
  if (doc.preamble) {
    for (let l = doc.preamble.firstLine; l <= doc.preamble.lastLine; l++) {
      if (role[l - 1] === 'p' && parseUpdatedLine(doc.lines[l - 1].content)) role[l - 1] = 'updated';
    }
  }
  for (const s of doc.sections) {
    if (s.unitLine !== null) role[s.unitLine - 1] = 'unit';
    if (s.headingLine !== null) role[s.headingLine - 1] = 'phase';
  }
  return role;
}

/**
 * Wraps text at spaces into lines of about `width` characters, the next ones `indent` deep. No line
 * starts with a word Markdown would read as a list marker, heading or underline ("-", "1.", "#").
 */
function wrap(s: string, width: number, indent: string): string {
  const out: string[] = [];
  let line = '';
  for (const word of s.split(' ')) {
    if (line && line.length + word.length + 1 > width && !/^(?:[-+#>=*]|\d+[.)])/.test(word)) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  out.push(line);
  return out.join(`\n${indent}`);
}

// HTML: references for the typographic characters (named, decimal and hexadecimal in turn) and
// for the characters HTML reserves.
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '’': '&rsquo;', '‘': '&lsquo;', '“': '&#8220;', '”': '&#x201D;', '£': '&pound;', '–': '&ndash;', '—': '&#8212;', '\u00a0': '&nbsp;' };
const escapeHtml = (s: string) => s.replace(/[&<>’‘“”£–—\u00a0]/g, (c) => REFERENCES[c]);
const emphasise = (s: string) => s.replace(/\bdigital\b/g, '<strong>digital</strong>');

function renderHtml(doc: Doc, role: Role[]): string {
  const body: string[] = [];
  let inList = false;
  doc.lines.forEach((line, i) => {
    const r = role[i];
    if (r === 'blank') return;
    if (r !== 'item' && inList) {
      body.push('      </ul>');
      inList = false;
    }
    const content = line.content.trim();
    if (r === 'title') body.push(`      <h1 class="gem-c-title__text">${escapeHtml(content)}</h1>`);
    else if (r === 'updated') body.push(`      <p class="publication-header__last-changed">${escapeHtml(content)}</p>`);
    else if (r === 'unit') body.push(`      <h2 id="unit-${i + 1}">${escapeHtml(content)}</h2>`);
    else if (r === 'phase') body.push(`      <h3>${escapeHtml(content)}</h3>`);
    else if (r === 'item') {
      if (!inList) body.push('      <ul>');
      inList = true;
      const item = content.slice(parseBullet(content)!.textStart);
      body.push(`        <li>${emphasise(escapeHtml(item))}</li>`);
    } else body.push(`      <p>${wrap(emphasise(escapeHtml(content)), 100, '        ')}</p>`);
  });
  if (inList) body.push('      </ul>');
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(doc.title ?? '')} - GOV.UK</title>
    <style>.govuk-header { color: #0b0c0c; } /* Department for Transport 2014 */</style>
    <script>window.GOVUK = { published: "16 January 2015", budget: "£5 million" };</script>
  </head>
  <body class="govuk-template__body">
    <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
    <header class="govuk-header" role="banner">
      <a href="/" class="govuk-header__link">GOV.UK</a>
    </header>
    <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol><li>Home</li><li>Government</li><li>Cabinet Office digital transformation in 2013</li></ol>
    </nav>
    <main class="govuk-main-wrapper" id="main-content" role="main">
${body.join('\n')}
    </main>
    <aside class="gem-c-related-navigation">
      <h2>Related content</h2>
      <p>Government Digital Service spent 20% more in March 2014</p>
    </aside>
    <footer class="govuk-footer" role="contentinfo">
      <p>All content is available under the Open Government Licence v3.0, except where otherwise stated. &copy; Crown copyright 2015</p>
    </footer>
    <script src="/assets/application.js"></script>
    <script>if (window.GOVUK) { GOVUK.track("12 pages"); }</script>
  </body>
</html>
`;
}

// Markdown: the characters Markdown would read as syntax are escaped ("\*"); "&" is written as
// "&amp;" so character references are exercised too.
const escapeMarkdown = (s: string) =>
  s.replace(/[\\`*_[\]<]/g, (c) => `\\${c}`).replace(/&/g, '&amp;').replace(/^(#|>|\+|-|\d+\.)(?=\s)/, '\\$1');

function renderMarkdown(doc: Doc, role: Role[]): string {
  const blocks: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) blocks.push(list.join('\n'));
    list = [];
  };
  doc.lines.forEach((line, i) => {
    const r = role[i];
    if (r === 'blank') return;
    const content = line.content.trim();
    if (r !== 'item') flush();
    if (r === 'title') blocks.push(`# ${escapeMarkdown(content)}`);
    else if (r === 'unit') blocks.push(`## ${escapeMarkdown(content)}`);
    else if (r === 'phase') blocks.push(`### ${escapeMarkdown(content)}`);
    else if (r === 'item') list.push(`- ${escapeMarkdown(content.slice(parseBullet(content)!.textStart)).replace(/\bdigital\b/g, '**digital**')}`);
    else blocks.push(wrap(escapeMarkdown(content).replace(/\bdigital\b/g, '*digital*'), 90, ''));
  });
  flush();
  return `${blocks.join('\n\n')}\n`;
}


/** The page's text (`path` names it for the pipeline) as HTML and as Markdown. */
export function renderPage(text: string, path: string): { html: string; markdown: string } {
  const doc = processDocument(new TextEncoder().encode(text), { path });
  const role = roles(doc);
  return { html: renderHtml(doc, role), markdown: renderMarkdown(doc, role) };
}
