// Reads a GOV.UK HTML page (or a fragment of one, as a Content API "details.body") into visible text
// lines through a TextBuilder.
//
// - Each heading, paragraph, table cell and list item is a line; a list item's line starts "- ".
//   "<h2>Cabinet Office</h2>" and "<li>evaluating <a href=…>digital propositions</a></li>" become
//   "Cabinet Office" and "- evaluating digital propositions".
// - What a reader does not see as the page's content is skipped: script, style, template, forms,
//   nav, aside, a page-level header or footer (one inside <main> or <article> belongs to the content,
//   and so does a header holding the page's h1), anything hidden, and the parts GOV.UK marks as
//   chrome by class (cookie banner, breadcrumbs, contents list, related links, feedback form).
// - When the page has a <main> element, only its content is read.
// - "<abbr title="Government Digital Service">GDS</abbr>" is recorded as an acronym definition.
// - A note reference ("<sup>12</sup>", "<sup><a href="#fn:3">3</a></sup>", a link to a footnote) is
//   recorded as a note mark: a marker, which the extractors read as a blank ("skills.12 Of these").
// - Each h1–h6 (with its level), paragraph (bold when it holds only <strong> or <b>), list item (with
//   its depth), table, <caption> and <figcaption> is also a typed block; nothing inside a table is a
//   block of its own, so a cell is never a heading.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Nodes, Root } from 'hast';
import type { MarkupAcronym, MarkupTable, Span } from '../model.js';
import { TextBuilder } from './text-builder.js';
import { isNoteLabel } from '../text/note-marks.js';
import { spanCount, TableRecorder } from './table-recorder.js';
import type { RawBlock } from './blocks.js';

const documentParser = unified().use(rehypeParse).freeze();
const fragmentParser = unified().use(rehypeParse, { fragment: true }).freeze();

/** Elements that start and end a line. */
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br', 'body', 'header', 'footer',
]);

/** Elements whose content is never the page's text. */
const NEVER_READ = new Set([
  'script', 'style', 'template', 'noscript', 'nav', 'aside', 'form', 'button', 'select', 'textarea', 'svg',
  'math', 'iframe', 'object', 'canvas', 'head', 'title', 'meta', 'link',
]);

// GOV.UK chrome by class, from the 2013–2015 templates ("global-header", "beta-notice") and the
// current components ("govuk-header", "gem-c-contents-list"). A class matches as a whole word or as
// the start of a BEM name ("govuk-header__logo").
const CHROME_CLASSES = [
  'govuk-header', 'govuk-footer', 'govuk-skip-link', 'govuk-breadcrumbs', 'govuk-phase-banner', 'govuk-cookie-banner',
  'govuk-visually-hidden', 'visually-hidden', 'visuallyhidden', 'gem-c-cookie-banner', 'gem-c-layout-header',
  'gem-c-layout-footer', 'gem-c-breadcrumbs', 'gem-c-contextual-breadcrumbs', 'gem-c-related-navigation',
  'gem-c-contextual-sidebar', 'gem-c-contents-list', 'gem-c-print-link', 'gem-c-share-links', 'gem-c-feedback',
  'gem-c-back-to-top', 'gem-c-single-page-notification-button', 'gem-c-step-nav-header', 'gem-c-skip-link',
  'global-header', 'global-cookie-message', 'global-breadcrumb', 'skiplink', 'beta-notice', 'print-link',
  'related', 'related-positioning', 'contents-list', 'document-contents', 'back-to-top', 'feedback',
];
const CHROME_IDS = new Set(['global-header', 'global-cookie-message', 'global-breadcrumb', 'footer', 'skiplink-container', 'related', 'feedback']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'dialog']);

