// Stage: make the text the other stages read. Plain text is read as it is. (HTML, Markdown and GOV.UK
// Content API JSON are read by their own readers; until one is available for a format, the file is
// read as plain text and a message says so.)
import { addMessage, type Doc } from '../model.js';

export function readMarkup(doc: Doc): void {
  if (doc.source.format === 'text') return;
  addMessage(doc, 'format-read-as-text', `${doc.source.format} input is read as plain text`, null, null, 'info');
}
