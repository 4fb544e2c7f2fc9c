import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfReadBack {
  /** Text of each page, items joined by spaces, in reading order as pdf.js gives it. */
  pages: string[];
  info: Record<string, unknown>;
  /** Page sizes in points, [width, height]. */
  sizes: [number, number][];
}

/** Read a generated PDF back with pdf.js, as a reader would: text per page and the document info. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  const document = await getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    // Text extraction needs no glyph data; this silences the warning about missing standard font files.
    verbosity: VerbosityLevel.ERRORS,
  }).promise;
  const pages: string[] = [];
  const sizes: [number, number][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
      .join('');
    pages.push(text.replace(/[ \t]+/g, ' '));
    const [, , width = 0, height = 0] = page.view;
    sizes.push([width, height]);
  }
  const metadata = await document.getMetadata();
  await document.destroy();
  return { pages, info: metadata.info as Record<string, unknown>, sizes };
}

/** Page text with line breaks flattened, for phrases that wrap across lines in a table cell. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export interface PdfTextItem {
  str: string;
  /** Type size in points, from the item's text matrix. */
  size: number;
  /** Left and top edge in points from the page's top-left corner, and the item's width. */
  x: number;
  y: number;
  width: number;
}

/** Every text item of each page with its type size, as `pdftotext -bbox` gives it. */
export async function readPdfItems(bytes: Uint8Array): Promise<PdfTextItem[][]> {
  const document = await getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
  }).promise;
  const pages: PdfTextItem[][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const [, , , height = 0] = page.view;
    const content = await page.getTextContent();
    pages.push(
      content.items.flatMap((item) => {
        if (!('str' in item) || item.str.trim() === '') return [];
        const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
        const size = Math.hypot(c, d) || Math.hypot(a, b);
        return [{ str: item.str, size, x: e, y: height - f - size, width: item.width }];
      }),
    );
  }
  await document.destroy();
  return pages;
}
