// Which reader a file needs, decided from its content first and its extension second: a ".txt" that
// holds "<!DOCTYPE html>" is read as HTML, a download from https://www.gov.uk/api/content/… saved
// without ".json" as Content API JSON, "# Title\n\n## Cabinet Office" in a ".txt" as Markdown.
import type { SourceFormat } from '../model.js';

/** How far into the file the content is looked at: a page's first markup is near its start. */
const HEAD = 4096;

// Comments, an XML declaration or a processing instruction may come before the first tag.
const LEADING_NOISE = /^(?:\s+|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)*/;
const HTML_DOCUMENT = /^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>])/i;
// A fragment such as the HTML of a Content API body: an opening block tag, and closing tags later.
const HTML_FRAGMENT_START = /^<(?:main|div|section|article|header|nav|h[1-6]|p|ul|ol|table|blockquote)[\s>]/i;
const HTML_CLOSING = /<\/(?:p|div|h[1-6]|li|section|article|main|table)>/i;
const JSON_OBJECT = /^\{\s*(?:"|\})/;
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+\S/gm;
const SETEXT_HEADING = /^ {0,3}\S[^\n]*\n {0,3}(?:=+|-{2,})[ \t]*$/m;
const MARKDOWN_INLINE = /\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|^ {0,3}```/m;

const BY_EXTENSION: Record<string, SourceFormat> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'govuk-json',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  txt: 'text',
  text: 'text',
};

/**
 * The format the content shows beyond doubt: a JSON object, or an HTML document ("<!DOCTYPE html>",
 * "<html>"). Null otherwise.
 */
export function formatFromContent(raw: string): SourceFormat | null {
  const trimmed = raw.slice(0, HEAD).replace(LEADING_NOISE, '');
  if (JSON_OBJECT.test(trimmed)) return 'govuk-json';
  if (HTML_DOCUMENT.test(trimmed)) return 'html';
  return null;
}

/**
 * The format the content suggests, for a file whose name does not say: an HTML fragment (an opening
 * block tag and closing tags later, as a Content API body saved on its own), or Markdown (two ATX
 * headings, "# Title" and "## Cabinet Office"; or one heading, ATX or underlined, with other Markdown:
 * "[link](url)", "**bold**", a code fence). Null when it looks like plain text.
 */
export function formatSuggestedByContent(raw: string): SourceFormat | null {
  const head = raw.slice(0, HEAD);
  const trimmed = head.replace(LEADING_NOISE, '');
  const atx = head.match(ATX_HEADING)?.length ?? 0;
  const markdown = atx >= 2 || ((atx === 1 || SETEXT_HEADING.test(head)) && MARKDOWN_INLINE.test(head));
  // A Markdown file may open with an HTML block; its own headings tell it from an HTML fragment.
  if (!markdown && HTML_FRAGMENT_START.test(trimmed) && HTML_CLOSING.test(raw.slice(0, HEAD * 4))) return 'html';
  return markdown ? 'markdown' : null;
}

/**
 * Content that shows its format beyond doubt decides; then an extension that names a markup format
 * (".html", ".md", ".json"); then what the content suggests; then the file is plain text. So a ".md"
 * that opens with "<div>" stays Markdown, and a ".txt" holding "## Cabinet Office" headings is Markdown.
 */
export function detectFormat(path: string, raw: string): SourceFormat {
  const certain = formatFromContent(raw);
  if (certain) return certain;
  const ext = path.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  const named = BY_EXTENSION[ext];
  if (named && named !== 'text') return named;
  return formatSuggestedByContent(raw) ?? 'text';
}
