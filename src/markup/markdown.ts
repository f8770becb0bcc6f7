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
import type { Nodes, Root, TableRow } from 'mdast';
import type { Processor } from 'unified';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import type { MarkupAcronym, MarkupTable } from '../model.js';
import { TextBuilder } from './text-builder.js';
import { TableRecorder } from './table-recorder.js';

/**
 * Pipe tables, as GitHub and kramdown write them (with or without outer pipes): the table part of
 * remark-gfm alone, so that the rest of the Markdown reads as CommonMark, as before.
 */
function pipeTables(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const parser = unified().use(remarkParse).use(pipeTables).freeze();

// Rows of a pipe table that are markup, not data: kramdown's separator line between groups of body rows
// ("| ----|---- |"), and an attribute list on the line after the table ("{: .horizontal-bar-chart}"),
// which a GFM table takes in as a row.
const SEPARATOR_CELL = /^:?-+:?$/;
const ATTRIBUTE_LIST = /^\{:.*\}$/;
function isMarkupRow(row: TableRow): boolean {
  const texts = row.children.map((c) => toString(c).trim());
  if (texts.length > 0 && texts.every((t) => SEPARATOR_CELL.test(t))) return true;
  const filled = texts.filter((t) => t !== '');
  return filled.length === 1 && ATTRIBUTE_LIST.test(filled[0]);
}
const LINE_BREAK_TAG = /^<br\s*\/?>$/i;

const BLOCKS = new Set(['heading', 'paragraph', 'blockquote', 'list', 'table', 'tableRow', 'tableCell', 'code', 'break', 'thematicBreak']);
const ABBR_OPEN = /^<abbr\b[^>]*\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>$/i;

export interface MarkdownReading {
  acronyms: MarkupAcronym[];
  /** Each pipe table, its rows and cells as spans of the text written. */
  tables: MarkupTable[];
}

export function readMarkdownInto(builder: TextBuilder, markdown: string): MarkdownReading {
  const tree = parser.parse(markdown) as Root;
  const acronyms: MarkupAcronym[] = [];
  let open: { title: string; from: number } | null = null;
  const tables = new TableRecorder(builder, 'table-markdown');
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
        // "<br/>" in a table cell ("£8.62 per face-to-face visit<br/>£2.83 per phone call") breaks the line.
        if (tables.inTable && LINE_BREAK_TAG.test(node.value.trim())) {
          builder.block();
          return;
        }
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
      case 'table':
        builder.block();
        tables.openTable();
        node.children.forEach((row, i) => {
          if (i > 0 && isMarkupRow(row)) return;
          // The first row of a pipe table is its header row.
          tables.openRow(i === 0);
          for (const cell of row.children) {
            builder.block();
            tables.openCell(i === 0);
            for (const child of cell.children) walk(child);
            tables.closeCell();
            builder.block();
          }
          tables.closeRow();
        });
        tables.closeTable();
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
  return { acronyms, tables: tables.tables };
}
