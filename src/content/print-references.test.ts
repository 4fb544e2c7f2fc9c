import { describe, expect, it } from 'vitest';
import { toolkitDa } from './da/toolkit';
import { toolkitEn } from './en/toolkit';
import { PRINT_REFERENCES, splitPrintReferences } from './print-references';

describe('splitPrintReferences', () => {
  it('cuts "side 18-19" as one reference, not as "side 18"', () => {
    expect(splitPrintReferences('som beskrevet på side 18-19. Dialogmødet', PRINT_REFERENCES.da)).toEqual([
      { kind: 'text', text: 'som beskrevet på ' },
      { kind: 'reference', reference: { phrase: 'side 18-19', target: 'dialogmoede' } },
      { kind: 'text', text: '. Dialogmødet' },
    ]);
  });

  it('leaves a text without references whole', () => {
    expect(splitPrintReferences('Vær nysgerrige.', PRINT_REFERENCES.da)).toEqual([
      { kind: 'text', text: 'Vær nysgerrige.' },
    ]);
  });

  it.each([
    ['da', toolkitDa],
    ['en', toolkitEn],
  ] as const)('finds every page reference the %s toolkit text prints', (language, toolkit) => {
    const text = JSON.stringify(toolkit);
    for (const reference of PRINT_REFERENCES[language]) expect(text).toContain(reference.phrase);
    // Once every reference is cut out, no page word is left: no dead "side 18" reaches a screen.
    const rest = PRINT_REFERENCES[language].reduce(
      (left, reference) => left.split(reference.phrase).join(''),
      text,
    );
    expect(rest).not.toMatch(
      language === 'da'
        ? /\bside \d|foregående side|næste side|forrige side/
        : /\bpages? \d|previous page|next page/,
    );
  });
});
