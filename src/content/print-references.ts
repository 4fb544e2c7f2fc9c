import type { Language } from '@/i18n/languages';

/** The screen of the app that stands in for a page of the printed booklet. */
export type PrintTarget = 'themes' | 'dialogmoede' | 'assessment' | 'planDialogmoede' | 'handleplan';

export interface PrintReference {
  /** The words as the toolkit prints them, e.g. "side 18-19". */
  phrase: string;
  target: PrintTarget;
}

/** Where each screen lives: the hash route a print reference links to. */
export const PRINT_TARGET_HREF: Readonly<Record<PrintTarget, string>> = {
  themes: '/temaer',
  dialogmoede: '/temaer/dialogmoede',
  assessment: '/vurdering',
  planDialogmoede: '/moede/ny?runbook=dialogmoede',
  handleplan: '/handleplan',
};

/**
 * The booklet's page references ("side 18-19", "foregående side") that mean nothing on a screen.
 * The toolkit's text keeps them; the screen shows a link to the app's screen instead, with the page
 * reference as a marked note. Longer phrases come first so "side 18-19" is not read as "side 18".
 */
export const PRINT_REFERENCES: Readonly<Record<Language, readonly PrintReference[]>> = {
  da: [
    { phrase: 'side 18-19', target: 'dialogmoede' },
    { phrase: 'side 18', target: 'dialogmoede' },
    { phrase: 'skemaet på side 5', target: 'assessment' },
    { phrase: 'resumeerne på foregående side', target: 'themes' },
    { phrase: 'skabelonen på næste side', target: 'planDialogmoede' },
    { phrase: 'handleplanen fra forrige side', target: 'handleplan' },
  ],
  en: [
    { phrase: 'pages 18–19', target: 'dialogmoede' },
    { phrase: 'page 18', target: 'dialogmoede' },
    { phrase: 'the form on page 5', target: 'assessment' },
    { phrase: 'the summaries on the previous page', target: 'themes' },
    { phrase: 'the template on the next page', target: 'planDialogmoede' },
    { phrase: 'the action plan from the previous page', target: 'handleplan' },
  ],
};

/** A text cut into plain parts and print references, in reading order. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'reference'; reference: PrintReference };

/** Splits a toolkit sentence at its print references; a text without any is one plain part. */
export function splitPrintReferences(text: string, references: readonly PrintReference[]): TextPart[] {
  for (const reference of references) {
    const at = text.indexOf(reference.phrase);
    if (at < 0) continue;
    const before = text.slice(0, at);
    const after = text.slice(at + reference.phrase.length);
    return [
      ...(before ? splitPrintReferences(before, references) : []),
      { kind: 'reference', reference },
      ...(after ? splitPrintReferences(after, references) : []),
    ];
  }
  return text ? [{ kind: 'text', text }] : [];
}
