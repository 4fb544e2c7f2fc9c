import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { Suspense } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { toolkitDa } from '@/content/da/toolkit';
import { toolkitEn } from '@/content/en/toolkit';
import { formsTemplate } from '@/domain/forms-template';
import { useWorkspace } from '@/state/workspace-store';
import { renderAt } from '../../../tests/render';
import { seedRounds } from '../../../tests/round-store-seed';
import RoundPage from './round-page';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FORMS_COLUMNS = ['Id', 'Starttidspunkt', 'Fuldførelsestidspunkt', 'Mail', 'Navn'];
const start = new Date('2026-11-02T09:01:12Z');
const done = new Date('2026-11-02T09:04:40Z');

/** A workbook as Forms' "Åbn i Excel" downloads it, written with a spreadsheet library. */
async function formsFile(
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  name = 'Vurdering.xlsx',
) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Form1');
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow([...row]);
  return new File([await workbook.xlsx.writeBuffer()], name, { type: XLSX });
}

const da = formsTemplate(toolkitDa);
const headersDa = [...FORMS_COLUMNS, ...da.statements.map((statement) => statement.text)];
const person = (id: number, mail: string, name: string, answers: readonly unknown[]) => [
  id,
  start,
  done,
  mail,
  name,
  ...answers,
];

async function openImport() {
  renderAt(
    <Suspense>
      <Route path="/vurdering/:roundId" component={RoundPage} />
    </Suspense>,
    { path: '/vurdering/r1' },
  );
  await userEvent.click(await screen.findByRole('tab', { name: 'Importer fil' }));
}

async function choose(file: File) {
  await userEvent.upload(screen.getByLabelText('Fil med svar (Excel eller CSV)'), file);
  return screen.findByRole('region', { name: `Klar til import fra ${file.name}` });
}

const responses = () => useWorkspace.getState().assessments[0]?.responses ?? [];

describe('importing Microsoft Forms’ Excel file', () => {
  beforeEach(() => seedRounds());

  it('reads the workbook as it comes: Forms’ columns and names left out, a bad row listed, nothing saved before confirming', async () => {
    await openImport();
    const file = await formsFile(headersDa, [
      person(1, 'anonymous', '', [da.options[4], da.options[3], '3', da.options[0], 5, 2]),
      person(2, 'bo@kommune.dk', 'Bo Ærø', ['3 5', 4, 4, 4, 4, 4]),
      person(3, 'anonymous', '', [2, '', 1, '1 – Slet ikke vigtigt', 'Meget vigtigt', 3]),
    ]);
    const preview = await choose(file);
    expect(within(preview).getByText('2 besvarelser kan importeres.')).toBeInTheDocument();
    expect(
      within(preview).getByText(
        'Temakolonner: Sammenhængskraft, Fleksibilitet, Tilgængelighed, Fordybelse, Tillid og Retfærdighed.',
      ),
    ).toBeInTheDocument();
    expect(
      within(preview).getByText(
        'Microsoft Forms’ egne kolonner bruges ikke: Id, Starttidspunkt og Fuldførelsestidspunkt.',
      ),
    ).toBeInTheDocument();
    expect(
      within(preview).getByText('Navne og mailadresser læses ikke og gemmes ikke: Mail og Navn.'),
    ).toBeInTheDocument();
    expect(within(preview).getByRole('heading', { name: '1 række springes over' })).toBeInTheDocument();
    expect(
      within(preview).getByText('Række 3: »3 5« under Sammenhængskraft er ikke en score fra 1 til 5.'),
    ).toBeInTheDocument();
    expect(responses()).toEqual([]);

    await userEvent.click(within(preview).getByRole('button', { name: 'Importer 2 besvarelser' }));
    expect(screen.getByText('2 besvarelser er importeret.')).toBeInTheDocument();
    expect(responses().map((r) => [r.name, r.source, r.scores])).toEqual([
      [
        '',
        'import',
        {
          sammenhaengskraft: 5,
          fleksibilitet: 4,
          tilgaengelighed: 3,
          fordybelse: 1,
          tillid: 5,
          retfaerdighed: 2,
        },
      ],
      [
        '',
        'import',
        { sammenhaengskraft: 2, tilgaengelighed: 1, fordybelse: 1, tillid: 5, retfaerdighed: 3 },
      ],
    ]);
    const stored = JSON.stringify(useWorkspace.getState());
    expect(stored).not.toContain('bo@kommune.dk');
    expect(stored).not.toContain('Ærø');
  });

  it('reads an English form whose answers are the scale’s words', async () => {
    const en = formsTemplate(toolkitEn);
    await openImport();
    const file = await formsFile(
      ['ID', 'Start time', 'Completion time', 'Email', 'Name', ...en.statements.map((s) => s.text)],
      [
        person(1, 'anonymous', '', [
          'Very important',
          'Not important at all',
          '5 – Very important',
          '2',
          '3',
          '4',
        ]),
      ],
      'Assessment.xlsx',
    );
    const preview = await choose(file);
    await userEvent.click(within(preview).getByRole('button', { name: 'Importer 1 besvarelse' }));
    expect(responses()[0]?.scores).toEqual({
      sammenhaengskraft: 5,
      fleksibilitet: 1,
      tilgaengelighed: 5,
      fordybelse: 2,
      tillid: 3,
      retfaerdighed: 4,
    });
  });

  it('asks before importing the same file twice, and takes only the new rows of a newer download', async () => {
    await openImport();
    const first = [
      person(1, 'anonymous', '', [5, 4, 3, 2, 1, 5]),
      person(2, 'anonymous', '', [1, 1, 1, 1, 1, 1]),
    ];
    await userEvent.click(
      within(await choose(await formsFile(headersDa, first))).getByRole('button', {
        name: 'Importer 2 besvarelser',
      }),
    );

    let preview = await choose(await formsFile(headersDa, first));
    expect(within(preview).getByText('Noget af filen er importeret i runden før')).toBeInTheDocument();
    expect(
      within(preview).getByText(
        /2 rækker har et Id fra Microsoft Forms, som allerede er importeret i runden\./,
      ),
    ).toBeInTheDocument();
    expect(within(preview).getByText(/Svarene er de samme som sidst/)).toBeInTheDocument();
    expect(within(preview).queryByRole('button', { name: /Importer kun/ })).not.toBeInTheDocument();
    await userEvent.click(within(preview).getByRole('button', { name: 'Annuller' }));
    expect(responses()).toHaveLength(2);

    preview = await choose(
      await formsFile(headersDa, [...first, person(3, 'anonymous', '', [3, 3, 3, 3, 3, 3])]),
    );
    expect(
      within(preview).getByText('Vil I kun importere den ene nye række, eller det hele igen?'),
    ).toBeInTheDocument();
    await userEvent.click(within(preview).getByRole('button', { name: 'Importer kun 1 ny besvarelse' }));
    expect(responses().map((r) => r.scores.tillid)).toEqual([1, 1, 3]);
  });

  it.each([
    [
      'the old .xls format',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'svar.xls',
      /Excels gamle format/,
    ],
    [
      'a broken workbook',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      'svar.xlsx',
      /Excel-filen kunne ikke læses/,
    ],
  ])('says what to do with %s', async (_name, bytes, name, message) => {
    await openImport();
    await userEvent.upload(screen.getByLabelText('Fil med svar (Excel eller CSV)'), new File([bytes], name));
    expect(await screen.findByText(message)).toBeInTheDocument();
  });
});

