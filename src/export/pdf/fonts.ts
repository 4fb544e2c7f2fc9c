import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf?url';
import normalUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf?url';

/**
 * The PDFs' font: DejaVu Sans Condensed (about as wide as Helvetica), whose glyphs cover the Latin, Greek, Cyrillic, Hebrew and Arabic
 * letters of names like "Łukasz Dąbrowski", "Ayşe Yılmaz" or "Ольга", which the PDF standard fonts
 * (Latin-1 only) print as garbage. jsPDF embeds only the glyphs a document uses, so a file stays
 * small. The two files (1.3 MB) are separate assets, fetched with the PDF code and precached.
 */
export const PDF_FONT = 'DejaVuSans';

/** The TrueType files as base64, the form jsPDF's virtual file system takes. */
export interface PdfFonts {
  normal: string;
  bold: string;
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  // In slices: String.fromCharCode with a whole font as arguments overflows the call stack.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

async function fetchBase64(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: ${response.status}`);
  return toBase64(await response.arrayBuffer());
}

let loading: Promise<PdfFonts> | null = null;

/** Fetch both font files once per session; a failed fetch is tried again on the next PDF. */
export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([fetchBase64(normalUrl), fetchBase64(boldUrl)]).then(
    ([normal, bold]) => ({ normal, bold }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
