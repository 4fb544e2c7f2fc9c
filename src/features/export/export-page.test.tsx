import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { useWorkspace } from '@/state/workspace-store';
import { fontFetch } from '../../../tests/pdf-fonts';
import { renderAt } from '../../../tests/render';
import { reportWorkspace } from '../../../tests/report-workspace';
import { flat, readPdf } from '../../../tests/pdf-text';
import ExportPage from './export-page';

const createdAt = '2026-11-01T10:00:00.000Z';
const team = { id: 't1', name: 'Løn & Økonomi', createdAt };
const experiment = {
  id: 'e1',
  teamId: 't1',
  meetingId: null,
  proposalId: null,
  themeIds: [],
  hvad: 'Fokustid',
  hvorfor: '',
  hvordan: '',
  hvem: '',
  startDate: '2026-11-23',
  baselineScore: null,
  checkIns: [],
  adjustments: [],
  decision: null,
  createdAt,
};

describe('ExportPage', () => {
  it('asks for a team first when there is none', async () => {
    useWorkspace.setState(emptyWorkspace());
    renderAt(<ExportPage />, { path: '/eksport' });
    expect(await screen.findByText(/Opret først en afdeling eller et team/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Hent/ })).not.toBeInTheDocument();
  });

  it('points to the handleplan and the meeting planner when the team has no data', async () => {
    useWorkspace.setState({ ...emptyWorkspace(), teams: [team] });
    renderAt(<ExportPage />, { path: '/eksport' });
    expect(await screen.findByRole('link', { name: 'Planlæg et møde' })).toHaveAttribute(
      'href',
      '/moede/ny?team=t1',
    );
    expect(screen.getAllByRole('link', { name: 'Gå til handleplanen' })[0]).toHaveAttribute(
      'href',
      '/handleplan/t1',
    );
    expect(await screen.findByRole('link', { name: 'Åbn vurderingsskemaet' })).toHaveAttribute(
      'href',
      '/vurdering',
    );
    expect(screen.queryByRole('button', { name: /Hent/ })).not.toBeInTheDocument();
  });

  it('downloads the handleplan and announces the file name', async () => {
    useWorkspace.setState({ ...emptyWorkspace(), teams: [team], experiments: [experiment] });
    const createObjectURL = vi.fn(() => 'blob:pdf');
    // jsdom has no object URLs nor a font to fetch; each test file runs in its own environment.
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    vi.spyOn(globalThis, 'fetch').mockImplementation(fontFetch);
    renderAt(<ExportPage />, { path: '/eksport', language: 'en' });
    await userEvent.click(await screen.findByRole('radio', { name: 'A3 (poster)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download action plan (PDF)' }));
    expect(
      await screen.findByText(
        /action-plan-loen-oekonomi-\d{4}-\d{2}-\d{2}\.pdf has been downloaded\./,
        {},
        { timeout: 10000 },
      ),
    ).toHaveAttribute('role', 'status');
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('renders the language choice and the cards without a warning about keys', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    useWorkspace.setState({ ...emptyWorkspace(), teams: [team], experiments: [experiment] });
    renderAt(<ExportPage />, { path: '/eksport' });
    expect(await screen.findByRole('radio', { name: 'Engelsk' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Efter uge 4' })).toBeInTheDocument();
    expect(error.mock.calls.flat().join(' ')).not.toMatch(/unique "key"/);
    error.mockRestore();
  });
});

describe('ExportPage: the report for a period', () => {
  beforeEach(() => {
    useWorkspace.setState(reportWorkspace());
  });

  it('names each meeting of the invitation card by its date in words', async () => {
    renderAt(<ExportPage />, { path: '/eksport' });
    const meeting = await screen.findByRole('combobox', { name: 'Møde' });
    expect(
      Array.from((meeting as HTMLSelectElement).options, (option) => option.textContent?.split(' · ')[0]),
    ).toEqual(['15. september 2026', '20. oktober 2026']);
  });

  const fromField = () => screen.getByLabelText('Fra');
  const toField = () => screen.getByLabelText('Til');
  const download = () => screen.getByRole('button', { name: 'Hent rapport (PDF)' });

  it('says so when the period ends before it starts, until it is put right', async () => {
    renderAt(<ExportPage />, { path: '/eksport' });
    await userEvent.type(await screen.findByLabelText('Fra'), '2026-10-01');
    await userEvent.type(toField(), '2026-09-30');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Til-datoen ligger før fra-datoen. Ret perioden, så den slutter samme dag eller senere.',
    );
    expect(toField()).toHaveAttribute('aria-invalid', 'true');
    expect(toField()).toHaveAccessibleDescription(/Til-datoen ligger før fra-datoen/);
    expect(download()).toBeDisabled();
    await userEvent.clear(toField());
    await userEvent.type(toField(), '2026-10-01');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(toField()).toHaveAttribute('aria-invalid', 'false');
    expect(download()).toBeEnabled();
  });

  it.each([
    // The first round is on 1 September and the dialogmøde on 15 September: both ends count.
    ['2026-09-01', '2026-09-01', false],
    ['2026-09-15', '2026-09-15', false],
    ['2026-09-02', '2026-09-14', true],
    ['2026-08-01', '2026-08-31', true],
  ])('from %s to %s: nothing in the period is %s', async (from, to, nothing) => {
    renderAt(<ExportPage />, { path: '/eksport' });
    await userEvent.type(await screen.findByLabelText('Fra'), from);
    await userEvent.type(toField(), to);
    const message =
      'Der er intet at rapportere for Løn & Økonomi i perioden. Vælg en anden periode, eller tøm felterne for at få hele forløbet med.';
    expect(screen.getByRole('alert').textContent).toBe(nothing ? message : '');
    expect(download().hasAttribute('disabled')).toBe(nothing);
    expect(fromField()).toHaveValue(from);
  });

  it('says it in English for an English screen', async () => {
    renderAt(<ExportPage />, { path: '/eksport', language: 'en' });
    await userEvent.type(await screen.findByLabelText('From'), '2026-08-01');
    await userEvent.type(screen.getByLabelText('To'), '2026-08-31');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'There is nothing to report for Løn & Økonomi in the period.',
    );
  });

  it('downloads the report of the period and announces the file', async () => {
    const createObjectURL = vi.fn(() => 'blob:pdf');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    vi.spyOn(globalThis, 'fetch').mockImplementation(fontFetch);
    renderAt(<ExportPage />, { path: '/eksport' });
    await userEvent.type(await screen.findByLabelText('Fra'), '2026-09-01');
    await userEvent.type(toField(), '2026-09-30');
    await userEvent.click(download());
    expect(
      await screen.findByText(
        /servicetjek-rapport-loen-oekonomi-\d{4}-\d{2}-\d{2}\.pdf er hentet\./,
        {},
        { timeout: 15000 },
      ),
    ).toHaveAttribute('role', 'status');
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(blob.type).toBe('application/pdf');
    // The file holds the period: the dialogmøde of 15 September, not the meeting of 20 October (its notes).
    const bytes = await blob.arrayBuffer();
    const pdf = await readPdf(new Uint8Array(bytes));
    const all = flat(pdf.pages.join(' '));
    expect(all).toContain('Periode: 1. september 2026 – 30. september 2026');
    expect(all).toContain('Dialogmøde om fordybelse, tillid og sammenhængskraft, 15. september 2026');
    expect(all).not.toContain('Mange forstyrrelser fra Teams');
    expect(all).not.toContain('Efter forsøgene');
  });
});
