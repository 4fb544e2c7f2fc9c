import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '../../tests/render';
import { ReloadPrompt } from './reload-prompt';

const sw = vi.hoisted(() => ({ needRefresh: false, setNeedRefresh: vi.fn(), updateServiceWorker: vi.fn() }));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: [sw.needRefresh, sw.setNeedRefresh],
    offlineReady: [false, vi.fn()],
    updateServiceWorker: sw.updateServiceWorker,
  }),
}));

describe('ReloadPrompt', () => {
  it('shows nothing while there is no new version', () => {
    sw.needRefresh = false;
    renderAt(<ReloadPrompt />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('asks before reloading, and reloads only when the user chooses to', async () => {
    sw.needRefresh = true;
    const user = userEvent.setup();
    renderAt(<ReloadPrompt />);
    expect(screen.getByRole('status')).toHaveTextContent('En ny version er klar. Genindlæs, når det passer.');
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Senere' }));
    expect(sw.setNeedRefresh).toHaveBeenCalledWith(false);
    await user.click(screen.getByRole('button', { name: 'Genindlæs nu' }));
    expect(sw.updateServiceWorker).toHaveBeenCalledWith(true);
  });
});
