import { describe, expect, it } from 'vitest';
import { toolkitDa } from '@/content/da/toolkit';
import { toolkitEn } from '@/content/en/toolkit';
import handleplanDa from '@/i18n/locales/da/handleplan';
import aboutDa from '@/i18n/locales/da/about';
import assessmentDa from '@/i18n/locales/da/assessment';
import assessmentEn from '@/i18n/locales/en/assessment';
import toolkitSource from './fixtures/servicetjek-bfa-2024.txt?raw';

// Issue #14: what the app adds around the toolkit must match what the toolkit says. The toolkit
// normalised as in tests/content.test.ts: hyphenation joined, whitespace collapsed.
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const SOURCE = collapse(
  toolkitSource.replace(/\uFFFD/g, '').replace(/(\S)-[ \t]*\n\s*(?=[a-zæøå])/g, '$1'),
).replace(/bade vandet/g, 'badevandet');
const inSource = (text: string) => SOURCE.includes(collapse(text));

/** Every string in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}

describe('Sammenhængskraft in the toolkit’s order', () => {
  it('shows its sections in the order the toolkit prints them, examples after "Hvad er sammenhængskraft?"', () => {
    const theme = toolkitDa.themes.sammenhaengskraft;
    const headings = [
      theme.whatIsAtStake,
      ...theme.sections,
      theme.differentNeeds,
      ...(theme.sectionsAfterNeeds ?? []),
    ].map((section) => section.heading);
    expect(headings).toEqual([
      'Hvad er på spil i arbejdsmiljøet?',
      'Hvad er sammenhængskraft?',
      'Eksempler på sammenhængskraft:',
      'Hvilken sammenhængskraft har vi brug for?',
      'Rutiner og meningsfulde ritualer',
    ]);
    const positions = headings.map((heading) => SOURCE.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(toolkitEn.themes.sammenhaengskraft.sections.map((s) => s.items?.length ?? 0)).toEqual([0, 3]);
  });
});

describe("what the app adds is the app's", () => {
  it('quotes the toolkit’s week-6 decision word for word beside "justeres og forlænges"', () => {
    const quoted = /»(.+?)«/.exec(handleplanDa.decision.extendNote)?.[1] ?? '';
    expect(quoted).toBe('efter seks uger beslutter arbejdspladsen, om forsøget skal gøres permanent');
    expect(inSource(quoted)).toBe(true);
    expect(inSource('justeres og forlænges')).toBe(false);
    expect(handleplanDa.decision.extendNote).toContain('appens tilføjelse');
  });

  it('credits the toolkit with the one tension it states, and the other two to the app', () => {
    expect(inSource('onlinemøder og chat risikerer at forstyrre fordybelsen')).toBe(true);
    expect(aboutDa.adaptations.items.tensions).toContain('Værktøjet nævner, at onlinemøder og chat');
    expect(aboutDa.adaptations.items.tensions).toMatch(/fleksibilitet og sammenhængskraft .*er appens egne/);
    expect(assessmentDa.result.tensionApp).toContain('værktøjet nævner den ikke');
    expect(assessmentEn.result.tensionApp).toContain('the toolkit does not name it');
    // The toolkit never pairs flexibility with cohesion or fairness as a tension.
    expect(SOURCE).not.toMatch(/fleksibilitet (og|over for|↔) (sammenhængskraft|retfærdighed)/i);
  });

  it('calls the toolkit "værktøjet", never "toolkittet"', () => {
    const danish = import.meta.glob('../src/i18n/locales/da/*.ts', { eager: true, import: 'default' });
    const text = [...strings(danish), ...strings(toolkitDa)].join('\n');
    expect(text).not.toMatch(/toolkittet/i);
  });
});

describe('English wording', () => {
  const english = import.meta.glob('../src/i18n/locales/en/*.ts', { eager: true, import: 'default' });
  const all = [...strings(english), ...strings(toolkitEn)].join('\n');

  it('says "the home office" for hjemmearbejdspladsen and "agreed to it" for "nikket til det"', () => {
    expect(all).not.toMatch(/working from home (is|used to be) a/i);
    expect(all).toContain('in the expectation that the home office is a quiet room');
    expect(all).toContain('The home office used to be a place for deep work');
    expect(all).toContain('Nothing is decided until everyone has agreed to it.');
    expect(all).not.toMatch(/nodded/);
  });

  it('asks "What is it important that we do together?"', () => {
    expect(toolkitEn.themes.sammenhaengskraft.keyQuestion).toBe('What is it important that we do together?');
    expect(toolkitEn.themes.sammenhaengskraft.overviewKeyQuestion).toBe(
      'What is it important that we do together?',
    );
  });

  it('calls a drejebog a facilitation guide, everywhere', () => {
    expect(/.{0,60}\brunbooks?\b.{0,20}/i.exec(all.replace(/\{\{\w+\}\}/g, ''))?.[0]).toBeUndefined();
    expect(all).toMatch(/facilitation guide/);
  });

  it('explains AMO, SU and MED where the toolkit first names them', () => {
    const first = all.indexOf('AMO');
    expect(first).toBeGreaterThan(-1);
    const around = all.slice(Math.max(0, first - 200), first + 200);
    expect(around).toContain('the working environment organisation');
    expect(toolkitEn.intro.paragraphs.join(' ') + JSON.stringify(toolkitEn)).toContain(
      'MED committee (the joint committee where management and staff cooperate), or in the AMO (the working environment organisation) and the SU (the cooperation committee)',
    );
  });
});

describe('the colophon, the back cover and the bylines as printed', () => {
  it('gives the publisher’s address and the back cover word for word', () => {
    const publication = toolkitDa.publication;
    expect(inSource(`${publication.publisher} ${publication.address}`)).toBe(true);
    expect(inSource(publication.backCover.heading)).toBe(true);
    for (const paragraph of publication.backCover.paragraphs) expect(inSource(paragraph)).toBe(true);
  });

  it('prints no byline the toolkit does not print: Eva Bjerrum is named inside her quote', () => {
    const quote = Object.values(toolkitDa.themes)
      .flatMap((theme) => theme.quotes)
      .find((q) => q.heading === 'Nedlæg ikke stillekontorerne');
    expect(quote?.attribution).toBe('Læs mere på ’Det hybride arbejdsliv’');
    expect(quote?.paragraphs[0]).toMatch(/siger organisationsanalytiker Eva Bjerrum\.$/);
    expect(inSource(`siger organisationsanalytiker Eva Bjerrum. ${quote?.paragraphs[1] ?? ''}`)).toBe(true);
    const bylines = Object.values(toolkitDa.themes).flatMap((theme) =>
      theme.quotes.map((q) => q.attribution),
    );
    for (const byline of bylines) expect(inSource(byline)).toBe(true);
  });
});
