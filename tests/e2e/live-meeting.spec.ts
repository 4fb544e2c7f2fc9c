import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startLoopbackLive, type LiveServer } from './live-server';
import { dialogMeeting, tillidMeeting } from '../meeting-fixture';
import { expectNoAxeViolations } from './fixtures';
import { seedWorkspace } from './seed';

// A facilitator (the run page and the projector) and four phones against a relay on loopback, through the
// real build: one meeting from the first step to the decision, then the experiment's stop op from phones.
// The tests run in order and share the meeting, as a real one would.
const APP_PORT = Number(process.env.E2E_LIVE_MEETING_PORT ?? 4290);
const CREATED = '2026-11-20T10:00:00.000Z';

const WORKSPACE = {
  version: 2,
  state: {
    teams: [{ id: 't1', name: 'Borgerservice', createdAt: CREATED }],
    assessments: [],
    meetings: [
      tillidMeeting({ date: '2026-12-04', availableMinutes: 120, participants: 4, decisionMode: 'A' }),
      dialogMeeting({ date: '2026-12-11' }),
    ],
    proposals: [],
    proposalGroups: [],
    experiments: [],
    handovers: [],
  },
};

const KEEP = 'Fast mødedag om tirsdagen';
const CALENDAR = 'Delt kalender for hele teamet';
const SAME_AS_KEEP = 'Mødedag tirsdag for alle';
const HIDDEN = 'Hemmelig klage over Bo';

interface Phone {
  context: BrowserContext;
  page: Page;
}

let live: LiveServer;
let facilitator: Page;
let projector: Page;
let facilitatorContext: BrowserContext;
const phones: Phone[] = [];

async function openPhone(browser: Browser, joinUrl: string): Promise<Phone> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'da-DK',
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(joinUrl);
  return { context, page };
}

const joinAddress = async (scope: Page, selector: string) => {
  const href = await scope.locator(selector).getAttribute('href');
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join\.html#r=[\w-]{22}&k=[\w-]{43}$/);
  return href ?? '';
};

const go = (page: Page, route: string) => page.evaluate((hash) => (location.hash = hash), route);

/** What a page shows in words, everything on it. */
const words = (page: Page) => page.locator('body').innerText();

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  live = await startLoopbackLive(APP_PORT);
  facilitatorContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  await seedWorkspace(facilitatorContext, WORKSPACE, { language: 'da' });
  facilitator = await facilitatorContext.newPage();
});

test.afterAll(async () => {
  for (const phone of phones) await phone.context.close();
  await facilitatorContext?.close();
  await live?.close();
});

test('four phones follow the meeting through a step change: its title, countdown and questions', async ({
  browser,
}) => {
  await facilitator.goto(`${live.appBase}#/moede/m1/koer`);
  // Phones can join before the meeting starts, while people arrive.
  await facilitator.getByRole('button', { name: 'Lad deltagerne følge med på telefonen' }).click();
  await expect(facilitator.getByText('Forbundet.')).toBeVisible();
  const joinUrl = await joinAddress(facilitator, '.phones-join a');
  for (let index = 0; index < 4; index += 1) phones.push(await openPhone(browser, joinUrl));
  await expect(facilitator.getByText('4 telefoner med')).toBeVisible();
  for (const { page } of phones)
    await expect(page.getByText('Du er med. Venter på, at tovholderen starter mødet.')).toBeVisible();

  // The projector, a second window of the facilitator's: the QR code and the counts in its corner,
  // already before the start.
  projector = await facilitatorContext.newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(`${live.appBase}#/moede/m1/praesentation`);
  const corner = projector.getByRole('region', { name: 'Følg med på telefonen' });
  await expect(corner.getByRole('img', { name: 'QR-kode til at følge mødet på telefonen' })).toBeVisible();
  await expect(corner).toContainText('4 telefoner med');

  await facilitator.getByRole('button', { name: 'Start mødet' }).click();
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Velkomst og målet med mødet');
  await expect(corner).toContainText('4 telefoner med');
  await expect(corner).toContainText('0 forslag venter');
  const fits = await projector.evaluate(() => {
    const root = document.documentElement;
    const box = document.querySelector('.presenter-phones')!.getBoundingClientRect();
    return root.scrollHeight <= root.clientHeight && box.right <= root.clientWidth && box.bottom <= 720;
  });
  expect(fits).toBe(true);
  await expectNoAxeViolations(projector, 'projector with phones');

  for (const { page } of phones) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tillid');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Velkomst og målet med mødet');
    await expect(page.getByRole('timer')).toHaveText('Tiden er sat på pause: 5:00 tilbage');
  }
  await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
  for (const { page } of phones) await expect(page.getByRole('timer')).toHaveText(/^Tid tilbage: 4:5\d$/);

  await facilitator.getByRole('button', { name: 'Næste trin' }).click();
  for (const { page } of phones) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Individuel refleksion');
    await expect(page.getByText('Trin 2 af 6')).toBeVisible();
    // The next step's own countdown (5 minutter), running on as the facilitator's does.
    await expect(page.getByRole('timer')).toHaveText(/^Tid tilbage: (5:00|4:5\d)$/);
    await expect(
      page.getByText(
        'Hvad tænker du, hvis du ikke kan få fat på en kollega eller medarbejder, der arbejder hjemme?',
      ),
    ).toBeVisible();
  }
});

