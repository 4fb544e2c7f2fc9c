import { vi } from 'vitest';

/**
 * jsdom can neither make object URLs nor download: stub both so a PDF button runs its whole job
 * (jsPDF included) and a test can read the announced file name. Returns the link-click spy.
 */
export function stubPdfDownloads() {
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:pdf'), revokeObjectURL: vi.fn() });
  return vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
}
