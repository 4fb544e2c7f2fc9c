import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../../tests/render';
import AboutPage from './about-page';

describe('About', () => {
  it('attributes the toolkit with its ISBN and says the app is independent of BFA', async () => {
    renderAt(<AboutPage />, { path: '/om' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Om Servicetjek' })).toBeInTheDocument();
    expect(screen.getByText('ISBN 978-87-7590-015-2')).toBeInTheDocument();
    expect(
      screen.getByText(/Udgivet i februar 2024 af BFA Velfærd og Offentlig administration/),
    ).toBeInTheDocument();
    expect(screen.getByText(/udviklet i samarbejde med BFA Finans/)).toBeInTheDocument();
    // The colophon's address and the back cover, as printed.
    expect(screen.getByText(/Studiestræde 3, 3\. sal, 1455 København K/)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Fra bagsiden: Et fremtidssikret arbejdsmiljø' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Det gør vi i enighed – til gavn for ledere, medarbejdere og borgere.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/godtarbejdsmiljo\.dk/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Et uafhængigt værktøj' })).toBeInTheDocument();
    expect(screen.getByText(/ikke lavet, godkendt eller støttet af BFA/)).toBeInTheDocument();
    expect(screen.getByText(/MIT-licensen/)).toBeInTheDocument();
  });

  it('says exactly where the app adapts the toolkit, step 4 and the app’s own tensions included', async () => {
    renderAt(<AboutPage />, { path: '/om' });
    const section = await screen.findByRole('region', { name: 'Hvor appen tilpasser værktøjet' });
    expect(section).toHaveTextContent(
      'Værktøjet stiller det samme spørgsmål i alle seks drejebøger (»… for at imødekomme behovet for [at] få afdelingen eller teamet til at hænge bedre sammen?«).',
    );
    expect(section).toHaveTextContent(
      'Spændingerne mellem fleksibilitet og sammenhængskraft og mellem fleksibilitet og retfærdighed er appens egne.',
    );
    expect(
      screen.getByText(/gengivet ord for ord med kildeangivelse \(undtagelserne står nedenfor\)/),
    ).toBeInTheDocument();
  });

  it('tells where the data lives and links to backup and deletion', async () => {
    renderAt(<AboutPage />, { path: '/om', language: 'en' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Your data' })).toBeInTheDocument();
    expect(screen.getByText(/only in this browser on this device/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing is sent anywhere/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back up or delete your data' })).toHaveAttribute(
      'href',
      '/data',
    );
    expect(screen.getByText(/not made, endorsed or supported by BFA/)).toBeInTheDocument();
    expect(
      screen
        .getAllByRole('listitem')
        .filter((item) => /Hanne Shapiro|Arbejdsmiljø København/.test(item.textContent ?? '')),
    ).toHaveLength(3);
  });
});