test('proposals from phones wait in the inbox: accepted, merged and hidden, a hidden one shown nowhere', async () => {
  // To step 5, the proposal round, where the toolkit has proposals made.
  for (let step = 0; step < 3; step += 1)
    await facilitator.getByRole('button', { name: 'Næste trin' }).click();
  await expect(facilitator.locator('.run-step-of')).toHaveText('Trin 5 af 6');
  const texts = [KEEP, CALENDAR, SAME_AS_KEEP, HIDDEN];
  for (const [index, { page }] of phones.entries()) {
    const field = page.getByRole('textbox', { name: 'Dit forslag' });
    await field.pressSequentially(texts[index]!);
    await page.getByRole('button', { name: 'Send forslag' }).click();
    await expect(page.getByRole('region', { name: 'Dine forslag' })).toContainText(texts[index]!);
    await expect(field).toHaveValue('');
  }
  await expect(facilitator.getByText('4 forslag venter')).toBeVisible();
  // Waiting is not accepted: the projector counts them and shows none of their words.
  await expect(projector.getByText('4 forslag venter')).toBeVisible();
  for (const text of texts) expect(await words(projector)).not.toContain(text);

  const inbox = facilitator.getByRole('region', { name: 'Forslag fra telefoner' });
  const item = (text: string) => inbox.getByRole('listitem').filter({ hasText: text });
  await item(KEEP).getByRole('button', { name: 'Tag med på tavlen' }).click();
  await item(CALENDAR).getByRole('button', { name: 'Tag med på tavlen' }).click();
  await item(SAME_AS_KEEP).getByRole('combobox', { name: 'Læg sammen med' }).selectOption({ label: KEEP });
  await item(SAME_AS_KEEP).getByRole('button', { name: 'Læg sammen' }).click();
  await item(HIDDEN).getByRole('button', { name: 'Skjul' }).click();
  await expect(inbox.getByText('Ingen forslag venter.')).toBeVisible();

  // Accepted proposals are on the projector; the merged one's words and the hidden one are not.
  const onProjector = projector.getByRole('region', { name: 'Forslag til forsøg' });
  await expect(onProjector.getByRole('listitem')).toHaveText([KEEP, CALENDAR]);
  await expect(projector.getByText('0 forslag venter')).toBeVisible();
  const projected = await words(projector);
  expect(projected).not.toContain(HIDDEN);
  expect(projected).not.toContain(SAME_AS_KEEP);
});

