/** What a chosen file is, from its first bytes rather than its name (a renamed file is common). */
export type ScoreFileKind = 'xlsx' | 'xls' | 'text';

/** Files larger than this are refused before reading: a Forms export for 30 people is about 20 KB. */
export const MAX_SCORE_FILE_BYTES = 10 * 1024 * 1024;

/** A zip container (.xlsx), the old binary Excel format (.xls), or anything else, read as text. */
export function sniffScoreFile(bytes: Uint8Array): ScoreFileKind {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'xls';
  return 'text';
}

export type DecodedText = { ok: true; text: string } | { ok: false; error: 'notText' };

/** UTF-16 without a BOM: most bytes at one parity are zero, as ASCII text in two-byte units has. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) evenZeros += 1;
    if (sample[index + 1] === 0) oddZeros += 1;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function encodingOf(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return utf16WithoutBom(bytes);
}

/**
 * A text file's characters: UTF-8 (Excel's "CSV UTF-8"), UTF-16 with or without BOM (Excel's
 * "Unicode text", tab separated), else windows-1252 (plain "CSV" from a Danish Windows). Text that
 * still holds NUL characters is not a text file and is refused rather than shown garbled.
 */
export function decodeScoreText(bytes: Uint8Array): DecodedText {
  const encoding = encodingOf(bytes);
  let text: string;
  if (encoding) {
    text = new TextDecoder(encoding).decode(bytes);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  text = text.replace(/^\uFEFF/, '');
  return text.includes('\u0000') ? { ok: false, error: 'notText' } : { ok: true, text };
}
