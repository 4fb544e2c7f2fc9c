import { vi } from 'vitest';
import { fontFetch } from './pdf-fonts';

/**
 * jsdom can neither make object URLs nor download: stub both so a PDF button runs its whole job
 * (jsPDF and its font included) and a test can read the announced file name. Returns the link-click spy.
 */
export function stubPdfDownloads() {
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:pdf'), revokeObjectURL: vi.fn() });
  vi.spyOn(globalThis, 'fetch').mockImplementation(fontFetch);
  return vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
}
