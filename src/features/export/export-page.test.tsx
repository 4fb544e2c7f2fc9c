import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { useWorkspace } from '@/state/workspace-store';
import { fontFetch } from '../../../tests/pdf-fonts';
import { renderAt } from '../../../tests/render';
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
});
