import { checkInSheetData, handleplanData, invitationData } from '../../../tests/pdf-fixtures';
import { diskFonts } from '../../../tests/pdf-fonts';
import { flat, readPdf } from '../../../tests/pdf-text';
import { buildCheckInPdf, buildHandleplanPdf, buildInvitationPdf, loadPdfResources } from './exports';

const da = await loadPdfResources('da', Promise.resolve(diskFonts));
const en = await loadPdfResources('en', Promise.resolve(diskFonts));

describe('handleplan poster, read back', () => {
  it('prints a 20-experiment plan over several landscape pages with the header and footer on each', async () => {
    const pdf = await readPdf(buildHandleplanPdf(handleplanData(20), da));
    expect(pdf.pages.length).toBeGreaterThan(2);
    pdf.pages.forEach((page, index) => {
      expect(page).toContain(`Side ${index + 1} af ${pdf.pages.length}`);
      expect(page).toContain(
        'Indhold fra »Giv jeres hybride arbejdsplads et servicetjek«, BFA Velfærd og Offentlig administration, 2024',
      );
    });
    const tablePages = pdf.pages.filter((page) => page.includes('Hvorfor?'));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) expect(flat(page)).toContain('Justeringer – hvornår? Status?');
    const all = flat(pdf.pages.join(' '));
    for (let number = 1; number <= 20; number++) expect(all).toContain(`${number}. `);
    expect(all).toContain('20. Hybride møder: alle deltager fra egen skærm');
    expect(pdf.sizes[0]![0]).toBeGreaterThan(pdf.sizes[0]![1]);
  });

  it('keeps æ, ø, å, en dash and curly quotes intact', async () => {
    const all = flat((await readPdf(buildHandleplanPdf(handleplanData(3), da))).pages.join(' '));
    expect(all).toContain('Løn & Økonomi');
    expect(all).toContain('Søren og Åse');
    expect(all).toContain('Fokustid uden møder fra 9 til 11 – “stille formiddag”');
    expect(all).toContain('Morgenmødet flyttes til kl. 9.15 – bussen.');
    expect(all).toContain('Sammenhængskraft, Fordybelse');
  });

  it('shows the period, the status and the six-week strip with a holiday flag beside each experiment', async () => {
    const pdf = await readPdf(buildHandleplanPdf(handleplanData(2), da));
    expect(pdf.pages).toHaveLength(1);
    const all = flat(pdf.pages.join(' '));
    expect(all).toContain('Periode: 23. november 2026 – 4. januar 2027');
    expect(all).toContain('Status? Seks uger');
    expect(all).toContain('Stop op – uge 2: 7. dec.');
    expect(all).toContain('Beslutning – uge 6: 4. jan.');
    expect(all.match(/Ferie i perioden: jul og nytår/g)).toHaveLength(2);
    expect(all).toContain('Planlagt');
  });

  it('sets title, subject, creator and language in the metadata', async () => {
    const { info } = await readPdf(buildHandleplanPdf(handleplanData(1), da));
    expect(info).toMatchObject({
      Title: 'Handleplan – Løn & Økonomi',
      Subject: 'Handleplan for seks ugers forsøg',
      Creator: 'Servicetjek',
      Language: 'da',
    });
  });

  it('prints A3 when chosen, larger than A4', async () => {
    const a4 = await readPdf(buildHandleplanPdf(handleplanData(1), da, 'a4'));
    const a3 = await readPdf(buildHandleplanPdf(handleplanData(1), da, 'a3'));
    expect(a4.sizes[0]!.map(Math.round)).toEqual([842, 595]);
    expect(a3.sizes[0]!.map(Math.round)).toEqual([1191, 842]);
  });

  it('prints an empty plan as one page that says so', async () => {
    const pdf = await readPdf(buildHandleplanPdf(handleplanData(0), da));
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]).toContain('Der er endnu ingen forsøg i handleplanen.');
    expect(pdf.pages[0]).not.toContain('Hvorfor?');
  });

  it('is English with English labels and metadata', async () => {
    const pdf = await readPdf(buildHandleplanPdf(handleplanData(2), en));
    expect(pdf.info).toMatchObject({ Title: 'Action plan – Løn & Økonomi', Language: 'en-GB' });
    const all = flat(pdf.pages.join(' '));
    expect(all).toContain('Period: 23 November 2026 – 4 January 2027');
    expect(all).toContain('Status? Six weeks');
    expect(all).toContain('Start: 23 Nov');
    expect(all).toContain('Holiday in the period:');
    expect(all).toContain('Page 1 of 1');
    expect(all).toContain('Content from “Giv jeres hybride arbejdsplads et servicetjek”');
  });
});

