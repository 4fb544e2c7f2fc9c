import { pdfFileName, slugify } from './file-name';

describe('slugify', () => {
  it.each([
    ['Løn & Økonomi', 'loen-oekonomi'],
    ['Åbent Kontor', 'aabent-kontor'],
    ['Sæby – Team Ærø', 'saeby-team-aeroe'],
    ['  Café Ünter  ', 'cafe-uenter'],
    ['“Quoted” name!', 'quoted-name'],
    ['???', ''],
  ])('turns %j into %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('keeps long names to 60 characters without a trailing dash', () => {
    const slug = slugify('Afdeling for '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('pdfFileName', () => {
  it.each([
    ['handleplan', 'Løn & Økonomi', '2026-11-22', 'handleplan-loen-oekonomi-2026-11-22.pdf'],
    ['action-plan', 'Team Ærø', '2026-01-05', 'action-plan-team-aeroe-2026-01-05.pdf'],
    ['dagsorden', '***', '2026-11-22', 'dagsorden-2026-11-22.pdf'],
  ])('names %s for %j on %s as %s', (kind, team, date, name) => {
    expect(pdfFileName(kind, team, date)).toBe(name);
  });
});
