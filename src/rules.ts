// Every message policy-extract gives has a stable rule id, listed here with its usual severity and
// meaning. addMessage only accepts these ids, and the README's table is checked against this list.
import type { Severity } from './model.js';

export const RULES = {
  // The document as a whole (document.json `messages`).
  'empty-document': ['warning', 'the file is empty or holds only whitespace; there is nothing to extract'],
  'not-utf8': ['warning', 'some bytes are not valid UTF-8 (first line, column and byte named); they were read as Windows-1252, as Word saves text'],
  'cut-off': ['warning', 'the file ends in the middle of a character; it may have been cut off while saving'],
  'utf16-without-bom': ['warning', 'the file has no byte order mark and was read as UTF-16 because of where its zero bytes fall'],
  'json-invalid': ['error', 'the file is not valid JSON (line and column named); it was read as plain text'],
  'json-not-content-api': ['warning', 'the JSON is not a GOV.UK Content API document, or has no details.body (nor details.parts)'],
  'no-visible-text': ['warning', 'an HTML, Markdown or JSON file shows no text once markup, scripts and page chrome are left out'],
  'no-headings': ['warning', 'no unit or phase headings were recognised; the text after the title is one section'],
  'phase-without-unit': ['warning', 'a phase heading has no unit heading above it; its sections belong to the document as a whole'],
  'phase-out-of-order': ['warning', 'a phase heading comes earlier in time than the one before it in the same unit, with no unit heading between them'],
  'duplicate-phase': ['warning', 'the same phase heading appears twice in one unit; both sections are kept'],
  'duplicate-unit': ['info', 'two units of one page share a unit key; both are kept'],
  'empty-section': ['info', 'a heading has nothing under it'],
  'text-cut-off': ['info', 'the last line ends without closing punctuation; the page may have been cut off'],
  'running-lines-dropped': ['info', 'PDF: running header and footer lines (repeated at the same place on most pages, page numbers) were left out of the text; how many, and which'],
  'pdf-page-failed': ['warning', 'PDF: a page could not be read and is missing from the text (its number named); the other pages were read'],
  // A document that cannot be read at all (stderr, exit code 1).
  'binary-input': ['error', 'the file is binary data (a zip/.docx, PDF, .doc, image, gzip …), not text; save it as text or HTML'],
  'pdf-encrypted': ['error', 'the PDF is encrypted and needs a password; save or print an unprotected copy'],
  'pdf-no-text': ['error', 'the PDF has no text layer, only images (a scan); run OCR on it first'],
  'pdf-damaged': ['error', 'the PDF is damaged or cut off and cannot be opened, or none of its pages can be read'],
  'pdf-no-pages': ['error', 'the PDF has no pages'],
  'docx-damaged': ['error', 'the .docx file is damaged or not a Word document; save it again as .docx or as PDF'],
  'rtf-input': ['error', 'the file is Rich Text (RTF); save it from Word as plain text (UTF-8) or as a web page (HTML)'],
  // The outputs of a run (stderr and datapackage.json).
  'output.row-limit': ['warning', "a table has more rows than a spreadsheet holds (1,048,576 in Excel); use pandas, R or a database for it"],
  'output.xlsx-truncated': ['warning', 'a sheet of policy-extract.xlsx was cut at its row cap; the CSVs hold every row'],
  'output.xlsx-cell-cut': ['warning', 'a cell longer than a spreadsheet cell holds (32,767 characters) was cut in policy-extract.xlsx; the CSVs hold it whole'],
} as const satisfies Record<string, readonly [Severity, string]>;

export type RuleId = keyof typeof RULES;
