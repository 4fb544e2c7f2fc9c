import { reportData } from '../../../tests/pdf-fixtures';
import { diskFonts } from '../../../tests/pdf-fonts';
import { flat, readPdf, readPdfItems, type PdfTextItem } from '../../../tests/pdf-text';
import type { ReportData } from './document-data';
import type { Block } from './document-model';
import { buildReportPdf, loadPdfResources, type PdfResources } from './exports';
import { reportModel } from './report-model';

const da = await loadPdfResources('da', Promise.resolve(diskFonts));
const en = await loadPdfResources('en', Promise.resolve(diskFonts));
const BODY = 10.5;

function modelOf(data: ReportData, resources: PdfResources) {
  return reportModel(data, resources.labels, {
    language: resources.language,
    columns: resources.toolkit.handleplan.columns,
    questions: resources.toolkit.sixWeeks.questions,
    vote: resources.voteLabels,
  });
}

/** Every word the document model holds, and the page furniture's: what the PDF may print. */
function wordsOf(blocks: readonly Block[], extra: string): Set<string> {
  const strings: string[] = [extra];
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(blocks);
  return new Set(strings.flatMap(words));
}

function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
}

/** The contents' lines read back: each entry's text and the page number printed on its line. */
function contents(page: readonly PdfTextItem[], texts: readonly string[]) {
  return texts.map((text) => {
    const line = page.find((item) => item.str === text);
    const number =
      line && page.find((item) => /^\d+$/.test(item.str) && Math.abs(item.y - line.y) < 1 && item.x > line.x);
    return { text, page: number ? Number(number.str) : null };
  });
}