test('a dot vote from phones orders the board and carries into Beslut; a phone that reloads keeps its dots', async () => {
  await go(facilitator, '#/forslag/m1');
  await facilitator.getByRole('button', { name: 'Åbn afstemningen' }).click();
  await expect(facilitator.getByText('Afstemningen er åben.')).toBeVisible();

  const give = (page: Page, text: string) => page.getByRole('button', { name: `Giv en prik til »${text}«` });
  for (const { page } of phones) {
    await expect(page.getByRole('heading', { name: 'Prioritér med prikker' })).toBeVisible();
    // The vote lists what is on the board, in its order: never the hidden or the merged proposal.
    await expect(page.locator('.phone-vote-text')).toHaveText([KEEP, CALENDAR]);
  }
  const [one, two, three, four] = phones.map((phone) => phone.page) as [Page, Page, Page, Page];
  await give(one, CALENDAR).click();
  await give(one, CALENDAR).click();
  // Two on one proposal is the most by default.
  await expect(give(one, CALENDAR)).toBeDisabled();
  await give(one, KEEP).click();
  await expect(one.getByText('3 af 3 prikker brugt')).toBeVisible();
  await expect(give(one, KEEP)).toBeDisabled();
  await give(two, CALENDAR).click();
  await give(three, KEEP).click();
  await expect(three.getByText('1 af 3 prikker brugt')).toBeVisible();

  // Phone three reloads mid-vote: its dot is still there, and it carries on from it.
  await three.reload();
  await expect(three.getByText('1 af 3 prikker brugt')).toBeVisible();
  await expect(three.getByRole('status').filter({ hasText: `1 prik på »${KEEP}«` })).toBeAttached();
  await give(three, CALENDAR).click();
  await expect(three.getByText('2 af 3 prikker brugt')).toBeVisible();
  await give(four, CALENDAR).click();
  await give(four, KEEP).click();

  await expect(facilitator.getByText('4 har stemt')).toBeVisible();
  await expect(projector.getByText('4 har stemt')).toBeVisible();
  // The count stays hidden while the vote is open: no dots on the board yet.
  await expect(facilitator.getByText(/\d+ prikker?$/)).toHaveCount(0);
  await facilitator.getByRole('button', { name: 'Luk afstemningen og vis resultatet' }).click();
  await expect(facilitator.getByText('4 telefoner stemte.')).toBeVisible();

  // Calendar 5 dots, the Tuesday 3: the result as the phones see it, most dots first.
  for (const page of [one, two, three, four]) {
    await expect(page.getByRole('heading', { name: 'Afstemningen er lukket' })).toBeVisible();
    await expect(page.locator('.phone-vote-result li')).toHaveText([
      `${CALENDAR} 5 prikker`,
      `${KEEP} 3 prikker`,
    ]);
  }
  // Beslut lists the proposals in the board's new order, with their dots.
  await facilitator.getByRole('tab', { name: 'Beslut' }).click();
  const choices = facilitator.getByRole('group', { name: 'Forslag' }).getByRole('checkbox');
  await expect(choices).toHaveCount(2);
  const labels = facilitator
    .locator('.decide-form label.choice')
    .filter({ has: facilitator.getByRole('checkbox') });
  await expect(labels).toHaveText([`${CALENDAR} · 5 prikker`, `${KEEP} · 3 prikker`]);

  // Neither the hidden proposal nor the merged one's words ever reached another phone or the projector.
  for (const page of [one, two, three, projector]) expect(await words(page)).not.toContain(HIDDEN);
  for (const page of [one, two, four, projector]) expect(await words(page)).not.toContain(SAME_AS_KEEP);

  // Decision A: the calendar becomes an experiment, for the stop op below.
  await labels.filter({ hasText: KEEP }).getByRole('checkbox').uncheck();
  await labels.filter({ hasText: CALENDAR }).getByRole('checkbox').check();
  await facilitator.getByRole('button', { name: 'Sæt 1 forsøg i gang' }).click();
  await expect(facilitator.getByText('1 forsøg er skrevet ind i handleplanen')).toBeVisible();
});

test("a stop op answered from phones lands in the experiment's check-in and its before/after line", async () => {
  const experimentId = await facilitator.evaluate(() => {
    const workspace = JSON.parse(localStorage.getItem('servicetjek:workspace') ?? '{}') as {
      state: { experiments: { id: string }[] };
    };
    return workspace.state.experiments[0]?.id ?? '';
  });
  expect(experimentId).not.toBe('');
  await go(facilitator, `#/handleplan/forsoeg/${experimentId}`);
  await facilitator.getByRole('button', { name: 'Lad teamet svare fra telefoner' }).first().click();
  await expect(
    facilitator.getByRole('img', { name: 'QR-kode til at svare på stop op fra telefonen' }),
  ).toBeVisible();
  const joinUrl = await joinAddress(facilitator, '.hp-phones-join a');

  const answers = [
    { learned: 'Kalenderen giver ro', continueWith: 'Fælles kalender', adjust: '', score: 4 },
    { learned: 'Alle kan se hinanden', continueWith: '', adjust: 'Færre farver', score: 5 },
    { learned: '', continueWith: 'Mødedag tirsdag', adjust: 'Husk ferier', score: 3 },
  ];
  for (const [index, answer] of answers.entries()) {
    const { page } = phones[index]!;
    await page.goto('about:blank');
    await page.goto(joinUrl);
    await expect(page.getByRole('heading', { name: 'Stop op efter uge 2' })).toBeVisible();
    if (answer.learned)
      await page.getByRole('textbox', { name: 'Hvad har vi lært?' }).pressSequentially(answer.learned);
    if (answer.continueWith)
      await page
        .getByRole('textbox', { name: 'Hvad skal vi fortsætte med?' })
        .pressSequentially(answer.continueWith);
    if (answer.adjust)
      await page.getByRole('textbox', { name: 'Hvad skal vi justere?' }).pressSequentially(answer.adjust);
    await page.getByRole('radio', { name: new RegExp(`^${answer.score}\\b`) }).check();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByText('Tak for dine svar')).toBeVisible();
  }
  await expect(facilitator.getByText('3 svar fra telefoner')).toBeVisible();
  const checkIn = facilitator.getByRole('region', { name: 'Stop op efter 2 uger' });
  for (const text of [
    'Kalenderen giver ro',
    'Alle kan se hinanden',
    'Fælles kalender',
    'Mødedag tirsdag',
    'Færre farver',
    'Husk ferier',
  ])
    await expect(checkIn.getByText(text, { exact: true })).toBeVisible();
  await expect(checkIn.getByText('Telefonernes score: 4 (midterste af 3 svar)')).toBeVisible();
  await expect(facilitator.getByRole('region', { name: 'Før og efter' })).toContainText(
    'Efter 2 uger: 4 af 5',
  );

  await facilitator
    .getByRole('region', { name: 'Svar fra telefoner' })
    .screenshot({ path: test.info().outputPath('check-in-phones.png') });
  await facilitator.getByRole('button', { name: 'Luk for svar' }).click();
  await expect(phones[0]!.page.getByText('Tovholderen har lukket for svar.')).toBeVisible();

  // Ended: the open phone says so, and so does the old address opened afterwards on another phone.
  await facilitator.getByRole('button', { name: 'Afslut svar fra telefoner' }).click();
  await expect(phones[0]!.page.getByRole('heading', { level: 2, name: 'Stop op er slut' })).toBeVisible();
  await expect(phones[0]!.page.getByRole('textbox')).toHaveCount(0);
  const late = phones[3]!.page;
  await late.goto('about:blank');
  await late.goto(joinUrl);
  await expect(late.getByRole('heading', { level: 2, name: 'Stop op er slut' })).toBeVisible();
  await expect(late.getByText(/^Forsøget: /)).toBeVisible();
  await expect(late.getByRole('status')).toBeEmpty();
});

