import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stubPdfDownloads } from '../../tests/pdf-download';
import { PdfDownloadButton } from './pdf-download-button';

// jsdom has no object URLs and nothing to fetch the font from; each test file runs in its own environment.
beforeEach(() => stubPdfDownloads());

afterEach(() => vi.restoreAllMocks());

describe('PdfDownloadButton', () => {
  it('loads the PDF layer on click, runs the job with Danish resources and announces the file', async () => {
    const job = vi.fn(() => ({ bytes: new Uint8Array([37, 80, 68, 70]), fileName: 'plan.pdf' }));
    render(<PdfDownloadButton label="Udskriv handleplan (PDF)" job={job} />);
    await userEvent.click(screen.getByRole('button', { name: 'Udskriv handleplan (PDF)' }));
    expect(await screen.findByText('plan.pdf er hentet.', {}, { timeout: 10000 })).toHaveAttribute(
      'role',
      'status',
    );
    expect(job).toHaveBeenCalledTimes(1);
    const [pdf, resources] = job.mock.calls[0] as unknown as [
      { handleplanFile: unknown },
      { language: string; labels: { fileNames: { handleplan: string } } },
    ];
    expect(typeof pdf.handleplanFile).toBe('function');
    expect(resources.language).toBe('da');
    expect(resources.labels.fileNames.handleplan).toBe('handleplan');
    expect(HTMLAnchorElement.prototype.click).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['nothing to print', () => null, 'Der er ikke noget at lave en PDF af endnu.'],
    [
      'a failure',
      () => {
        throw new Error('broken');
      },
      'PDF-filen kunne ikke laves. Prøv igen; jeres data er uændrede.',
    ],
  ])('says so on %s and downloads nothing', async (_case, job, message) => {
    render(<PdfDownloadButton label="Invitation (PDF)" job={job} />);
    await userEvent.click(screen.getByRole('button', { name: 'Invitation (PDF)' }));
    expect(await screen.findByText(message, {}, { timeout: 10000 })).toHaveAttribute('role', 'status');
    expect(HTMLAnchorElement.prototype.click).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Invitation (PDF)' })).toBeEnabled();
  });
});
