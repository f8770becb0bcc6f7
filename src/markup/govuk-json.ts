// Reads a GOV.UK Content API document (https://www.gov.uk/api/content/<path>) into visible text lines:
// its "title" as the first line, as the page shows it in its h1, then the HTML of "details.body".
// Every character maps back into the .json file through the JSON string escapes as well as the HTML:
// the "’" of "Here\u2019s" points at "\u2019", the "&" of "R&amp;D" at "&amp;".
//
// The body may be a string of HTML, or (in newer documents) a list of
// {"content_type": "text/html", "content": "…"} of which the HTML one is read, or the Markdown
// ("text/govspeak") one when there is no HTML. A guide's "details.parts" are read part by part, each
// part's title a line of its own.
import type { MarkupAcronym, MarkupTable, Span } from '../model.js';
import { at, JsonSyntaxError, parseJsonWithPlaces, stringOffsets, type JsonNode } from './json-source.js';
import { readHtmlInto } from './html.js';
import { readMarkdownInto } from './markdown.js';
import { TextBuilder, type TextMap } from './text-builder.js';
import type { RawBlock } from './blocks.js';

export interface GovukReading {
  map: TextMap;
  acronyms: MarkupAcronym[];
  /** Note references in the bodies (HTML or govspeak), as spans of the text. */
  marks: Span[];
  tables: MarkupTable[];
  /** The title and each part's title as headings of level 1, then the blocks of the bodies. */
  blocks: RawBlock[];
  title: string | null;
  /** "public_updated_at" as written ("2015-01-16T10:21:34.000+00:00"). */
  publicUpdatedAt: string | null;
  /** "first_published_at" as written, when the document gives it. */
  firstPublishedAt: string | null;
  organisations: string[];
  basePath: string | null;
  /** What could not be read, for a message. */
  problems: string[];
}

export { JsonSyntaxError };

type StringNode = Extract<JsonNode, { kind: 'string' }>;

function stringAt(node: JsonNode | undefined): StringNode | null {
  return node?.kind === 'string' ? node : null;
}

/** Throws JsonSyntaxError when the file is not JSON at all. */
export function readGovukJson(raw: string): GovukReading {
  const root = parseJsonWithPlaces(raw);
  const builder = new TextBuilder();
  const acronyms: MarkupAcronym[] = [];
  const marks: Span[] = [];
  const tables: MarkupTable[] = [];
  const problems: string[] = [];
  const blocks: RawBlock[] = [];

  const plain = (node: StringNode) => {
    builder.block();
    builder.translate(stringOffsets(raw, node));
    const from = builder.size;
    builder.appendAligned(node.value, 0, node.value.length, node.value);
    blocks.push({ type: 'heading', level: 1, depth: null, bold: false, from, to: builder.size });
    builder.block();
  };
  const html = (node: StringNode) => {
    builder.block();
    builder.translate(stringOffsets(raw, node));
    const reading = readHtmlInto(builder, node.value, true);
    acronyms.push(...reading.acronyms);
    marks.push(...reading.marks);
    tables.push(...reading.tables);
    blocks.push(...reading.blocks);
    builder.block();
  };
  const markdown = (node: StringNode) => {
    builder.block();
    builder.translate(stringOffsets(raw, node));
    const reading = readMarkdownInto(builder, node.value);
    acronyms.push(...reading.acronyms);
    marks.push(...reading.marks);
    tables.push(...reading.tables);
    blocks.push(...reading.blocks);
    builder.block();
  };
  const body = (node: JsonNode | undefined): boolean => {
    const s = stringAt(node);
    if (s) {
      html(s);
      return true;
    }
    if (node?.kind === 'array') {
      const typed = (type: string) =>
        node.items.find((item) => stringAt(at(item, 'content_type'))?.value === type);
      const chosen = typed('text/html') ?? typed('text/govspeak');
      const content = stringAt(at(chosen, 'content'));
      if (content) {
        if (stringAt(at(chosen, 'content_type'))!.value === 'text/html') html(content);
        else markdown(content);
        return true;
      }
    }
    return false;
  };

  if (root.kind !== 'object') problems.push('the JSON is not an object, so it is not a GOV.UK Content API document');
  const title = stringAt(at(root, 'title'));
  if (title) plain(title);
  let found = body(at(root, 'details', 'body'));
  const parts = at(root, 'details', 'parts');
  if (!found && parts?.kind === 'array') {
    for (const part of parts.items) {
      const partTitle = stringAt(at(part, 'title'));
      if (partTitle) plain(partTitle);
      found = body(at(part, 'body')) || found;
    }
  }
  if (!found && root.kind === 'object') {
    problems.push('the document has no "details.body" (nor "details.parts"), so only its title was read');
  }

  const organisations: string[] = [];
  const orgs = at(root, 'links', 'organisations');
  if (orgs?.kind === 'array') {
    for (const org of orgs.items) {
      const name = stringAt(at(org, 'title'));
      if (name) organisations.push(name.value);
    }
  }
  return {
    map: builder.finish(),
    acronyms,
    marks,
    tables,
    blocks,
    title: title ? title.value.replace(/\s+/g, ' ').trim() || null : null,
    publicUpdatedAt: stringAt(at(root, 'public_updated_at'))?.value ?? null,
    firstPublishedAt: stringAt(at(root, 'first_published_at'))?.value ?? null,
    organisations,
    basePath: stringAt(at(root, 'base_path'))?.value ?? null,
    problems,
  };
}
