// Stage: make the text the other stages read. Plain text is read as it is; HTML, Markdown and GOV.UK
// Content API JSON are read into their visible text, one line per heading, paragraph or list item
// ("- item"), with `doc.sourceMap` placing each text character in the file given (two typed arrays filled
// in one pass, read with sourceStart/sourceEnd). One parse per document.
//
// What the Content API carries outside the body goes where a plain page's lines would put it:
// "title" to doc.title, "public_updated_at" to doc.updated (its date, "2015-01-16"), and the
// organisations' titles to doc.metadata.organisations. Segmentation only fills in what is still null.
// Every reader also gives the typed blocks it saw (doc.blocks): headings with their level, paragraphs,
// list items with their depth, captions and tables; a plain-text file gives one block per line.
import { addMessage, type Doc, type MarkupAcronym, type MarkupTable, type Span } from '../model.js';
import { splitLines } from '../text/lines.js';
import { TextBuilder, type TextMap } from '../markup/text-builder.js';
import { readHtmlInto } from '../markup/html.js';
import { frontMatterOf, readMarkdownInto } from '../markup/markdown.js';
import { JsonSyntaxError, readGovukJson } from '../markup/govuk-json.js';
import { createLocator } from './locate-positions.js';
import { finishBlocks, lineBlocks, type RawBlock } from '../markup/blocks.js';

function install(doc: Doc, map: TextMap, acronyms: MarkupAcronym[], blocks: RawBlock[], tables: MarkupTable[], marks: Span[] = []): void {
  const { text, start, end } = map;
  doc.text = text;
  doc.lines = splitLines(text);
  doc.blocks = finishBlocks(text, blocks);
  doc.sourceMap = { start, end };
  doc.markupAcronyms = acronyms;
  doc.markupTables = tables;
  doc.noteMarks = marks;
  if (text.trim().length === 0 && doc.raw.trim().length > 0) {
    addMessage(
      doc,
      'no-visible-text',
      `the ${doc.source.format === 'govuk-json' ? 'Content API document' : doc.source.format.toUpperCase()} file shows no text once markup, scripts and page chrome are left out`,
    );
  }
}

export function readMarkup(doc: Doc): void {
  const format = doc.source.format;
  if (format === 'text') {
    doc.blocks = lineBlocks(doc.lines);
    return;
  }
  // PDF and Word were read into text (source.txt) and blocks before the pipeline ran (load-document).
  if (format === 'pdf' || format === 'docx') return;
  if (format === 'html' || format === 'markdown') {
    const builder = new TextBuilder();
    const reading = format === 'html' ? readHtmlInto(builder, doc.raw) : readMarkdownInto(builder, doc.raw);
    install(doc, builder.finish(), reading.acronyms, reading.blocks, reading.tables, reading.marks);
    if (format === 'markdown') {
      // A Jekyll page's front matter names its title and the day it was published.
      const front = frontMatterOf(doc.raw);
      if (front.title) doc.title = front.title;
      if (front.date) doc.metadata.firstPublishedAt = front.date;
    }
    return;
  }
  let reading;
  try {
    reading = readGovukJson(doc.raw);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const point = createLocator(doc.raw).point(error.index);
    addMessage(
      doc,
      'json-invalid',
      `the file is not valid JSON (${error.message} at line ${point.line}, column ${point.column}); it was read as plain text. Give a GOV.UK Content API document as downloaded, or rename the file if it is not JSON`,
      { from: error.index, to: Math.min(error.index + 1, doc.raw.length) },
      'error',
    );
    doc.blocks = lineBlocks(doc.lines);
    return;
  }
  install(doc, reading.map, reading.acronyms, reading.blocks, reading.tables, reading.marks);
  for (const problem of reading.problems) addMessage(doc, 'json-not-content-api', problem);
  if (reading.title) doc.title = reading.title;
  const date = reading.publicUpdatedAt?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  if (date) doc.updated = date;
  doc.metadata.organisations = reading.organisations;
  if (reading.publicUpdatedAt) doc.metadata.publicUpdatedAt = reading.publicUpdatedAt;
  if (reading.firstPublishedAt) doc.metadata.firstPublishedAt = reading.firstPublishedAt;
  if (reading.basePath) doc.metadata.basePath = reading.basePath;
}
