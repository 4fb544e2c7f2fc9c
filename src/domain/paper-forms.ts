/** The most vurderingsskemaer one download prints: a large department, with some to spare. */
export const MAX_SKEMA_COPIES = 200;

/** The paper sizes the handleplan prints on: A4, or A3 as a poster for the wall. */
export const PAPER_FORMATS = ['a4', 'a3'] as const;
export type PaperFormat = (typeof PAPER_FORMATS)[number];
