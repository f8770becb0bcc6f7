// PDF and Word documents made by real programs, for the tests and the benchmark (never loaded by the
// pipeline; playwright-core and jszip are development dependencies): each page's HTML
// rendering (render-page.ts) printed to PDF by headless Chromium, with its running header and
// footer (title, date, URL, "Page N of M") and without, and written as a Word .docx with real heading
// and list styles (a small writer: styles.xml names "Title", "heading 1", "heading 2"; list paragraphs
// carry numbering). The page chrome (banner, breadcrumbs, related links, footer) is hidden when
// printing, as GOV.UK's print style sheet hides it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, ElementContent, Root } from 'hast';
import { chromium, type Browser } from 'playwright-core';
import { renderPage } from './render-page.js';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];
const PRINT_STYLE = '@media print { header, nav, aside, footer, .govuk-skip-link { display: none } }';
const HEADER = '<div style="font-size:8px;width:100%;display:flex;justify-content:space-between;margin:0 1cm"><span class="title"></span><span class="date"></span></div>';
const FOOTER = '<div style="font-size:8px;width:100%;display:flex;justify-content:space-between;margin:0 1cm"><span class="url"></span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>';

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export interface PrintOptions {
  /** Chromium's running header and footer (title and date; URL and "Page N of M"). */
  headerFooter?: boolean;
  /** A footer with the page number only. */
  pageNumbers?: boolean;
  style?: string;
}

/** Prints an HTML file (or HTML text, written next to `pdfPath`) to a PDF. */
export async function printPdf(browser: Browser, html: string, pdfPath: string, options: PrintOptions = {}): Promise<string> {
  const htmlPath = existsSync(html) ? html : pdfPath.replace(/\.pdf$/, '.html');
  if (htmlPath !== html) writeFileSync(htmlPath, html);
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(htmlPath).href);
    await page.addStyleTag({ content: PRINT_STYLE + (options.style ?? '') });
    const margins = { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' };
    if (options.headerFooter) {
      await page.pdf({ path: pdfPath, format: 'A4', margin: margins, displayHeaderFooter: true, headerTemplate: HEADER, footerTemplate: FOOTER });
    } else if (options.pageNumbers) {
      await page.pdf({
        path: pdfPath, format: 'A4', margin: margins, displayHeaderFooter: true, headerTemplate: '<span></span>',
        footerTemplate: '<div style="font-size:9px;width:100%;text-align:center"><span class="pageNumber"></span></div>',
      });
    } else {
      await page.pdf({ path: pdfPath, format: 'A4', margin: margins });
    }
  } finally {
    await page.close();
  }
  return pdfPath;
}

/** Renders a text page as GOV.UK-like HTML (render-page.ts) into `dir`/input.html. */
export async function renderHtml(textPath: string, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'input.html');
  writeFileSync(path, renderPage(readFileSync(textPath, 'utf8'), textPath).html);
  return path;
}

// ---------------------------------------------------------------------------------------------------
// A small .docx writer.

const xmlEscape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A paragraph of the Word file: its style, list depth (0 for none), and runs of text. */
export interface WordParagraph {
  style: 'Title' | 'Heading1' | 'Heading2' | 'Heading3' | 'Normal' | 'ListBullet';
  depth?: number;
  runs: Array<{ text: string; bold?: boolean; superscript?: boolean }>;
  /** A table row instead of a paragraph: one cell per entry. */
  cells?: string[];
}

function paragraphXml(p: WordParagraph): string {
  const numbering = p.style === 'ListBullet' ? `<w:numPr><w:ilvl w:val="${(p.depth ?? 1) - 1}"/><w:numId w:val="1"/></w:numPr>` : '';
  const properties = (r: WordParagraph['runs'][number]) => (r.bold ? '<w:b/>' : '') + (r.superscript ? '<w:vertAlign w:val="superscript"/>' : '');
  const runs = p.runs.map((r) => `<w:r>${properties(r) ? `<w:rPr>${properties(r)}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlEscape(r.text)}</w:t></w:r>`).join('');
  return `<w:p><w:pPr><w:pStyle w:val="${p.style}"/>${numbering}</w:pPr>${runs}</w:p>`;
}

export async function writeDocx(paragraphs: WordParagraph[]): Promise<Uint8Array> {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const body = paragraphs
    .map((p) =>
      p.cells
        ? `<w:tbl><w:tr>${p.cells.map((c) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${xmlEscape(c)}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr></w:tbl>`
        : paragraphXml(p),
    )
    .join('');
  const style = (id: string, name: string) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
  const levels = Array.from({ length: 4 }, (_, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:pPr><w:ind w:left="${720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>`).join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`);
  zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${style('Normal', 'Normal')}${style('Title', 'Title')}${style('Heading1', 'heading 1')}${style('Heading2', 'heading 2')}${style('Heading3', 'heading 3')}${style('ListBullet', 'List Bullet')}</w:styles>`);
  zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** The text of hast nodes, whitespace collapsed, with the bold parts (<strong>, <b>) and superscripts (<sup>) marked. */
function runsOf(nodes: ElementContent[], bold = false, superscript = false): WordParagraph['runs'] {
  return nodes.flatMap((n) => {
    if (n.type === 'text') return [{ text: n.value.replace(/\s+/g, ' '), bold, ...(superscript ? { superscript } : {}) }];
    if (n.type === 'element') return runsOf(n.children, bold || n.tagName === 'strong' || n.tagName === 'b', superscript || n.tagName === 'sup');
    return [];
  });
}

/**
 * The Word version of a page rendered by render-page.ts: the main content's h1 as Title, h2 as
 * Heading 1, h3 as Heading 2, list items as bulleted list paragraphs, other paragraphs as Normal.
 */
export function wordParagraphsFromHtml(html: string): WordParagraph[] {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const out: WordParagraph[] = [];
  const STYLE: Record<string, WordParagraph['style']> = { h1: 'Title', h2: 'Heading1', h3: 'Heading2', h4: 'Heading3', p: 'Normal' };
  const walk = (node: Root | Element, depth: number, inMain: boolean) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const main = inMain || child.tagName === 'main';
      if (['header', 'nav', 'aside', 'footer', 'script', 'style', 'head'].includes(child.tagName)) continue;
      if (main && STYLE[child.tagName]) {
        const runs = runsOf(child.children);
        const first = runs[0];
        if (first) first.text = first.text.trimStart();
        const last = runs[runs.length - 1];
        if (last) last.text = last.text.trimEnd();
        out.push({ style: STYLE[child.tagName], runs });
      } else if (main && child.tagName === 'li') {
        out.push({ style: 'ListBullet', depth, runs: runsOf(child.children.filter((c) => !(c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol')))) });
        walk(child, depth, main);
      } else walk(child, child.tagName === 'ul' || child.tagName === 'ol' ? depth + 1 : depth, main);
    }
  };
  walk(tree, 0, false);
  return out;
}

