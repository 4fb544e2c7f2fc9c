/**
 * A heading or answer reduced to its letters for comparison: lower case, æ→ae, ø→oe, å→aa, accents
 * and everything that is not a letter a–z dropped ("Fuldførelsestidspunkt" → "fuldfoerelsestidspunkt").
 */
export function normaliseWord(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}
