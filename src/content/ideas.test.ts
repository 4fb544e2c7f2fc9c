import { describe, expect, it } from 'vitest';
import { ideasDa } from './da/ideas';
import { ideasEn } from './en/ideas';
import { THEME_IDS } from './ids';
import { IDEA_SOURCES, IDEAS, ideasForTheme, type IdeaSourceId } from './ideas';
import toolkitSource from '../../tests/fixtures/servicetjek-bfa-2024.txt?raw';
import hbsSource from '../../tests/fixtures/background/hjemmearbejde-i-danmark-analyse.txt?raw';
import kkSource from '../../tests/fixtures/background/kk-fleksibelt-arbejde-pilotprojekt.txt?raw';
import amkSource from '../../tests/fixtures/background/amk-erfaringer-med-hjemmearbejde.txt?raw';

/**
 * A source as the research digest quotes it (§0): line-break hyphenation joined, whitespace
 * collapsed, and in the toolkit the six words its PDF split without a hyphen re-joined.
 */
function normalise(text: string, joinHyphens = true): string {
  return text
    .replace(/\uFFFD/g, '')
    .replace(/[\uE000-\uF8FF]/g, '')
    .replace(/(\S)-[ \t]*\n\s*(?=[a-zæøå])/g, joinHyphens ? '$1' : '$1- ')
    .replace(/\s+/g, ' ')
    .replace(
      /bade vandet|fællesskab et|tilstede værelsedage|forudsige lighed|med arbejdere|præsente rede/g,
      (split) => split.replace(' ', ''),
    );
}

const RAW: Record<IdeaSourceId, string> = {
  bfa2024: toolkitSource,
  hbs2023: hbsSource,
  kk2022: kkSource,
  amk2020: amkSource,
};

/** True when the source has the quote, with a line-end hyphen read as a joined word or, as in »hjemme- og kontordage«, kept. */
function quotes(source: IdeaSourceId, text: string): boolean {
  const quote = text.replace(/\s+/g, ' ');
  return normalise(RAW[source]).includes(quote) || normalise(RAW[source], false).includes(quote);
}

describe('the idea bank', () => {
  it.each(THEME_IDS)('offers at least five ideas for %s, its own first', (theme) => {
    const ideas = ideasForTheme(theme);
    expect(ideas.length).toBeGreaterThanOrEqual(5);
    expect(ideas[0]?.themes[0]).toBe(theme);
  });

  it.each([
    ['Danish', ideasDa],
    ['English', ideasEn],
  ])('has %s words for every idea and every source, and nothing else', (_language, bank) => {
    expect(Object.keys(bank.ideas).sort()).toEqual(IDEAS.map((idea) => idea.id).sort());
    expect(Object.keys(bank.sources).sort()).toEqual([...IDEA_SOURCES].sort());
    for (const text of Object.values(bank.ideas)) {
      expect(text.title.trim()).not.toBe('');
      expect(text.text.trim()).not.toBe('');
    }
  });

  it.each(IDEAS.map((idea) => [idea.id, idea] as const))(
    'quotes %s word for word from the sources it names',
    (_id, idea) => {
      for (const quote of idea.quotes) {
        expect(idea.sources).toContain(quote.source);
        expect({ text: quote.text, found: quotes(quote.source, quote.text) }).toEqual({
          text: quote.text,
          found: true,
        });
      }
      expect(new Set(idea.quotes.map((quote) => quote.source))).toEqual(new Set(idea.sources));
    },
  );

  it('labels each of the six ideas that overstated as what its source shows, and says no more', () => {
    const idea = (id: string) => IDEAS.find((candidate) => candidate.id === id);
    // A committee of a larger company, not a team practice.
    expect(idea('fle-10')?.kind).toBe('case');
    expect(ideasDa.ideas['fle-10']?.text).toMatch(/^I en større virksomhed deltog et udvalg af medarbejdere/);
    // Physical attendance is what companies did; the mentor is only the report's suggestion.
    expect(ideasDa.ideas['sam-10']?.text).toContain(
      'Rapporten foreslår desuden, at en ny medarbejder får en mentor',
    );
    expect(ideasDa.ideas['sam-10']?.title).not.toMatch(/mentor/);
    // The pilot's monthly survey was its evaluation, not a team's practice.
    expect(idea('tld-7')?.kind).toBe('derived');
    expect(ideasDa.ideas['tld-7']?.text).toMatch(/^Københavns Kommunes pilotprojekt fulgte sine forsøg/);
    // Kerteminde: two departments since 2019, the whole administration from the summer of 2022.
    expect(ideasDa.ideas['fle-1']?.text).toContain(
      'borgerservice og i afdelingen for erhverv og arbejdsmarked gjort det siden 2019',
    );
    expect(ideasDa.ideas['fle-1']?.text).toContain('i sommeren 2022');
    // Two companies, each with its own practice, not one blended ritual.
    expect(ideasDa.ideas['sam-7']?.text).toContain(
      'En virksomhed har en ugentlig »Tant og fjas«-session på halvanden time',
    );
    expect(ideasDa.ideas['sam-7']?.text).toContain('en anden holder »Walk ’n talks«');
    // The toolkit only names the inspiration; it gives no content for the rules.
    expect(idea('til-2')?.kind).toBe('suggestion');
    expect(ideasDa.ideas['til-2']?.text).not.toMatch(/svartider|fremmøde|kontakt/);
    expect(ideasEn.ideas['til-2']?.text).not.toMatch(/response times|on site|contact/);
  });

  it('gives every idea a unique id', () => {
    expect(new Set(IDEAS.map((idea) => idea.id)).size).toBe(IDEAS.length);
  });
});