describe('full report, read back', () => {
  it('prints the contents with the page each section actually starts on', async () => {
    const data = reportData();
    const model = modelOf(data, da);
    const toc = model.blocks.find((block) => block.kind === 'toc');
    const pages = await readPdfItems(buildReportPdf(data, da));
    expect(pages.length).toBeGreaterThan(6);
    const listed = contents(pages[0]!, toc?.kind === 'toc' ? toc.entries.map((entry) => entry.text) : []);
    expect(listed).toHaveLength(14);
    for (const entry of listed) {
      // The first page after the contents with the entry as a heading: larger than the body text.
      const actual =
        pages.findIndex(
          (page, index) =>
            index > 0 && page.some((item) => item.str === entry.text && item.size > BODY * 1.2),
        ) + 1;
      expect({ text: entry.text, page: entry.page }).toEqual({ text: entry.text, page: actual });
    }
    // Sections start pages in order, the contents fill pages 2 and on.
    const numbers = listed.map((entry) => entry.page ?? 0);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers[0]).toBe(2);
  });

  it('cuts a long entry in the contents at a word, and still gives its page', async () => {
    const full = reportData();
    const long =
      'Fast mødedag om tirsdagen, hvor alle er på kontoret, med et kort morgenmøde kl. 9.15 og fælles frokost bagefter, så nye kolleger lærer hinanden at kende';
    const data: ReportData = {
      ...full,
      followUps: full.followUps.map((item, index) => (index === 0 ? { ...item, hvad: long } : item)),
    };
    const pages = await readPdfItems(buildReportPdf(data, da));
    const line = pages[0]!.find((item) => item.str.endsWith(' …'));
    expect(line?.str).toMatch(/^Fast mødedag om tirsdagen, hvor alle er på kontoret, med et kort \S.* …$/);
    expect(long.startsWith(line!.str.slice(0, -2))).toBe(true);
    const number = pages[0]!.find((item) => /^\d+$/.test(item.str) && Math.abs(item.y - line!.y) < 1);
    const heading =
      pages.findIndex(
        (page, index) =>
          index > 0 &&
          page.some((item) => item.size > BODY * 1.2 && long.startsWith(item.str) && item.str.length > 20),
      ) + 1;
    expect(Number(number?.str)).toBe(heading);
  });

  it('prints every round, meeting, vote, decision, the handleplan and every check-in', async () => {
    const pdf = await readPdf(buildReportPdf(reportData(), da));
    const all = flat(pdf.pages.join(' '));
    for (const phrase of [
      'Servicetjek – rapport',
      'Periode: Hele forløbet',
      'Første vurdering, 1. september 2026',
      'Efter forsøgene, 12. januar 2027',
      'Fordeling af point pr. tema',
      'Før og efter',
      'Tillid 3,0 (14) 4,0 (12) op 1,0',
      'Planlagt ud fra: Første vurdering, 1. september 2026',
      'Mødet, som det blev holdt',
      'Alle mødt – også de tre på Teams. Lederen bød velkommen.',
      'sprunget over',
      'Prioritering med prikker',
      '11 telefoner satte prikker. Hver telefon havde 3 prikker og kunne sætte højst 2 på ét forslag.',
      'A: Forsøg besluttet på stedet',
      'B: Givet videre til AMO/MED',
      'Givet videre til MED-udvalget i Løn & Økonomi, opfølgning 30. november 2026.',
      'Tages op på MED-mødet i november; svar til teamet inden jul.',
      'Skærme i mødelokalet, så alle kan se dem på Teams',
      'Handleplanen',
      'Gjort permanent',
      'Periode 1 fra 28. september 2026',
      'Beslutning 9. november 2026: Justeret og forlænget',
      'Periode 2 fra 9. november 2026',
      'Fra telefoner',
      'Telefonernes score: 3 (midterste af 6 svar)',
    ]) {
      expect(all).toContain(phrase);
    }
    expect(all).not.toContain('Borgerservice første');
    pdf.pages.forEach((page, index) => expect(page).toContain(`Side ${index + 1} af ${pdf.pages.length}`));
  });

  it.each([
    ['da', da, {}],
    ['en', en, {}],
    ['da, big', da, { participants: 30, proposals: 40, experiments: 20 }],
  ] as const)('breaks no word and keeps every line on the page (%s)', async (_, resources, size) => {
    const data = reportData(size);
    const model = modelOf(data, resources);
    const bytes = buildReportPdf(data, resources);
    const pages = await readPdfItems(bytes);
    const furniture = `${resources.labels.attribution} ${resources.labels.pageOf} ${pages.length}`;
    const known = wordsOf(model.blocks, `${furniture} ${model.runningHeader}`);
    const printed = pages.flatMap((page) => page.flatMap((item) => words(item.str)));
    expect(printed.length).toBeGreaterThan(500);
    expect(printed.filter((word) => !known.has(word) && !/^\d+$/.test(word))).toEqual([]);
    const [width, height] = [595.28, 841.89];
    for (const page of pages) {
      for (const item of page) {
        expect(item.x).toBeGreaterThanOrEqual(35);
        expect(item.x + item.width).toBeLessThanOrEqual(width - 35);
        expect(item.y).toBeGreaterThanOrEqual(20);
        expect(item.y + item.size).toBeLessThanOrEqual(height - 20);
      }
    }
  });

  it('has no empty page and no heading left alone at the foot of a page, for a big workspace', async () => {
    const bytes = buildReportPdf(reportData({ participants: 30, proposals: 40, experiments: 20 }), en);
    const pdf = await readPdf(bytes);
    expect(pdf.pages.length).toBeGreaterThan(10);
    for (const page of pdf.pages) {
      const withoutFurniture = page
        .replace(/Page \d+ of \d+/, '')
        .replace(/Content from[^]*2024/, '')
        .replace('Service check – report – Løn & Økonomi', '');
      expect(withoutFurniture.trim().length).toBeGreaterThan(60);
    }
    const pages = await readPdfItems(bytes);
    pages.forEach((page, index) => {
      // Body items between the running header and the footer, the lowest last.
      const body = page.filter((item) => item.y > 50 && item.y < 780).sort((a, b) => a.y - b.y);
      expect({ page: index + 1, last: body.at(-1)?.size ?? 0 }).toEqual({
        page: index + 1,
        last: expect.toSatisfy((size: number) => size <= BODY * 1.1),
      });
    });
    expect(pdf.info).toMatchObject({ Title: 'Service check – report – Løn & Økonomi', Language: 'en-GB' });
  });
});