describe('importing a CSV file', () => {
  beforeEach(() => seedRounds());

  const tsv = 'Navn\tSammenhængskraft\tTillid\r\nÅse\t4\t5\r\nBo\t2\t1/5\r\n';
  const utf16le = (text: string, bom: boolean) =>
    new Uint8Array(
      [...(bom ? '\uFEFF' : ''), ...text].flatMap((char) => [
        char.charCodeAt(0) & 0xff,
        char.charCodeAt(0) >> 8,
      ]),
    );

  it.each([
    ['with a BOM', true],
    ['without a BOM', false],
  ])(
    'reads Excel’s "Unicode text" (UTF-16, tab separated) %s, and lists "1/5" as an error',
    async (_name, bom) => {
      await openImport();
      const preview = await choose(new File([utf16le(tsv, bom)], 'svar.txt', { type: 'text/plain' }));
      expect(within(preview).getByText('Temakolonner: Sammenhængskraft og Tillid.')).toBeInTheDocument();
      expect(within(preview).getByText('1 besvarelse kan importeres.')).toBeInTheDocument();
      expect(
        within(preview).getByText('Linje 3: »1/5« under Tillid er ikke en score fra 1 til 5.'),
      ).toBeInTheDocument();
      expect(preview.textContent).not.toContain('\u0000');
    },
  );

  it('refuses a file that is not text with a clean message', async () => {
    await openImport();
    await userEvent.upload(
      screen.getByLabelText('Fil med svar (Excel eller CSV)'),
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 0x41, 0, 0x7f])], 'billede.csv', {
        type: 'text/csv',
      }),
    );
    const message = await screen.findByText(/Filen kan ikke læses som tekst/);
    expect(message.textContent).not.toContain('\u0000');
  });

  it('asks before importing the same CSV twice, recognising it by its rows, and imports again only when told', async () => {
    await openImport();
    const csv = () => new File(['Tillid;Fordybelse\n4;5\n2;\n'], 'svar.csv', { type: 'text/csv' });
    await userEvent.click(
      within(await choose(csv())).getByRole('button', { name: 'Importer 2 besvarelser' }),
    );
    const preview = await choose(csv());
    expect(
      within(preview).getByText(
        /Filen har ingen Id-kolonne, så den genkendes på sine rækker: 2 rækker står på de samme linjer/,
      ),
    ).toBeInTheDocument();
    expect(within(preview).getByText(/Der er ingen nye rækker i filen/)).toBeInTheDocument();
    await userEvent.click(within(preview).getByRole('button', { name: 'Importer alle 2 besvarelser igen' }));
    expect(responses()).toHaveLength(4);
  });
});
