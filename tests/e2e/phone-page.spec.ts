import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

// The phone's page (join.html) on a phone-sized screen. The journey with a relay and a facilitator
// is in the live spec; here: what the page says before and without a room.

const SID = 'AAECAwQFBgcICQoLDA0ODw';
const KEY = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/** Every request and WebSocket the page opens, to prove a bad address sends nothing anywhere. */
function watchTraffic(page: Page) {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('websocket', (socket) => requests.push(socket.url()));
  return requests;
}

async function expectNoSideways(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('a malformed address says so plainly, in Danish first, and sends nothing', async ({ page }, info) => {
  const traffic = watchTraffic(page);
  await page.goto(`./join.html#r=${SID}&k=${KEY.slice(0, 12)}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Adressen er ikke hel' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByText('Fra BFA’s værktøj')).toBeVisible();
  await expectNoAxeViolations(page, 'malformed');
  await expectNoSideways(page);
  await page.screenshot({ path: info.outputPath('phone-malformed.png'), fullPage: true });
  expect(traffic.filter((url) => /config\.json|^wss?:/.test(url))).toEqual([]);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('without config.json the page says live answers are not set up, in both languages', async ({
  page,
}, info) => {
  await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(`./join.html#r=${SID}&k=${KEY}`);
  await expect(page.getByRole('heading', { name: 'Svar fra telefonen er ikke sat op her' })).toBeVisible();
  await expectNoAxeViolations(page, 'no relay, da');
  await page.screenshot({ path: info.outputPath('phone-no-relay-da.png'), fullPage: true });

  const toggle = page.getByRole('button', { name: 'English' });
  const box = await toggle.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  await toggle.tap();
  await expect(page.getByRole('heading', { name: 'Answers from phones are not set up here' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page, 'no relay, en');

  // The choice stays on the phone.
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Where do we need a service check?' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dansk' })).toBeVisible();
});

test('a kept answer shows while the relay cannot be reached; every target is at least 44 px', async ({
  page,
}, info) => {
  await page.addInitScript(
    ([sid]) => {
      const board = {
        seq: 1,
        phase: 'open',
        roundId: 'round-1',
        label: 'Før forsøget',
        themes: [
          'sammenhaengskraft',
          'fleksibilitet',
          'tilgaengelighed',
          'fordybelse',
          'tillid',
          'retfaerdighed',
        ],
      };
      const kept = {
        pidSecret: 'x'.repeat(43),
        lastSeq: 0,
        board,
        roundId: 'round-1',
        draft: { tillid: 4 },
        sent: null,
        editing: false,
      };
      if (!localStorage.getItem(`servicetjek:phone:${sid}`)) {
        localStorage.setItem(`servicetjek:phone:${sid}`, JSON.stringify(kept));
      }
    },
    [SID],
  );
  // A relay address nobody answers on.
  await page.route('**/config.json', (route) => route.fulfill({ json: { relayUrl: 'ws://127.0.0.1:9' } }));
  await page.goto(`./join.html#r=${SID}&k=${KEY}`);
  const trust = page.getByRole('group', { name: 'Tillid' });
  await expect(trust.getByRole('radio', { name: '4' })).toBeChecked();
  await expect(page.getByText('Runde: Før forsøget')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/Ingen forbindelse|Vi kan ikke få forbindelse|Forbinder/);

  await trust.getByRole('button', { name: 'Kort fortalt om Tillid' }).tap();
  await expect(trust.getByText(/I mange årtier/)).toBeVisible();
  // The whole box is the radio: a tap anywhere on it, here on its label's corner, chooses it.
  await page
    .getByRole('group', { name: 'Fordybelse' })
    .getByRole('radio', { name: /^5/ })
    .tap({ position: { x: 4, y: 4 } });
  await expect(
    page.getByRole('group', { name: 'Fordybelse' }).getByRole('radio', { name: /^5/ }),
  ).toBeChecked();

  for (const target of await page.locator('.phone-score, button').all()) {
    const box = await target.boundingBox();
    expect(box?.height, (await target.textContent()) ?? '').toBeGreaterThanOrEqual(44);
    expect(box?.width, (await target.textContent()) ?? '').toBeGreaterThanOrEqual(44);
  }
  await expectNoAxeViolations(page, 'form');
  await expectNoSideways(page);
  await page.screenshot({ path: info.outputPath('phone-form.png'), fullPage: true });

  // The half-filled form survives a reload.
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Fordybelse' }).getByRole('radio', { name: /^5/ }),
  ).toBeChecked();
  await expect(page.getByRole('group', { name: 'Tillid' }).getByRole('radio', { name: '4' })).toBeChecked();
});
