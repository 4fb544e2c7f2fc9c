import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { PdfFonts } from '@/export/pdf/fonts';

// The PDF font's files from node_modules, for tests in Node and jsdom, where nothing can be fetched.

const fontFile = (name: string) => readFileSync(resolve('node_modules/dejavu-fonts-ttf/ttf', name));

export const diskFonts: PdfFonts = {
  normal: fontFile('DejaVuSansCondensed.ttf').toString('base64'),
  bold: fontFile('DejaVuSansCondensed-Bold.ttf').toString('base64'),
};

/** Answer the PDF code's font fetches from disk: the URL's file name picks the file. */
export function fontFetch(input: string | URL | Request): Promise<Response> {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return Promise.resolve(new Response(fontFile(basename(new URL(url, 'file:///').pathname))));
}
