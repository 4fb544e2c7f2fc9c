import { writeFileSync } from 'node:fs';
import { handleplanData } from '../../../tests/pdf-fixtures';
import { readPdf } from '../../../tests/pdf-text';
import { buildHandleplanPdf, loadPdfResources } from './exports';

describe('scratch', () => {
  it('builds', async () => {
    const bytes = buildHandleplanPdf(handleplanData(20), await loadPdfResources('da'));
    writeFileSync('/tmp/pdfout/h.pdf', bytes);
    const back = await readPdf(bytes);
    console.log(back.pages[0], back.info, back.pages.length);
    expect(back.pages.length).toBeGreaterThan(1);
  });
});
