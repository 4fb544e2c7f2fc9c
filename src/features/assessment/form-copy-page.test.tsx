import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Route, Switch } from 'wouter';
import { useWorkspace } from '@/state/workspace-store';
import { renderAt } from '../../../tests/render';
import { seedRounds } from '../../../tests/round-store-seed';
import FormCopyPage from './form-copy-page';
import RoundPage from './round-page';

function renderScreens(path: string) {
  return renderAt(
    <Suspense>
      <Switch>
        <Route path="/vurdering/formular" component={FormCopyPage} />
        <Route path="/vurdering/:roundId" component={RoundPage} />
      </Switch>
    </Suspense>,
    { path },
  );
}

const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLTextAreaElement;

afterEach(() => vi.restoreAllMocks());

describe('the form to copy into Microsoft Forms', () => {
  it('selects the text for Ctrl+C when the browser refuses the clipboard', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Denied', 'NotAllowedError'),
    );
    renderScreens('/vurdering/formular');
    await user.click(await screen.findByRole('button', { name: 'Kopiér Spørgsmål' }));
    const question = field('Spørgsmål');
    expect(question).toHaveFocus();
    expect(question.value.slice(question.selectionStart, question.selectionEnd)).toBe(
      'Hvor har vi behov for et servicetjek?',
    );
    expect(
      screen.getByText('Kunne ikke kopiere automatisk. Teksten er markeret – tryk Ctrl+C.'),
    ).toBeInTheDocument();
  });

  it('gives the toolkit’s question, scale and six statements, and copies each', async () => {
    const user = userEvent.setup();
    renderScreens('/vurdering/formular');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Formular til Microsoft Forms' }),
    ).toBeInTheDocument();
    expect(field('Titel').value).toBe('Vurderingsskema');
    expect(field('Spørgsmål').value).toBe('Hvor har vi behov for et servicetjek?');
    expect(field('Undertitel').value).toBe(
      'Scor temaerne mellem 1 og 5, hvor 1 er Slet ikke vigtigt, og 5 er Meget vigtigt',
    );
    expect(field('Valgmuligheder').value).toBe('1 – Slet ikke vigtigt\n2\n3\n4\n5 – Meget vigtigt');
    expect(field('Udsagn').value.split('\n')).toHaveLength(6);
    expect(field('Udsagn').value).toContain('Tillid: Er du rigtigt på arbejde, når du arbejder hjemmefra?');
    expect(screen.getByText(/slå »Registrer navn« fra/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Kopiér Udsagn' }));
    expect(await navigator.clipboard.readText()).toBe(field('Udsagn').value);
    expect(screen.getByText('Kopieret. Sæt det ind i Forms.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByDisplayValue('Where do we need a service check?')).toHaveAttribute(
      'lang',
      'en',
    );
    expect(field('Valgmuligheder').value).toBe('1 – Not important at all\n2\n3\n4\n5 – Very important');
  });

  it.each(['Dansk', 'English'])(
    'makes a form (%s) whose Excel file imports on a round without editing',
    async (language) => {
      const user = userEvent.setup();
      const { unmount } = renderScreens('/vurdering/formular');
      await user.click(await screen.findByRole('radio', { name: language }));
      const statements = field('Udsagn').value.split('\n');
      const options = field('Valgmuligheder').value.split('\n');
      unmount();

      // What Forms' "Åbn i Excel" gives for that form: its own columns, then one column per statement.
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Form1');
      sheet.addRow(['Id', 'Starttidspunkt', 'Fuldførelsestidspunkt', 'Mail', 'Navn', ...statements]);
      sheet.addRow([1, new Date(), new Date(), 'anonymous', '', ...options, options[2]]);
      const file = new File([await workbook.xlsx.writeBuffer()], 'Vurderingsskema.xlsx');

      seedRounds();
      renderScreens('/vurdering/r1');
      await user.click(await screen.findByRole('tab', { name: 'Importer fil' }));
      await user.upload(screen.getByLabelText('Fil med svar (Excel eller CSV)'), file);
      const preview = await screen.findByRole('region', { name: 'Klar til import fra Vurderingsskema.xlsx' });
      expect(within(preview).queryByText(/springes over|bruges ikke: (?!Id)/)).not.toBeInTheDocument();
      await user.click(within(preview).getByRole('button', { name: 'Importer 1 besvarelse' }));
      expect(useWorkspace.getState().assessments[0]?.responses[0]?.scores).toEqual({
        sammenhaengskraft: 1,
        fleksibilitet: 2,
        tilgaengelighed: 3,
        fordybelse: 4,
        tillid: 5,
        retfaerdighed: 3,
      });
    },
  );
});
