// Reads a PDF's text layer with pdf.js (pdfjs-dist, its legacy build for Node; it runs in this thread,
// with no worker script fetched and no fonts loaded for display) into glyph runs per page, and hands
// them to layOutPages for reading order. A PDF that cannot be read at all is a LoadError with a rule
// id; a page that fails alone is left out with a warning naming it, and the other pages still come out.
//
// Runs are placed on the page as displayed: pdf.js's viewport applies the page's /Rotate, so a page
// printed landscape and turned reads left to right with (x, y) from its top-left corner.
import { LoadError } from '../stages/load-document.js';
import { importPackage } from '../import-package.js';
import type { RuleId } from '../rules.js';
import { layOutPages, type GlyphRun, type PageRuns, type PdfText } from './pdf-layout.js';

export interface PdfReading extends PdfText {
  /** Pages that could not be read (1-based), in order. */
  failedPages: number[];
  pageCount: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsModule: Promise<PdfJs> | null = null;
const loadPdfJs = () => (pdfjsModule ??= importPackage<PdfJs>('pdfjs-dist/legacy/build/pdf.mjs'));

// A weight in a font's PostScript name: "AAAAAA+LiberationSerif-Bold", "Arial-BoldMT", "Calibri-Semibold".
const BOLD_NAME = /bold|black|heavy|semibold|demibold|extrabold/i;

function fail(path: string, ruleId: RuleId, message: string): never {
  throw new LoadError(path, ruleId, message);
}

export async function readPdf(bytes: Uint8Array, path: string): Promise<PdfReading> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    const name = (error as Error)?.name;
    if (name === 'PasswordException') {
      fail(path, 'pdf-encrypted', 'the PDF is encrypted and needs a password to open; open it in a PDF reader with its password and save or print an unprotected copy, or ask its publisher for one');
    }
    const detail = (error as Error)?.message ?? String(error);
    fail(path, 'pdf-damaged', `the PDF is damaged or cut off and cannot be opened (${detail}); download it again, or open it in a PDF reader and save a new copy`);
  }
  try {
    if (pdf.numPages === 0) fail(path, 'pdf-no-pages', 'the PDF has no pages; there is nothing to extract');
    const pages: PageRuns[] = [];
    const failedPages: number[] = [];
    const bold = new Map<string, boolean>();
    let characters = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      try {
        const page = await pdf.getPage(number);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const fontNames = new Set<string>();
        for (const item of content.items) if ('str' in item && item.str.trim() !== '') fontNames.add(item.fontName);
        // The drawing: list bullets drawn as shapes (Chromium's discs), and the fonts loaded, whose names
        // give their weights.
        const operators = await page.getOperatorList();
        const marks = bulletShapes(pdfjs, operators, viewport.transform as number[]);
        if ([...fontNames].some((f) => !bold.has(f))) {
          for (const f of fontNames) {
            let name = '';
            try {
              name = String((page.commonObjs.get(f) as { name?: string } | undefined)?.name ?? '');
            } catch {
              name = '';
            }
            bold.set(f, BOLD_NAME.test(name));
          }
        }
        const runs: GlyphRun[] = [];
        for (const item of content.items) {
          if (!('str' in item) || item.str.length === 0) continue;
          const m = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
          const size = Math.hypot(m[2], m[3]);
          if (!(size > 0)) continue;
          const style = content.styles[item.fontName];
          const ascent = style?.ascent && style.ascent > 0 ? style.ascent : 0.8;
          const descent = style?.descent && style.descent < 0 ? style.descent : -0.2;
          const horizontal = m[0] > 0 && Math.abs(m[1]) < 0.01 * Math.abs(m[0]);
          const run: GlyphRun = { str: item.str, x: m[4], baseline: m[5], width: item.width, size, ascent, descent, bold: bold.get(item.fontName) ?? false, horizontal };
          if (!horizontal) {
            // Turned text: the box that holds its baseline (along the text's direction) and its glyphs'
            // height (across it), clipped to the page.
            const along = [m[0] / Math.hypot(m[0], m[1]), m[1] / Math.hypot(m[0], m[1])];
            const across = [m[2] / size, m[3] / size];
            const corners = [0, item.width].flatMap((a) =>
              [ascent, descent].map((h) => [m[4] + along[0] * a + across[0] * h * size, m[5] + along[1] * a + across[1] * h * size]),
            );
            const xs = corners.map((c) => Math.min(Math.max(c[0], 0), viewport.width));
            const ys = corners.map((c) => Math.min(Math.max(c[1], 0), viewport.height));
            run.box = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
            run.x = run.box.x;
            run.baseline = run.box.y + run.box.height;
          }
          characters += item.str.trim().length;
          runs.push(run);
        }
        pages.push({ number, width: viewport.width, height: viewport.height, rotation: viewport.rotation, runs, marks });
        page.cleanup();
      } catch (error) {
        if (error instanceof LoadError) throw error;
        failedPages.push(number);
      }
    }
    if (failedPages.length === pdf.numPages) {
      fail(path, 'pdf-damaged', `none of the PDF's ${pdf.numPages} pages could be read; the file is damaged. Download it again, or open it in a PDF reader and save a new copy`);
    }
    if (characters === 0) {
      fail(
        path,
        'pdf-no-text',
        `the PDF's ${pdf.numPages === 1 ? 'page has' : `${pdf.numPages} pages have`} no text layer, only images (a scan); run OCR on it first (for example ocrmypdf, or a PDF editor's "recognise text") and give the result`,
      );
    }
    return { ...layOutPages(pages), failedPages, pageCount: pdf.numPages };
  } finally {
    await pdf.destroy().catch(() => {});
  }
}

/**
 * Small filled shapes, about as wide as high and 1 to 8 points across, as a list's bullets are drawn
 * when they are not text (Chromium draws a disc): their boxes on the displayed page. The current
 * transformation matrix is followed through save, restore and transform.
 */
function bulletShapes(pdfjs: PdfJs, operators: { fnArray: number[]; argsArray: unknown[] }, viewport: number[]): Array<{ x0: number; y0: number; x1: number; y1: number }> {
  const { OPS, Util } = pdfjs;
  const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const marks: Array<{ x0: number; y0: number; x1: number; y1: number }> = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  operators.fnArray.forEach((fn, i) => {
    const args = operators.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = Util.transform(ctm, args as number[]) as number[];
    else if (fn === OPS.constructPath && FILLS.has(args[0] as number) && args[2]) {
      const [minX, minY, maxX, maxY] = Array.from(args[2] as ArrayLike<number>);
      const m = Util.transform(viewport, ctm) as number[];
      const xs: number[] = [];
      const ys: number[] = [];
      for (const [x, y] of [[minX, minY], [maxX, maxY], [minX, maxY], [maxX, minY]]) {
        xs.push(m[0] * x + m[2] * y + m[4]);
        ys.push(m[1] * x + m[3] * y + m[5]);
      }
      const box = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
      const w = box.x1 - box.x0;
      const h = box.y1 - box.y0;
      if (w >= 1 && h >= 1 && w <= 8 && h <= 8 && w / h > 0.6 && w / h < 1.6) marks.push(box);
    }
  });
  return marks;
}
