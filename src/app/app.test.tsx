import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { usePreferences } from '@/state/preferences-store';
import { useWorkspace } from '@/state/workspace-store';
import { App } from './app';

async function renderApp(hash = '#/') {
  window.location.hash = hash;
  render(<App />);
  await act(() => useWorkspace.persist.rehydrate());
}

describe('App shell', () => {
  beforeEach(async () => {
    usePreferences.setState({ language: 'da' });
    await i18next.changeLanguage('da');
  });

  it('names the main navigation links with the toolkit’s words', async () => {
    await renderApp();
    const nav = screen.getByRole('navigation', { name: 'Hovedmenu' });
    const names = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual(['Temaer', 'Vurderingsskema', 'Dialogmøde', 'Handleplan', 'Om']);
  });

  it('switches to English, sets <html lang> and remembers the choice', async () => {
    await renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(JSON.parse(localStorage.getItem('servicetjek:preferences') ?? '{}').state.language).toBe('en');
  });

  it('shows a helpful not-found screen for an unknown address', async () => {
    await renderApp('#/findes-ikke');
    expect(await screen.findByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeInTheDocument();
    expect(screen.getByText(/findes-ikke/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til forsiden' })).toHaveAttribute('href', '#/');
    expect(document.title).toBe('Siden findes ikke · Servicetjek');
  });
});
