import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../../tests/render';
import ThemesPage from './themes-page';

describe('Theme overview', () => {
  it('lists the six themes as links with their names and key questions', async () => {
    renderAt(<ThemesPage />, { path: '/temaer' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'De seks temaer kort fortalt' }),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'De seks temaer' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Sammenhængskraft',
      'Fleksibilitet',
      'Tilgængelighed',
      'Fordybelse',
      'Tillid',
      'Retfærdighed',
    ]);
    expect(links[3]).toHaveAttribute('href', '/temaer/fordybelse');
    expect(
      within(list).getByText('Hvordan undgår vi at skylle fordybelsen ud med badevandet?'),
    ).toBeInTheDocument();
  });

  it('links to the vurderingsskema and the dialogmøde, and carries the reading guide', async () => {
    renderAt(<ThemesPage />, { path: '/temaer' });
    expect(await screen.findByRole('link', { name: 'Åbn vurderingsskemaet' })).toHaveAttribute(
      'href',
      '/vurdering',
    );
    expect(screen.getByRole('link', { name: 'Se drejebogen til dialogmødet' })).toHaveAttribute(
      'href',
      '/temaer/dialogmoede',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Læsevejledning' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Forslag: Arbejd med forsøg' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Kort om værktøjet' })).toBeInTheDocument();
    expect(screen.getByText('Målgruppe')).toBeInTheDocument();
  });

  it('speaks English when English is chosen', async () => {
    renderAt(<ThemesPage />, { path: '/temaer', language: 'en' });
    const list = await screen.findByRole('list', { name: 'The six themes' });
    expect(within(list).getByRole('link', { name: 'Deep work' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'The six themes in brief' })).toBeInTheDocument();
  });
});
