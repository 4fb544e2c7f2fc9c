import { checkInSheetData, handleplanData, ORDINARY_CELL } from '../../../tests/pdf-fixtures';
import { diskFonts } from '../../../tests/pdf-fonts';
import { flat, readPdf, readPdfItems, type PdfTextItem } from '../../../tests/pdf-text';
import { buildCheckInPdf, buildHandleplanPdf, loadPdfResources } from './exports';
import { POSTER_SIZES } from './handleplan-model';
import { fitCell, wrapWords, type Measure } from './poster-layout';

const da = await loadPdfResources('da', Promise.resolve(diskFonts));

/** Every character half the type size wide (bold a tenth wider): easy to reason about in points. */
const half: Measure = (text, size, bold) => [...text].length * size * (bold ? 0.55 : 0.5);

describe('poster line breaking', () => {
  it('wraps at spaces only, never inside a word', () => {
    // At 10 pt a letter is 5 pt: "Borgerservice" (13 letters) is 65 pt.
    expect(wrapWords('Borgerservice og sagsbehandlingen', 90, 10, false, half)).toEqual([
      'Borgerservice og',
      'sagsbehandlingen',
    ]);
  });

  it('breaks after a hyphen the text has, keeping the hyphen', () => {
    expect(wrapWords('lederen og TR-repræsentanten', 70, 10, false, half)).toEqual([
      'lederen og TR-',
      'repræsentanten',
    ]);
    expect(wrapWords('lederen og TR-udvalget', 50, 10, false, half)).toEqual([
      'lederen og',
      'TR-',
      'udvalget',
    ]);
    // A dash standing between spaces is not a break inside a word.
    expect(wrapWords('kl. 9.15 – bussen', 45, 10, false, half)).toEqual(['kl. 9.15', '– bussen']);
  });

  it('keeps hard line breaks', () => {
    expect(wrapWords('Start: 23. nov.\nStop op', 500, 10, false, half)).toEqual([
      'Start: 23. nov.',
      'Stop op',
    ]);
  });

  it('fits a word exactly as wide as the cell, and says when it is one point too wide', () => {
    expect(wrapWords('Borgerservice', 65, 10, false, half)).toEqual(['Borgerservice']);
    expect(wrapWords('Borgerservice', 64, 10, false, half)).toBeNull();
  });

  it('shrinks the cell for a word too long for it, to the largest size that fits, never below the floor', () => {
    // 13 letters in 60 pt: 65 pt at 10, 62.4 at 9.6… fits at 9 pt (58.5 pt) with 0.5 pt steps.
    expect(fitCell('Borgerservice', 60, 10, 7, false, half)).toEqual({ size: 9, lines: ['Borgerservice'] });
    // At the size it fits, it stays.
    expect(fitCell('Borgerservice', 65, 10, 7, false, half)).toEqual({ size: 10, lines: ['Borgerservice'] });
    // The floor itself is tried even when it is not a whole step below the size.
    expect(fitCell('Borgerservice', 60.5, 10, 9.3, false, half).size).toBe(9.3);
  });

  it('cuts only a word too long even at the floor, and shows each cut by a hyphen', () => {
    const absurd = 'a'.repeat(60);
    const { size, lines } = fitCell(`Se ${absurd} nu`, 100, 10, 8, false, half);
    expect(size).toBe(8);
    // 100 pt at 4 pt a letter: 25 characters a line, the hyphen included.
    expect(lines).toEqual(['Se', `${'a'.repeat(24)}-`, `${'a'.repeat(24)}-`, `${'a'.repeat(12)} nu`]);
    expect(lines.join('').replace(/-/g, '')).toBe(`Se${absurd} nu`);
  });
});

/** Text items of the sheet's body: the footer (attribution and page number) below the table is left out. */
function bodyItems(page: readonly PdfTextItem[]) {
  return page.filter((item) => !/^Indhold fra|^Side \d+ af \d+$/.test(item.str));
}

function smallest(items: readonly PdfTextItem[]) {
  return Math.min(...items.map((item) => item.size));
}

/** A word without the punctuation around it. */
function bare(word: string) {
  return word.replace(/^[(“]+/, '').replace(/[),.:;”]+$/, '');
}

/** All words and hyphen-parts the data holds: every printed piece of text must be one of them. */
function wordsOf(texts: readonly string[]) {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.split(/\s+/).filter(Boolean)) {
      words.add(bare(word));
      for (const part of word.split(/(?<=-)/)) words.add(bare(part));
    }
  }
  return words;
}

