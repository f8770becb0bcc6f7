// Which reader a file gets: content that shows its format decides, then the extension, then what the
// content suggests, then plain text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectFormat } from '../src/stages/detect-format.js';
import { CORPUS_FILES, SEED_FILE } from './helpers.js';

describe('detectFormat', () => {
  it.each([
    // Content that shows its format beyond doubt, whatever the name says.
    ['a doctype inside a .txt', 'page.txt', '<!DOCTYPE html>\n<html><body><p>a</p></body></html>', 'html'],
    ['a doctype in lower case after a comment', 'page.md', '<!-- saved from gov.uk -->\n<!doctype html><p>a</p>', 'html'],
    ['an <html> element after an XML declaration', 'page', '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', 'html'],
    ['Content API JSON without .json', 'content', '{\n  "base_path": "/government/publications/x",\n  "title": "Action 3"\n}', 'govuk-json'],
    ['Content API JSON saved as .html', 'page.html', '{"title": "Action 3", "details": {"body": "<p>a</p>"}}', 'govuk-json'],
    ['JSON after leading blank lines', 'x.txt', '\n  {"title": "x"}', 'govuk-json'],
    // The extension, when the content is not certain.
    ['a .md file opening with an HTML block', 'page.md', '<div class="note">\n\n# Title\n\n</div>\n', 'markdown'],
    ['a .md file with no Markdown in it', 'page.md', 'Cabinet Office\nProgress during 2013\n', 'markdown'],
    ['a .htm file holding a fragment', 'page.HTM', 'Cabinet Office <b>2013</b>', 'html'],
    ['a .json file that does not parse', 'page.json', 'title: Action 3', 'govuk-json'],
    // What the content suggests, when the name does not say.
    ['Markdown with two headings, no extension', 'page', '# Action 3\n\nUpdated 16 January 2015\n\n## Cabinet Office\n\nText.\n', 'markdown'],
    ['Markdown with one heading and a link, in a .txt', 'page.txt', '# Action 3\n\nSee [the strategy](https://www.gov.uk/x).\n', 'markdown'],
    ['an underlined heading with bold text', 'notes', 'Action 3\n========\n\n**Cabinet Office** hired 5 people.\n', 'markdown'],
    ['an HTML fragment in a .txt', 'body.txt', '<h2>Cabinet Office</h2>\n<p>We hired 5 people.</p>\n', 'html'],
    // Plain text.
    ['a strategy page as text', 'page.txt', 'Action 3: all departments\nUpdated 16 January 2015\nCabinet Office\nProgress during 2013\n- evaluating digital propositions\n', 'text'],
    ['one "#" line is not enough for Markdown', 'page.txt', '# of staff trained\nCabinet Office\nProgress during 2013\n', 'text'],
    ['a tag named in prose is not HTML', 'page.txt', '<Department name> will report in 2014.\n', 'text'],
    ['an unknown extension', 'page.docx.txt', 'Cabinet Office\n', 'text'],
    ['no extension and no markup', 'README', 'Cabinet Office\n', 'text'],
    ['an empty file', 'empty.txt', '', 'text'],
  ])('%s → %s', (_name, path, content, expected) => {
    expect(detectFormat(path, content)).toBe(expected);
  });

  const corpus = [SEED_FILE, ...CORPUS_FILES];
  it.each(corpus)('the plain-text page %s is text', (file) => {
    expect(detectFormat(file, readFileSync(file, 'utf8'))).toBe('text');
  });
});