function classes(node: Element): string[] {
  const c: unknown = node.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

function isChrome(node: Element, insideContent: boolean): boolean {
  if (NEVER_READ.has(node.tagName)) return true;
  if (!insideContent && node.tagName === 'footer') return true;
  // A page-level header is the site banner, unless it holds the page's h1 (a 2014 "page-header").
  if (!insideContent && node.tagName === 'header' && !contains(node, 'h1')) return true;
  const p = node.properties;
  if (p.hidden !== undefined && p.hidden !== false && p.hidden !== null) return true;
  if (String(p.ariaHidden) === 'true') return true;
  if (typeof p.style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(p.style)) return true;
  if (typeof p.role === 'string' && CHROME_ROLES.has(p.role)) return true;
  if (typeof p.id === 'string' && CHROME_IDS.has(p.id)) return true;
  for (const name of classes(node)) {
    for (const chrome of CHROME_CLASSES) {
      if (name === chrome || name.startsWith(`${chrome}__`) || name.startsWith(`${chrome}--`)) return true;
    }
  }
  return false;
}

function contains(node: Element, tag: string): boolean {
  return node.children.some((c) => c.type === 'element' && (c.tagName === tag || contains(c, tag)));
}

function findMain(node: Nodes): Element | null {
  if (node.type === 'element' && (node.tagName === 'main' || node.properties.role === 'main')) return node;
  if (node.type === 'root' || node.type === 'element') {
    for (const child of node.children) {
      if (child.type === 'element' && NEVER_READ.has(child.tagName)) continue;
      const found = findMain(child);
      if (found) return found;
    }
  }
  return null;
}

export interface HtmlReading {
  acronyms: MarkupAcronym[];
  /** Note references, as spans of the text written. */
  marks: Span[];
  /** Each <table>, its rows and cells as spans of the text written. */
  tables: MarkupTable[];
  blocks: RawBlock[];
}

const HEADING = /^h([1-6])$/;

/** A paragraph whose only visible content is one <strong> or <b>: "<p><strong>Next steps</strong></p>". */
function isBoldOnly(node: Element): boolean {
  const shown = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'comment' && !(c.type === 'element' && c.tagName === 'br'));
  return shown.length === 1 && shown[0].type === 'element' && (shown[0].tagName === 'strong' || shown[0].tagName === 'b');
}

/**
 * Writes the visible text of `html` into `builder`; positions are indices into `html` (the builder
 * may translate them further). `fragment` reads a body fragment, as the Content API gives it.
 */
