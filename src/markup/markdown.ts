// Reads Markdown (CommonMark, as remark parses it) into visible text lines through a TextBuilder.
//
// - Each heading, paragraph, table cell and list item is a line; a list item's line starts "- "
//   whatever its marker ("1.", "*"), so "## Cabinet Office" and "* evaluating **digital** propositions"
//   become "Cabinet Office" and "- evaluating digital propositions".
// - Emphasis, links and code keep their visible text in the line; "\*" and "&amp;" show as "*" and
//   "&" and map back to their source.
// - kramdown as GOV.UK wrote it: "##04 The approach", "####Heading" and "#Title" (no space after the
//   hashes) are headings of their level; attribute lists ("{: .fig #fig-10}", "{::options …}") and header
//   ids ("## Heading {#id}") are markup, never text.
// - Each heading, paragraph, list item (with its depth) and table is also a typed block.
// - Raw HTML is not shown, except that "<abbr title="Government Digital Service">GDS</abbr>" written
//   inline records an acronym definition, as it does in HTML.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Root } from 'mdast';
import type { MarkupAcronym } from '../model.js';
import { TextBuilder } from './text-builder.js';
import type { RawBlock } from './blocks.js';

const parser = unified().use(remarkParse).freeze();

const BLOCKS = new Set(['heading', 'paragraph', 'blockquote', 'list', 'table', 'tableRow', 'tableCell', 'code', 'break', 'thematicBreak']);
const ABBR_OPEN = /^<abbr\b[^>]*\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>$/i;

export interface MarkdownReading {
  acronyms: MarkupAcronym[];
  blocks: RawBlock[];
}

// kramdown block attribute lists, attribute list definitions and extensions, alone on a line:
// "{: .fig #fig-10}", "{:.table}", "{:ref: .class}", "{::options parse_block_html="true" /}".
const ATTRIBUTE_LINE = /^[ \t]{0,3}\{:[^\n\r]*\}[ \t]*$/gm;
// A heading without a space after its hashes, as kramdown allows: "##04 The approach", "####Action 01: …".
const TIGHT_ATX = /^([ \t]{0,3})(#{2,6})(?=[^#\s])/gm;
// A kramdown header id at the end of a heading line: "## Overview {#overview}".
const HEADER_ID = /^([ \t]{0,3}#{1,6}[^\n\r]*?)([ \t]*\{#[\w:.-]+\})[ \t]*$/gm;

/**
 * The Markdown as the CommonMark parser should see it, with every character in its place: kramdown
 * markup the parser does not know is blanked out, and "####Heading" becomes "### Heading" (one hash
 * turned into the missing space; `tight` keeps the lines whose heading is one level deeper than parsed).
 */
export function kramdownForParser(markdown: string): { text: string; tight: Set<number> } {
  const tight = new Set<number>();
  let text = markdown.replace(ATTRIBUTE_LINE, (m) => ' '.repeat(m.length));
  text = text.replace(HEADER_ID, (_m, head: string, id: string) => head + ' '.repeat(id.length) + ' '.repeat(_m.length - head.length - id.length));
  text = text.replace(TIGHT_ATX, (_m, indent: string, hashes: string, offset: number) => {
    tight.add(offset);
    return indent + hashes.slice(1) + ' ';
  });
  return { text, tight };
}

export function readMarkdownInto(builder: TextBuilder, markdown: string): MarkdownReading {
  const prepared = kramdownForParser(markdown);
  const tree = parser.parse(prepared.text) as Root;
  // Line starts of the headings written without a space, by the offset of their line.
  const lineStartOf = (offset: number) => {
    let i = offset;
    while (i > 0 && markdown[i - 1] !== '\n' && markdown[i - 1] !== '\r') i--;
    return i;
  };
  const acronyms: MarkupAcronym[] = [];
  const blocks: RawBlock[] = [];
  let open: { title: string; from: number } | null = null;
  let lastEnd = 0;
  let listDepth = 0;
  let inItem = 0;
  let inTable = 0;

  // The "#" of a one-hash kramdown heading ("#Government Digital Strategy"), which CommonMark leaves in
  // the paragraph's text: skipped once, at this source offset.
  let hashAt = -1;
  const text = (value: string, node: Nodes) => {
    let from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from !== undefined && from === hashAt && value.startsWith('#')) {
      from++;
      value = value.slice(1);
      hashAt = -1;
    }
    if (from === undefined || to === undefined) builder.appendAligned(markdown, lastEnd, lastEnd, value);
    else {
      builder.appendAligned(markdown, from, to, value);
      lastEnd = to;
    }
  };

  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'code':
        if (node.type === 'code') builder.block();
        text(node.value, node);
        if (node.type === 'code') builder.block();
        return;
      case 'html': {
        const m = ABBR_OPEN.exec(node.value.trim());
        if (m) open = { title: m[1] ?? m[2], from: builder.size };
        else if (/^<\/abbr\s*>$/i.test(node.value.trim()) && open) {
          const short = builder.peek(open.from).trim();
          const long = open.title.replace(/\s+/g, ' ').trim();
          if (short && long && !short.includes('\n') && short !== long) {
            const start = open.from + builder.peek(open.from).indexOf(short);
            acronyms.push({ short, long, span: { from: start, to: start + short.length } });
          }
          open = null;
        }
        return;
      }
      case 'listItem': {
        builder.block('- ', node.position?.start.offset ?? lastEnd);
        const from = builder.size;
        inItem++;
        for (const child of node.children) walk(child);
        inItem--;
        if (!inTable) blocks.push({ type: 'listItem', level: null, depth: listDepth, bold: false, from, to: builder.size });
        builder.endItem();
        builder.block();
        return;
      }
      case 'list':
        listDepth++;
        builder.block();
        for (const child of node.children) walk(child);
        builder.block();
        listDepth--;
        return;
      case 'heading':
      case 'paragraph':
      case 'table': {
        builder.block();
        const from = builder.size;
        if (node.type === 'table') inTable++;
        // "#Title" on a line of its own: a heading of level 1, as kramdown reads it.
        const start = node.position?.start.offset;
        const oneHash = node.type === 'paragraph' && start !== undefined && node.position!.start.line === node.position!.end.line &&
          /^#[^#\s]/.test(markdown.slice(start, start + 2)) && node.children[0]?.type === 'text';
        if (oneHash) hashAt = start;
        for (const child of node.children) walk(child);
        if (node.type === 'table') inTable--;
        builder.block();
        if (inTable) return;
        if (oneHash) {
          blocks.push({ type: 'heading', level: 1, depth: null, bold: false, from, to: builder.size });
        } else if (node.type === 'heading') {
          const deeper = start !== undefined && prepared.tight.has(lineStartOf(start)) ? 1 : 0;
          blocks.push({ type: 'heading', level: node.depth + deeper, depth: null, bold: false, from, to: builder.size });
        } else if (node.type === 'table') {
          blocks.push({ type: 'table', level: null, depth: null, bold: false, from, to: builder.size });
        } else if (!inItem) {
          // "**Action 01: Digital leaders**" or "__Next steps__" alone in a paragraph.
          const shown = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'break');
          const bold = shown.length === 1 && shown[0].type === 'strong';
          blocks.push({ type: 'paragraph', level: null, depth: null, bold, from, to: builder.size });
        }
        return;
      }
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'footnoteDefinition':
      case 'yaml':
        return;
      default:
        if (BLOCKS.has(node.type)) builder.block();
        if ('children' in node) for (const child of node.children) walk(child);
        if (BLOCKS.has(node.type)) builder.block();
    }
  };
  walk(tree);
  return { acronyms, blocks };
}
