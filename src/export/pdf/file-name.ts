import type { PdfFile } from './exports';
const TRANSLITERATION: Record<string, string> = {
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
};

/** A file-name-safe slug: lower case, æ→ae, ø→oe, å→aa, other accents dropped, runs of anything else → "-". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåäöüß]/g, (letter) => TRANSLITERATION[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/** `handleplan-<team>-<YYYY-MM-DD>.pdf`; the team part is left out when it slugs to nothing. */
export function pdfFileName(kind: string, team: string, isoDate: string): string {
  return [slugify(kind), slugify(team), isoDate].filter(Boolean).join('-') + '.pdf';
}

/**
 * A document built from its collected data and named "<kind>-<team>-<date>.pdf"; null when there was
 * nothing to collect (an unknown id, a team with nothing in the period).
 */
export function fileOf<T extends { teamName: string }>(
  data: T | null,
  build: (data: T) => Uint8Array,
  name: (data: T) => { kind: string; isoDate: string },
): PdfFile | null {
  if (!data) return null;
  const { kind, isoDate } = name(data);
  return { bytes: build(data), fileName: pdfFileName(kind, data.teamName, isoDate) };
}