export function readHtmlInto(builder: TextBuilder, html: string, fragment = false): HtmlReading {
  const tree = (fragment ? fragmentParser : documentParser).parse(html) as Root;
  const acronyms: MarkupAcronym[] = [];
  const marks: Span[] = [];
  const main = fragment ? null : findMain(tree);
  const tables = new TableRecorder(builder, 'table-html');
  let inHead = 0;
  const blocks: RawBlock[] = [];
  let lastEnd = 0;
  let listDepth = 0;
  let inTable = 0;
  let inItem = 0;

  const walk = (node: Nodes, insideContent: boolean): void => {
    if (node.type === 'text') {
      const from = node.position?.start.offset;
      const to = node.position?.end.offset;
      if (from === undefined || to === undefined) builder.appendAligned(html, lastEnd, lastEnd, node.value);
      else {
        builder.appendAligned(html, from, to, node.value);
        lastEnd = to;
      }
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'root') {
      for (const child of node.children) walk(child, insideContent);
      return;
    }
    if (isChrome(node, insideContent)) return;
    const tag = node.tagName;
    const at = node.position?.start.offset ?? lastEnd;
    const inside = insideContent || tag === 'main' || tag === 'article' || tag === 'section';
    if (tag === 'li') builder.block('- ', at);
    else if (tag === 'dd' && previousElement(node) === 'dt') builder.char(' ', at, at);
    else if (BLOCKS.has(tag)) builder.block();
    const abbrFrom = builder.size;
    const isList = tag === 'ul' || tag === 'ol';
    if (isList) listDepth++;
    if (tag === 'table') inTable++;
    if (tag === 'li') inItem++;
    openTablePart(node);
    for (const child of node.children) walk(child, inside);
    closeTablePart(node);
    if (isList) listDepth--;
    if (tag === 'table') inTable--;
    if (tag === 'li') inItem--;
    const heading = HEADING.exec(tag);
    if (!inTable) {
      const to = builder.size;
      if (heading) blocks.push({ type: 'heading', level: Number(heading[1]), depth: null, bold: false, from: abbrFrom, to });
      else if (tag === 'p' && !inItem) blocks.push({ type: 'paragraph', level: null, depth: null, bold: isBoldOnly(node), from: abbrFrom, to });
      else if (tag === 'li') blocks.push({ type: 'listItem', level: null, depth: Math.max(1, listDepth), bold: false, from: abbrFrom, to });
      else if (tag === 'table') blocks.push({ type: 'table', level: null, depth: null, bold: false, from: abbrFrom, to });
      else if (tag === 'figcaption') blocks.push({ type: 'caption', level: null, depth: null, bold: false, from: abbrFrom, to });
    } else if (tag === 'caption' && inTable === 1) {
      blocks.push({ type: 'caption', level: null, depth: null, bold: false, from: abbrFrom, to: builder.size });
    }
    if (isNoteReference(node)) {
      const mark = noteMark(builder, abbrFrom);
      if (mark && !marks.some((m) => m.from <= mark.from && mark.to <= m.to)) marks.push(mark);
    }
    if (tag === 'abbr' && typeof node.properties.title === 'string') {
      const acronym = abbrAcronym(builder, abbrFrom, node.properties.title);
      if (acronym) acronyms.push(acronym);
    }
    if (tag === 'li') builder.endItem();
    if (BLOCKS.has(tag) && !(tag === 'dt' && nextElement(node) === 'dd')) builder.block();
  };

  // Tables as data: <table>, <thead>, <tr>, <th>/<td> (rowspan, colspan) and <caption>.
  const openTablePart = (node: Element) => {
    const tag = node.tagName;
    if (tag === 'table') tables.openTable();
    else if (tag === 'thead') inHead++;
    else if (tag === 'tr') tables.openRow(inHead > 0);
    else if (tag === 'td' || tag === 'th') tables.openCell(tag === 'th', spanCount(node.properties.rowSpan), spanCount(node.properties.colSpan));
    else if (tag === 'caption') tables.openCaption();
  };
  const closeTablePart = (node: Element) => {
    const tag = node.tagName;
    if (tag === 'table') tables.closeTable();
    else if (tag === 'thead') inHead--;
    else if (tag === 'tr') tables.closeRow();
    else if (tag === 'td' || tag === 'th') tables.closeCell();
    else if (tag === 'caption') tables.closeCaption();
  };

  // Sibling lookups for "<dt>Updated</dt><dd>16 January 2015</dd>", read as one line.
  const parents = new Map<Element, Element | Root>();
  const index = (node: Nodes) => {
    if (node.type === 'root' || node.type === 'element') {
      for (const child of node.children) {
        if (child.type === 'element') {
          parents.set(child, node);
          index(child);
        }
      }
    }
  };
  const sibling = (node: Element, step: number): string | null => {
    const siblings = (parents.get(node)?.children ?? []).filter((c): c is Element => c.type === 'element');
    return siblings[siblings.indexOf(node) + step]?.tagName ?? null;
  };
  const previousElement = (node: Element) => sibling(node, -1);
  const nextElement = (node: Element) => sibling(node, 1);

  index(tree);
  walk(main ?? tree, main !== null || fragment);
  return { acronyms, marks, tables: tables.tables, blocks };
}

/** A superscript, or a link to a footnote ("#fn:3", "#footnote-3", role doc-noteref). */
function isNoteReference(node: Element): boolean {
  if (node.tagName === 'sup') return true;
  if (node.tagName !== 'a') return false;
  const href = typeof node.properties.href === 'string' ? node.properties.href : '';
  return /^#(?:fn|footnote|note|endnote)/i.test(href) || node.properties.role === 'doc-noteref';
}

/** The note label written since `from`, trimmed of spaces, when it reads as one. */
export function noteMark(builder: TextBuilder, from: number): Span | null {
  const text = builder.peek(from);
  const label = text.trim();
  if (!isNoteLabel(label) || label.includes('\n')) return null;
  const start = from + text.indexOf(label);
  return { from: start, to: start + label.length };
}

/** The acronym an <abbr title> defines over the text written since `from`, trimmed of spaces. */
function abbrAcronym(builder: TextBuilder, from: number, title: string): MarkupAcronym | null {
  const text = builder.peek(from);
  const short = text.trim();
  const long = title.replace(/\s+/g, ' ').trim();
  if (short.length === 0 || long.length === 0 || short.includes('\n') || long === short) return null;
  const start = from + text.indexOf(short);
  return { short, long, span: { from: start, to: start + short.length } };
}
