import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startLoopbackLive, type LiveServer } from './live-server';
import { expectNoAxeViolations } from './fixtures';
import { seedWorkspace } from './seed';

// A facilitator and five phones against a relay on loopback, through the real build and its policy.
const APP_PORT = Number(process.env.E2E_LIVE_PORT ?? 4280);
const THEME_WORDS = [
  'sammenhaengskraft',
  'fleksibilitet',
  'tilgaengelighed',
  'fordybelse',
  'tillid',
  'retfaerdighed',
  'Sammenhængskraft',
  'Tillid',
  'Fordybelse',
  'scores',
];

let live: LiveServer;
test.beforeAll(async () => {
  live = await startLoopbackLive(APP_PORT);
});
test.afterAll(async () => {
  await live?.close();
});

const WORKSPACE = {
  version: 2,
  state: {
    teams: [{ id: 't1', name: 'Borgerservice', createdAt: '2026-01-01T00:00:00Z' }],
    assessments: [
      {
        id: 'r1',
        teamId: 't1',
        date: '2026-12-04',
        label: 'Før forsøget',
        responses: [],
        tally: {},
        choice: null,
        createdAt: '2026-12-04T09:00:00Z',
      },
    ],
    meetings: [],
    proposals: [],
    experiments: [],
    handovers: [],
  },
};

async function openFacilitator(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  await seedWorkspace(context, WORKSPACE, { language: 'da' });
  const page = await context.newPage();
  await page.goto(`${live.appBase}#/vurdering/r1`);
  await page.getByRole('tab', { name: 'Fra telefoner' }).click();
  await page.getByRole('button', { name: 'Åbn for svar fra telefoner' }).click();
  await expect(page.getByText('Forbundet.')).toBeVisible();
  const joinUrl = await page.getByRole('link', { name: /join\.html#r=/ }).getAttribute('href');
  expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join\.html#r=[\w-]{22}&k=[\w-]{43}$/);
  return { context, page, joinUrl: joinUrl ?? '' };
}

interface Phone {
  context: BrowserContext;
  page: Page;
  sent: string[];
}

async function openPhone(browser: Browser, joinUrl: string): Promise<Phone> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'da-DK',
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const sent: string[] = [];
  page.on('websocket', (socket) =>
    socket.on('framesent', ({ payload }) =>
      sent.push(Buffer.from(payload as string | Buffer).toString('latin1')),
    ),
  );
  await page.goto(joinUrl);
  await expect(page.getByRole('group', { name: 'Tillid' })).toBeVisible();
  return { context, page, sent };
}

async function score(phone: Phone, scores: Record<string, number>) {
  for (const [theme, value] of Object.entries(scores)) {
    await phone.page
      .getByRole('group', { name: theme })
      .getByRole('radio', { name: new RegExp(`^${value}\\b`) })
      .check();
  }
}

async function send(phone: Phone) {
  await phone.page.getByRole('button', { name: /^Send/ }).click();
  await expect(phone.page.getByRole('heading', { name: 'Tak for dit svar' })).toBeVisible();
}

const stored = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('servicetjek:workspace') ?? '{}';
    const workspace = JSON.parse(raw) as {
      state: { assessments: { responses: { source: string; scores: Record<string, number> }[] }[] };
    };
    return workspace.state.assessments[0]?.responses.filter((response) => response.source === 'live') ?? [];
  });