test("at a dialogmøde a phone picks its table and reads that table's theme and process", async () => {
  await go(facilitator, '#/moede/m2/koer');
  await facilitator.getByRole('button', { name: 'Start mødet' }).click();
  await facilitator.getByRole('button', { name: 'Næste trin' }).click();
  await facilitator.getByRole('button', { name: 'Lad deltagerne følge med på telefonen' }).click();
  await expect(facilitator.getByText('Forbundet.')).toBeVisible();
  const joinUrl = await joinAddress(facilitator, '.phones-join a');
  const { page } = phones[3]!;
  await page.goto('about:blank');
  await page.goto(joinUrl);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Gruppearbejde: Drøft de forskellige temaer.' }),
  ).toBeVisible();
  await page.getByRole('radio', { name: 'Bord 2: Fordybelse' }).check();
  await expect(page.getByText('Dit bord: 2 – Fordybelse')).toBeVisible();
  const process = page.getByRole('region', { name: 'Processen ved jeres bord' });
  await expect(process.locator('.phone-table-step')).toHaveText([
    '2. Individuel refleksion · 5 minutter',
    '3. Fælles runde · Max to minutter pr. deltager',
    '4. Individuel refleksion · 15 minutter',
    '5. Fælles runde · Max to minutter pr. deltager',
  ]);
  await expect(process).toContainText('Fordyber du dig bedst hjemme eller på kontoret?');
  await expect(process).not.toContainText('Kommunikerer du fra din hjemmearbejdsplads');
  await expectNoAxeViolations(page, 'phone at a table');
  await page.screenshot({ path: test.info().outputPath('phone-table.png'), fullPage: true });
});

test('ending the phones tells an open phone, a reloaded one and the old address that the meeting has ended', async () => {
  const joinUrl = await joinAddress(facilitator, '.phones-join a');
  const open = phones[3]!.page;
  await expect(open.getByText('Dit bord: 2 – Fordybelse')).toBeVisible();
  await facilitator.getByRole('button', { name: 'Afslut telefoner for dette møde' }).click();
  await expect(open.getByRole('heading', { level: 2, name: 'Mødet er slut' })).toBeVisible();
  await expect(open.getByText(/^Tovholderen har afsluttet mødet/)).toBeVisible();
  await expect(open.getByRole('radio')).toHaveCount(0);
  await open.reload();
  await expect(open.getByRole('heading', { level: 2, name: 'Mødet er slut' })).toBeVisible();

  // A phone that never saw the meeting scans the old code after everyone left, in English.
  const late = phones[2]!.page;
  await late.goto('about:blank');
  await late.goto(joinUrl);
  await expect(late.getByRole('heading', { level: 2, name: 'Mødet er slut' })).toBeVisible();
  await expect(late.getByRole('status')).toBeEmpty();
  await late.getByRole('button', { name: 'English' }).click();
  await expect(late.getByRole('heading', { level: 2, name: 'This meeting has ended' })).toBeVisible();
  await expectNoAxeViolations(late, 'phone of an ended meeting');
  await late.getByRole('button', { name: 'Dansk' }).click();
});
