// A minimal PDF writer for the test PDFs a browser does not make: a turned page (/Rotate), no pages,
// an encrypted file, a page of images only, a page object that is broken. Each object is written as
// given; the cross-reference table is computed.

/** One page: its text lines (Helvetica), placed by their baseline's left end in PDF user space. */
export interface PageSpec {
  /** `turned`: drawn running upwards (text matrix 0 1 -1 0), as a landscape page's content is under /Rotate 90. */
  lines?: Array<{ text: string; x: number; y: number; size?: number; bold?: boolean; turned?: boolean }>;
  /** Raw content stream operators added after the text (a drawn rectangle stands in for an image). */
  drawing?: string;
  rotate?: number;
  width?: number;
  height?: number;
}

export interface PdfSpec {
  pages: PageSpec[];
  /** Replaces page n's object (1-based) with this body, to break it. */
  brokenPage?: { page: number; body: string };
  /** Adds an /Encrypt dictionary (RC4, 40-bit) whose user password is not empty. */
  encrypted?: boolean;
}

const escapeText = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

export function writePdf(spec: PdfSpec): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesId = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const boldFont = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  spec.pages.forEach((page, i) => {
    const ops = (page.lines ?? []).map((l) => `BT /${l.bold ? 'F2' : 'F1'} ${l.size ?? 12} Tf ${l.turned ? `0 1 -1 0 ${l.x} ${l.y} Tm` : `${l.x} ${l.y} Td`} (${escapeText(l.text)}) Tj ET`).join('\n') + (page.drawing ? `\n${page.drawing}` : '');
    const content = add(`<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`);
    const box = `[0 0 ${page.width ?? 595} ${page.height ?? 842}]`;
    const body =
      spec.brokenPage?.page === i + 1
        ? spec.brokenPage.body
        : `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox ${box} ${page.rotate ? `/Rotate ${page.rotate} ` : ''}/Resources << /Font << /F1 ${font} 0 R /F2 ${boldFont} 0 R >> >> /Contents ${content} 0 R >>`;
    kids.push(add(body));
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let encrypt = '';
  if (spec.encrypted) {
    const hex = (n: number) => '<' + Array.from({ length: 32 }, (_, k) => ((k * 37 + n) % 256).toString(16).padStart(2, '0')).join('') + '>';
    encrypt = ` /Encrypt ${add(`<< /Filter /Standard /V 1 /R 2 /O ${hex(1)} /U ${hex(2)} /P -44 >>`)} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]`;
  }
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
