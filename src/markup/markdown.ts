// Reads Markdown (CommonMark, as remark parses it) into visible text lines through a TextBuilder.
//
// - Each heading, paragraph, table cell and list item is a line; a list item's line starts "- "
//   whatever its marker ("1.", "*"), so "## Cabinet Office" and "* evaluating **digital** propositions"
//   become "Cabinet Office" and "- evaluating digital propositions".
// - Emphasis, links and code keep their visible text in the line; "\*" and "&amp;" show as "*" and
//   "&" and map back to their source.
// - Raw HTML is not shown, except that "<abbr title="Government Digital Service">GDS</abbr>" written
//   inline records an acronym definition, as it does in HTML.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Root } from 'mdast';
import type { MarkupAcronym } from '../model.js';
import { TextBuilder } from './text-builder.js';

const parser = unified().use(remarkParse).freeze();

const BLOCKS = new Set(['heading', 'paragraph', 'blockquote', 'list', 'table', 'tableRow', 'tableCell', 'code', 'break', 'thematicBreak']);
const ABBR_OPEN = /^<abbr\b[^>]*\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>$/i;

export interface MarkdownReading {
  acronyms: MarkupAcronym[];
}

export function readMarkdownInto(builder: TextBuilder, markdown: string): MarkdownReading {
  const tree = parser.parse(markdown) as Root;
  const acronyms: MarkupAcronym[] = [];
  let open: { title: string; from: number } | null = null;
  let lastEnd = 0;

  const text = (value: string, node: Nodes) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
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
      case 'listItem':
        builder.block('- ', node.position?.start.offset ?? lastEnd);
        for (const child of node.children) walk(child);
        builder.endItem();
        builder.block();
        return;
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
  return { acronyms };
}