describe('the handleplan poster, printed', () => {
  it.each([
    ['a3', 14],
    ['a4', 9.9],
  ] as const)(
    'puts five experiments with ordinary ~300-character cells on one %s sheet, body text at least %s pt',
    async (format, floor) => {
      expect(ORDINARY_CELL.length).toBeGreaterThanOrEqual(280);
      const plan = handleplanData(5, 'Løn & Økonomi', { ordinary: true });
      const bytes = buildHandleplanPdf(plan, da, format);
      const pdf = await readPdf(bytes);
      expect(pdf.pages).toHaveLength(1);
      const [page] = await readPdfItems(bytes);
      expect(smallest(bodyItems(page!))).toBeGreaterThanOrEqual(floor - 0.01);
      expect(floor).toBe(POSTER_SIZES[format].floor);
      const all = flat(pdf.pages[0]!);
      for (const row of plan.rows) expect(all).toContain(row.hvad);
      // Each experiment's strip and holiday flag on the same sheet as the experiment.
      expect(all.match(/Beslutning – uge 6: 4\. jan\./g)).toHaveLength(5);
      expect(all.match(/Ferie i perioden: jul og nytår/g)).toHaveLength(5);
      // The cell's text whole, broken only at its spaces and after the hyphen of "TR-repræsentanten".
      expect(all.replace(/TR- /g, 'TR-')).toContain(flat(ORDINARY_CELL));
    },
  );

  it('never breaks a word: every printed piece is a word of the plan or a part after its hyphen', async () => {
    const plan = handleplanData(5, 'Løn & Økonomi', { ordinary: true });
    const bytes = buildHandleplanPdf(plan, da, 'a4');
    const words = wordsOf([
      ...plan.rows.flatMap((row) => [row.hvad, row.hvorfor, row.hvordan, row.hvem, ...row.themes]),
      ...plan.rows.flatMap((row) => row.adjustments.map((adjustment) => adjustment.text)),
    ]);
    const [page] = await readPdfItems(bytes);
    const printed = bodyItems(page!).flatMap((item) => item.str.split(/\s+/).filter(Boolean));
    const fromPlan = printed.filter((word) => /^(Borger|sags|repræ|TR-|kulturen|morgenmøde)/.test(word));
    expect(fromPlan.length).toBeGreaterThan(20);
    for (const word of fromPlan) expect(words).toContain(bare(word));
  });

  it('continues a sixth experiment on a second sheet with the heading and column headers repeated', async () => {
    const plan = handleplanData(6, 'Løn & Økonomi', { ordinary: true });
    const pdf = await readPdf(buildHandleplanPdf(plan, da, 'a3'));
    expect(pdf.pages).toHaveLength(2);
    pdf.pages.map(flat).forEach((page, index) => {
      expect(page).toContain('Handleplan – Løn & Økonomi');
      expect(page).toContain('Hvad? Hvorfor? Hvordan? Hvem?');
      expect(page).toContain(`Side ${index + 1} af 2`);
    });
    expect(flat(pdf.pages[0]!)).toContain(plan.rows[4]!.hvad);
    expect(flat(pdf.pages[1]!)).toContain(plan.rows[5]!.hvad);
    expect(flat(pdf.pages[1]!)).not.toContain(plan.rows[4]!.hvad);
  });

  it('takes two sheets for ten experiments and three for eleven', async () => {
    for (const [count, sheets] of [
      [10, 2],
      [11, 3],
    ] as const) {
      const pdf = await readPdf(buildHandleplanPdf(handleplanData(count), da, 'a3'));
      expect(pdf.pages).toHaveLength(sheets);
    }
  });

  it('sets a few short experiments larger than the floor', async () => {
    const bytes = buildHandleplanPdf(handleplanData(2), da, 'a3');
    const [page] = await readPdfItems(bytes);
    const cells = page!.filter((item) => item.str.startsWith('Vi savner') || item.str.startsWith('Søren'));
    expect(cells.length).toBeGreaterThan(1);
    expect(smallest(cells)).toBeGreaterThan(14);
  });

  it('shrinks only the cell of a word too long for its column, and cuts a 60-letter word with hyphens', async () => {
    const plan = handleplanData(2, 'Løn & Økonomi', { ordinary: true });
    const long = 'Borgerservicecentersamarbejdsaftalen';
    const absurd = 'x'.repeat(60);
    const data = {
      ...plan,
      rows: [
        { ...plan.rows[0]!, hvem: long },
        { ...plan.rows[1]!, hvem: absurd },
      ],
    };
    const bytes = buildHandleplanPdf(data, da, 'a3');
    const [page] = await readPdfItems(bytes);
    const items = bodyItems(page!);
    const longItem = items.find((item) => item.str === long);
    expect(longItem).toBeDefined();
    const body = items.find((item) => item.str.startsWith('Vi savner'))!.size;
    expect(body).toBeGreaterThanOrEqual(14);
    expect(longItem!.size).toBeLessThan(body);
    expect(longItem!.size).toBeGreaterThanOrEqual(POSTER_SIZES.a3.cellFloor);
    const cuts = items.filter((item) => /^x+-?$/.test(item.str));
    expect(cuts.length).toBeGreaterThan(1);
    expect(cuts.slice(0, -1).every((item) => item.str.endsWith('-'))).toBe(true);
    expect(cuts.map((item) => item.str.replace('-', '')).join('')).toBe(absurd);
  });
});

describe('the stop op sheet, printed', () => {
  it('is one A4 page with body text at least 12 pt', async () => {
    const bytes = buildCheckInPdf(checkInSheetData, da);
    const pages = await readPdfItems(bytes);
    expect(pages).toHaveLength(1);
    expect(smallest(bodyItems(pages[0]!))).toBeGreaterThanOrEqual(12);
  });
});
