import { describe, expect, it } from 'vitest';
import { PROPOSAL_QUESTION, toolkitDa } from '@/content/da/toolkit';
import { toolkitEn } from '@/content/en/toolkit';
import { RUNBOOK_IDS, THEME_IDS } from '@/content/ids';
import { RUNBOOKS } from '@/content/structure';
import type { ToolkitText } from '@/content/types';
import daSkemaSource from '@/content/da/skema.ts?raw';
import daSource from '@/content/da/toolkit.ts?raw';
import toolkitSource from './fixtures/servicetjek-bfa-2024.txt?raw';

const LANGUAGES: readonly [string, ToolkitText][] = [
  ['da', toolkitDa],
  ['en', toolkitEn],
];

/** Every string in a value with its path, e.g. `themes.tillid.quotes.0.heading`. */
function stringLeaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => stringLeaves(child, path ? `${path}.${key}` : key));
}

/** Every key path of a value, array indices included, so two languages can be compared shape for shape. */
function keyPaths(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, path ? `${path}.${key}` : key));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// The toolkit as extracted from its PDF, normalised as in the research digest (§0): replacement
// characters dropped, line-break hyphenation joined, whitespace collapsed, and the six words the PDF
// split across lines without a hyphen re-joined.
const SOURCE = collapse(
  toolkitSource.replace(/\uFFFD/g, '').replace(/(\S)-[ \t]*\n\s*(?=[a-zæøå])/g, '$1'),
).replace(
  /bade vandet|fællesskab et|tilstede værelsedage|forudsige lighed|med arbejdere|præsente rede/g,
  (split) => split.replace(' ', ''),
);

function inSource(text: string): boolean {
  return SOURCE.includes(collapse(text));
}

describe.each(LANGUAGES)('toolkit text in %s', (_language, toolkit) => {
  it('has no empty strings', () => {
    const empty = stringLeaves(toolkit)
      .filter(([, text]) => text.trim() === '')
      .map(([path]) => path);
    expect(empty).toEqual([]);
  });

  it.each(THEME_IDS)('has every field of theme %s', (themeId) => {
    const theme = toolkit.themes[themeId];
    expect(theme.name).toBeTruthy();
    expect(theme.keyQuestion).toMatch(/\?$/);
    expect(theme.overviewKeyQuestion).toMatch(/\?$/);
    expect(theme.summary.length).toBeGreaterThan(80);
    for (const section of [theme.whatIsAtStake, theme.differentNeeds, theme.signs, ...theme.sections]) {
      expect(section.heading).toBeTruthy();
      expect((section.paragraphs?.length ?? 0) + (section.items?.length ?? 0)).toBeGreaterThan(0);
    }
    for (const quote of theme.quotes) {
      expect(quote.paragraphs.length).toBeGreaterThan(0);
      expect(quote.attribution).toBeTruthy();
    }
  });

  it.each(RUNBOOK_IDS)('has text for exactly the steps of runbook %s', (runbookId) => {
    const runbook = toolkit.runbooks[runbookId];
    expect(Object.keys(runbook.steps).sort()).toEqual(
      RUNBOOKS[runbookId].steps.map((step) => step.id).sort(),
    );
    expect(runbook.title).toBeTruthy();
    expect(runbook.before.length).toBeGreaterThan(0);
    for (const step of RUNBOOKS[runbookId].steps) {
      const text = runbook.steps[step.id];
      expect(text?.title).toBeTruthy();
      // Only the welcome has no length in the toolkit.
      expect(Boolean(text?.durationLabel)).toBe(step.duration.kind !== 'unspecified');
    }
  });

  it.each(THEME_IDS)('asks reflection questions in step 2 of runbook %s', (themeId) => {
    expect(toolkit.runbooks[themeId].steps.reflection?.questions?.length).toBeGreaterThanOrEqual(3);
    expect(toolkit.runbooks[themeId].steps.proposalReflection?.questions).toHaveLength(1);
  });

  it.each(RUNBOOK_IDS)('offers decision options A and B in the last step of runbook %s', (runbookId) => {
    const decisionSteps = RUNBOOKS[runbookId].steps.filter(
      (step) => step.activity === 'decision' || step.activity === 'closing',
    );
    expect(decisionSteps).toHaveLength(1);
    const options = toolkit.runbooks[runbookId].steps[decisionSteps[0]?.id ?? '']?.options;
    expect(options?.A).toBeTruthy();
    expect(options?.B).toBeTruthy();
  });

  it('names all six handleplan columns and three check-in questions', () => {
    expect(Object.values(toolkit.handleplan.columns).every(Boolean)).toBe(true);
    expect(toolkit.sixWeeks.questions.every((question) => question.endsWith('?'))).toBe(true);
  });
});

