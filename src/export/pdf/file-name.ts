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