test('five phones answer through the relay: counted once each, offline and back, relay restarted, closed and revealed', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const facilitator = await openFacilitator(browser);
  const phones: Phone[] = [];
  for (let index = 0; index < 5; index += 1) phones.push(await openPhone(browser, facilitator.joinUrl));
  await expect(facilitator.page.getByText('5 telefoner i rummet')).toBeVisible();
  await expectNoAxeViolations(phones[0]!.page, 'phone form');

  const answers = [
    { Tillid: 5, Fordybelse: 4 },
    { Tillid: 4, Fordybelse: 4 },
    { Tillid: 4, Fordybelse: 2 },
    { Tillid: 3, Fordybelse: 5 },
    { Tillid: 1, Fordybelse: 5 },
  ];
  for (const [index, phone] of phones.entries()) {
    await score(phone, answers[index]!);
    await send(phone);
  }
  await expect(facilitator.page.getByText('5 svar fra telefoner')).toBeVisible();

  // A phone goes offline, changes its answer, and comes back: the change arrives, counted once.
  const traveller = phones[4]!;
  await traveller.context.setOffline(true);
  await traveller.page.getByRole('button', { name: 'Ret mit svar' }).click();
  await score(traveller, { Tillid: 2 });
  await traveller.page.getByRole('button', { name: /^Send/ }).click();
  await traveller.context.setOffline(false);
  await expect
    .poll(async () => (await stored(facilitator.page)).map((response) => response.scores.tillid).sort())
    .toEqual([2, 3, 4, 4, 5]);
  await expect(facilitator.page.getByText('5 svar fra telefoner')).toBeVisible();

  // The relay goes away mid-round: what arrived stays, the banner says so, and the room comes back.
  await live.stopRelay();
  await expect(facilitator.page.getByRole('alert')).toContainText('Forbindelsen til relæet er væk');
  expect(await stored(facilitator.page)).toHaveLength(5);
  await live.restartRelay();
  await expect(facilitator.page.getByText('Forbundet.')).toBeVisible({ timeout: 20_000 });
  await phones[0]!.page.getByRole('button', { name: 'Ret mit svar' }).click();
  await score(phones[0]!, { Tillid: 1 });
  await send(phones[0]!);
  await expect
    .poll(async () => (await stored(facilitator.page)).map((response) => response.scores.tillid).sort(), {
      timeout: 30_000,
    })
    .toEqual([1, 2, 3, 4, 4]);

  // Closed on the laptop: every phone says so; revealed: every phone shows the room's distribution.
  await facilitator.page.getByRole('button', { name: 'Luk for svar' }).click();
  for (const phone of phones)
    await expect(phone.page.getByRole('heading', { name: 'Runden er lukket' })).toBeVisible();
  await facilitator.page.getByRole('button', { name: 'Vis fordelingen på telefonerne' }).click();
  for (const phone of phones)
    await expect(phone.page.getByRole('heading', { name: 'Rummets svar' })).toBeVisible();
  await expectNoAxeViolations(phones[1]!.page, 'phone result');

  // The round's result reads the phones' answers like any other.
  await facilitator.page.getByRole('link', { name: 'Resultat og anbefaling' }).click();
  await expect(facilitator.page.getByText('Indtil nu: 5 besvarelser.')).toBeVisible();

  // What phones put on the wire is sealed: no theme, no field name, no plain score.
  for (const phone of phones) {
    expect(phone.sent.length).toBeGreaterThan(0);
    for (const frame of phone.sent) for (const word of THEME_WORDS) expect(frame).not.toContain(word);
  }
  for (const phone of phones) await phone.context.close();
  await facilitator.context.close();
});

test('a wrong or expired address gets a clear message on the phone and sends nothing', async ({
  browser,
}) => {
  const facilitator = await openFacilitator(browser);
  const wrongKey = facilitator.joinUrl.replace(/k=[\w-]{43}$/, `k=${'A'.repeat(43)}`);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'da-DK' });
  const page = await context.newPage();
  await page.goto(wrongKey);
  await expect(page.getByRole('heading', { name: 'Du kan ikke komme med i mødet lige nu' })).toBeVisible();
  await expect(page.getByText(/Adressen er forkert eller udløbet/)).toBeVisible();

  await facilitator.page.getByRole('button', { name: 'Afslut svar fra telefoner' }).click();
  await expect(facilitator.page.getByRole('button', { name: 'Åbn for svar fra telefoner' })).toBeVisible();
  await context.close();
  await facilitator.context.close();
});

test('ending the round tells an open phone, a reloaded one and the old address that the round has ended', async ({
  browser,
}) => {
  const facilitator = await openFacilitator(browser);
  const open = await openPhone(browser, facilitator.joinUrl);
  await score(open, { Tillid: 4 });
  await send(open);

  await facilitator.page.getByRole('button', { name: 'Afslut svar fra telefoner' }).click();
  await expect(open.page.getByRole('heading', { level: 2, name: 'Runden er slut' })).toBeVisible();
  await expect(open.page.getByText(/^Tovholderen har afsluttet runden/)).toBeVisible();
  await expect(open.page.getByText('Runde: Før forsøget')).toBeVisible();
  await expect(open.page.getByRole('radio')).toHaveCount(0);
  await open.page.reload();
  await expect(open.page.getByRole('heading', { level: 2, name: 'Runden er slut' })).toBeVisible();
  await expect(open.page.getByRole('heading', { name: 'Det sendte du' })).toBeVisible();
  await open.page.screenshot({ path: test.info().outputPath('phone-round-ended.png'), fullPage: true });

  // A phone that never saw the round opens the old address after everyone left.
  const late = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'da-DK' });
  const page = await late.newPage();
  await page.goto(facilitator.joinUrl);
  await expect(page.getByRole('heading', { level: 2, name: 'Runden er slut' })).toBeVisible();
  await expect(page.getByRole('status')).toBeEmpty();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'This round has ended' })).toBeVisible();
  await expect(facilitator.page.getByRole('button', { name: 'Åbn for svar fra telefoner' })).toBeVisible();
  await late.close();
  await open.context.close();
  await facilitator.context.close();
});