describe('English translation', () => {
  it('has the same shape as the Danish text, down to every paragraph and list item', () => {
    expect(keyPaths(toolkitEn)).toEqual(keyPaths(toolkitDa));
  });

  it('keeps proper names, sources and the ISBN as they are', () => {
    expect(toolkitEn.publication.isbn).toBe(toolkitDa.publication.isbn);
    expect(toolkitEn.publication.publisher).toBe('BFA Velfærd og Offentlig administration');
    expect(toolkitEn.publication.whereToGet).toContain('Giv jeres hybride arbejdsplads et servicetjek');
    expect(toolkitEn.themes.fordybelse.inspiration.map((item) => item.source)).toEqual(
      toolkitDa.themes.fordybelse.inspiration.map((item) => item.source),
    );
    expect(toolkitEn.themes.retfaerdighed.inspiration[0]?.source).toBe('Mandag Morgen nr. 8, 2023');
    expect(toolkitEn.themes.fordybelse.differentNeeds.paragraphs?.join(' ')).toContain('Kerteminde Kommune');
  });

  it('is a translation, not a copy of the Danish', () => {
    const da = new Map(stringLeaves(toolkitDa));
    const copied = stringLeaves(toolkitEn)
      .filter(([path, text]) => da.get(path) === text && text.split(' ').length > 4)
      .map(([path]) => path)
      .filter((path) => !/\.(source|publisher|isbn)$/.test(path));
    expect(copied).toEqual([]);
  });
});

describe('Danish toolkit text against the toolkit', () => {
  it.each(THEME_IDS)('quotes the key questions and summary of %s word for word', (themeId) => {
    const theme = toolkitDa.themes[themeId];
    expect(inSource(theme.keyQuestion)).toBe(true);
    expect(inSource(theme.overviewKeyQuestion)).toBe(true);
    // Two summaries are mended with the theme page's wording (see the comments in da/toolkit.ts).
    expect(inSource(theme.summary)).toBe(!['fleksibilitet', 'fordybelse'].includes(themeId));
  });

  it.each(THEME_IDS)('quotes every step-2 question of %s word for word', (themeId) => {
    const questions = toolkitDa.runbooks[themeId].steps.reflection?.questions ?? [];
    const mended = themeId === 'fordybelse' ? [questions[2]] : [];
    expect(questions.filter((question) => !inSource(question))).toEqual(mended);
  });

  it('quotes the shared steps, the dialogmøde and the vurderingsskema word for word', () => {
    const texts = [
      ...stringLeaves(toolkitDa.runbooks.dialogmoede),
      ...stringLeaves(toolkitDa.vurderingsskema),
      ...stringLeaves(toolkitDa.sixWeeks),
      ...stringLeaves(toolkitDa.intro),
      ...stringLeaves(toolkitDa.runbooks.tillid.steps.decision),
      ...stringLeaves(toolkitDa.runbooks.tillid.steps.round),
    ]
      // The toolkit prints "A: 30 minutter" and "B: 10 minutter" on two lines.
      .map(([path, text]) => [path, text.replace(' / ', ' ')] as const);
    expect(texts.filter(([, text]) => !inSource(text)).map(([path]) => path)).toEqual([]);
  });

  it.each(THEME_IDS)(
    'asks the toolkit’s own step-4 question in %s, with only the marked "for [at] få" mend',
    (themeId) => {
      const step = toolkitDa.runbooks[themeId].steps.proposalReflection;
      expect(step?.questions).toEqual([PROPOSAL_QUESTION]);
      expect(inSource(PROPOSAL_QUESTION.replace('behovet for at få', 'behovet for få'))).toBe(true);
      expect(inSource(PROPOSAL_QUESTION)).toBe(false);
    },
  );

  it('marks each theme wording of step 4 as the app’s own, beside the toolkit’s, never for cohesion', () => {
    const adaptations = THEME_IDS.map((id) => toolkitDa.runbooks[id].steps.proposalReflection?.adaptation);
    expect(adaptations[0]).toBeUndefined();
    for (const adaptation of adaptations.slice(1)) {
      expect(adaptation).toMatch(/^Hvad vil du foreslå, at I kunne forsøge jer med i en kortere periode/);
      expect(inSource(adaptation ?? '')).toBe(false);
    }
    expect(toolkitEn.runbooks.sammenhaengskraft.steps.proposalReflection?.adaptation).toBeUndefined();
  });

  it('changes the toolkit only where a comment marks the mend', () => {
    // The skema's words (names, key questions, resumes) live in their own module, which toolkit.ts imports.
    const mends = `${daSource}\n${daSkemaSource}`.match(/\/\/ Mended:/g) ?? [];
    const changed = stringLeaves(toolkitDa).filter(
      ([path, text]) =>
        !/\.kind$/.test(path) &&
        // Step 4 (one mend for six drejebøger) and the app's adaptations are proved above.
        !/proposalReflection\.(questions\.0|adaptation)$/.test(path) &&
        !inSource(text.replace(' / ', ' ')),
    );
    // A single mend comment may cover one string.
    expect(changed.length).toBeLessThanOrEqual(mends.length);
    expect(changed.map(([path]) => path)).toContain('themes.tillid.differentNeeds.paragraphs.0');
  });
});