describe('letters beyond Latin-1, read back', () => {
  it('prints Polish, Turkish, Cyrillic and Hebrew names as typed, and an emoji as a visible box', async () => {
    const plan = handleplanData(2);
    const names = 'Łukasz Dąbrowski, Ayşe Yılmaz, Ольга Смирнова og Øjvind Ærø';
    const [first, second] = plan.rows;
    const data = {
      ...plan,
      rows: [
        { ...first!, hvem: names, hvad: 'Fælles frokost 🍕 hver torsdag' },
        { ...second!, hvem: 'שרה כהן' },
      ],
    };
    const pdf = await readPdf(buildHandleplanPdf(data, da));
    const all = flat(pdf.pages.join(' '));
    expect(all).toContain(names);
    expect(all).toContain('Fælles frokost □ hver torsdag');
    expect(all).toMatch(/שרה|הרש/);
    expect(all).not.toContain('🍕');
  });
});

describe('invitation, read back', () => {
  it.each([
    [
      'da',
      da,
      [
        'Dagsorden',
        'Formål',
        '1. december 2026 kl. 09:00–10:25',
        'Mødelokale Ærø, 2. sal',
        '09:10–09:30 3. Runde 20 min.',
        'Før mødet – til tovholderen',
        'Side 1 af 1',
      ],
    ],
    [
      'en',
      en,
      [
        'Agenda',
        'Purpose',
        '1 December 2026, 09:00–10:25',
        'Mødelokale Ærø, 2. sal',
        '09:10–09:30 3. Runde 20 min',
        'Before the meeting – for the facilitator',
        'Page 1 of 1',
      ],
    ],
  ] as const)(
    'prints purpose, time, place, programme, questions and before the meeting in %s',
    async (_, resources, phrases) => {
      const pdf = await readPdf(buildInvitationPdf(invitationData, resources));
      const all = flat(pdf.pages.join(' '));
      for (const phrase of phrases) expect(all).toContain(phrase);
      expect(all).toContain('Hvornår har du sidst haft en hel dag med ro til fordybelse?');
      expect(all).toContain('2. Book et lokale med plads til alle – og en skærm.');
    },
  );

  it('leaves out questions and before the meeting when there are none', async () => {
    const pdf = await readPdf(
      buildInvitationPdf({ ...invitationData, questions: [], before: [], place: '' }, da),
    );
    const all = flat(pdf.pages.join(' '));
    expect(all).not.toContain('Spørgsmål I kan tænke over');
    expect(all).not.toContain('Før mødet');
    expect(all).not.toContain('Sted:');
  });
});

describe('check-in sheet, read back', () => {
  it.each([
    ['da', da, 'Stop op – uge 2', '7. december 2026 (uge 50)', 'Side 1 af 1', da.toolkit.sixWeeks.questions],
    [
      'en',
      en,
      'Check-in – week 2',
      '7 December 2026 (week 50)',
      'Page 1 of 1',
      en.toolkit.sixWeeks.questions,
    ],
  ] as const)(
    'fits the three questions on one page in %s',
    async (_, resources, title, when, pageLabel, questions) => {
      const pdf = await readPdf(buildCheckInPdf(checkInSheetData, resources));
      expect(pdf.pages).toHaveLength(1);
      const all = flat(pdf.pages[0]!);
      for (const phrase of [title, when, pageLabel, ...questions]) {
        expect(all).toContain(phrase);
      }
      expect(all).toContain('Fast mødedag om tirsdagen');
    },
  );
});
