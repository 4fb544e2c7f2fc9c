import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '@/i18n/languages';
import type { BoardState } from '@/live/protocol';
import type { RefusalReason } from '@/live/refusal';
import { fakePhoneSession } from '../../tests/fake-phone-session';
import { mountPhonePage, type Connect } from './phone-page';
import { HASH, KEY, SID } from '../../tests/phone-boards';

// A room id of 16 bytes and a key of 32, base64url, as the facilitator's app makes them.
const ALL_THEMES = [
  'sammenhaengskraft',
  'fleksibilitet',
  'tilgaengelighed',
  'fordybelse',
  'tillid',
  'retfaerdighed',
] as const;

const board = (patch: Partial<BoardState> = {}): BoardState => ({
  seq: 1,
  phase: 'open',
  roundId: 'round-1',
  label: 'Før forsøget',
  themes: [...ALL_THEMES],
  ...patch,
});

const fakeSession = () => fakePhoneSession();

let pages: { destroy(): void }[] = [];

function mount(
  options: {
    language?: Language;
    hash?: string;
    connect?: Connect;
    fake?: ReturnType<typeof fakeSession>;
  } = {},
) {
  const fake = options.fake ?? fakeSession();
  const connect = vi.fn<Connect>(options.connect ?? (async () => fake.session));
  const makeSecret = vi.fn(() => `secret-${pages.length}`);
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  const page = mountPhonePage(root, {
    initialLanguage: options.language ?? 'da',
    hash: options.hash ?? HASH,
    connect,
    makeSecret,
    now: () => 5000,
  });
  page.start();
  pages.push(page);
  return { fake, connect, makeSecret, page };
}

/** A reload: the page goes, a new one starts from what the phone kept. */
function reload(first: { page: { destroy(): void } }, options: Parameters<typeof mount>[0] = {}) {
  first.page.destroy();
  return mount(options);
}

const never: Connect = () => new Promise(() => {});

afterEach(() => {
  for (const page of pages) page.destroy();
  pages = [];
  document.body.replaceChildren();
  document.documentElement.lang = 'da';
});

const group = (name: string) => screen.getByRole('group', { name });
const pick = async (theme: string, score: RegExp) =>
  userEvent.click(
    within(await screen.findByRole('group', { name: theme })).getByRole('radio', { name: score }),
  );

describe('the phone page before the board', () => {
  it('draws first from the language alone, whatever the address or what the phone kept', () => {
    const first = (language: Language, hash: string) => {
      const root = document.createElement('div');
      const page = mountPhonePage(root, { initialLanguage: language, hash, connect: never });
      pages.push(page);
      return root.innerHTML;
    };
    localStorage.setItem(`servicetjek:phone:${SID}`, JSON.stringify({ pidSecret: 'kept', board: board() }));
    const danish = first('da', HASH);
    expect(first('da', '')).toBe(danish);
    expect(first('da', '#r=x&k=y')).toBe(danish);
    expect(danish).toContain('Forbinder til mødet');
    expect(first('en', HASH)).not.toBe(danish);
    expect(first('en', '')).toBe(first('en', HASH));
  });

  it.each([
    ['da', 'Hvor har vi behov for et servicetjek?', 'Forbinder til mødet …', 'English'],
    ['en', 'Where do we need a service check?', 'Connecting to the meeting …', 'Dansk'],
  ] as const)('draws the skema’s question and “connecting” in %s', (language, heading, status, toggle) => {
    mount({ language, connect: never });
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(status);
    expect(screen.getByRole('button', { name: toggle })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe(language);
    expect(screen.getByText(/BFA’s/)).toBeInTheDocument();
  });

  it('says it is waiting for the facilitator once connected without a board', async () => {
    const fake = fakeSession();
    fake.status({ kind: 'connected' });
    mount({ fake });
    expect(await screen.findByText(/Venter på, at tovholderen åbner for svar/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send' })).not.toBeInTheDocument();
  });

  it('switches to English in one tap, remembers it, and back', async () => {
    const first = mount({ connect: never });
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Where do we need a service check?');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'Dansk' })).toHaveFocus();

    reload(first, { language: undefined, connect: never });
    // main.ts reads the stored choice; here the page was given 'da', so read it as main.ts does.
    const { loadLanguage } = await import('./phone-storage');
    expect(loadLanguage()).toBe('en');

    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    await userEvent.click(screen.getByRole('button', { name: 'Dansk' }));
    expect(document.documentElement.lang).toBe('da');
    expect(loadLanguage()).toBe('da');
  });
});

describe('an address that is not one', () => {
  it.each([
    ['no fragment', ''],
    ['no key', `#r=${SID}`],
    ['a key cut off', `#r=${SID}&k=${KEY.slice(0, 20)}`],
    ['a room id one character short', `#r=${SID.slice(1)}&k=${KEY}`],
    ['not base64url', `#r=${SID.slice(0, -1)}!&k=${KEY}`],
  ])('says so plainly and sends nothing: %s', (_case, hash) => {
    const { connect } = mount({ hash });
    expect(screen.getByRole('heading', { name: 'Adressen er ikke hel' })).toBeInTheDocument();
    expect(screen.getByText(/Der er ikke sendt noget/)).toBeInTheDocument();
    expect(connect).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
  });

  it('says so in English too', () => {
    mount({ hash: '#r=x&k=y', language: 'en' });
    expect(screen.getByRole('heading', { name: 'The address is incomplete' })).toBeInTheDocument();
  });

  it('takes a well-formed address and connects with a new phone secret', async () => {
    const { connect } = mount();
    await waitFor(() => expect(connect).toHaveBeenCalledTimes(1));
    expect(connect.mock.calls[0]?.[0]).toMatchObject({
      address: { sid: SID, k: KEY },
      pidSecret: 'secret-0',
      lastSeq: 0,
    });
  });
});

describe('when the phone cannot take part', () => {
  it.each([
    ['da', 'Svar fra telefonen er ikke sat op her'],
    ['en', 'Answers from phones are not set up here'],
  ] as const)('says live answers are not set up without a relay (%s)', async (language, heading) => {
    mount({ language, connect: async () => null });
    expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument();
  });

  it.each<[RefusalReason, Language, RegExp]>([
    ['bad-key', 'da', /Adressen er forkert eller udløbet/],
    ['bad-token', 'da', /Adressen er forkert eller udløbet/],
    ['bad-key', 'en', /The address is wrong or has expired/],
    ['origin', 'da', /tager ikke imod svar fra denne side/],
  ])('a final refusal (%s, %s) is a message and no form', async (reason, language, text) => {
    const fake = fakeSession();
    fake.board(board());
    fake.status({ kind: 'refused', reason });
    mount({ fake, language });
    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it.each<[RefusalReason, Language, RegExp, RegExp]>([
    ['room-unknown', 'da', /Mødet findes ikke på denne adresse/, /Vi bliver ved med at prøve/],
    ['room-unknown', 'en', /There is no meeting at this address/, /We keep trying/],
    ['room-full', 'da', /ikke plads til flere telefoner/, /Vi bliver ved med at prøve/],
    ['room-full', 'en', /no room for more phones/, /We keep trying/],
    ['unreachable', 'da', /Vi kan ikke få forbindelse til mødet/, /Vi bliver ved med at prøve/],
    ['too-many-connections', 'en', /busy right now/, /We keep trying/],
    ['unavailable', 'da', /har travlt lige nu/, /Vi bliver ved med at prøve/],
  ])(
    'a refusal that may pass (%s, %s) says what and that we keep trying',
    async (reason, language, text, retry) => {
      const fake = fakeSession();
      fake.status({ kind: 'refused', reason });
      mount({ fake, language });
      const status = screen.getByRole('status');
      await waitFor(() => expect(status).toHaveTextContent(text));
      expect(status).toHaveTextContent(retry);
    },
  );

  it.each<[RefusalReason, Language, string]>([
    ['bad-message', 'da', 'Mødet kunne ikke tage imod svaret fra denne side. Genindlæs siden, og prøv igen.'],
    [
      'message-too-large',
      'en',
      'The meeting could not take the answer from this page. Reload the page and try again.',
    ],
  ])(
    'a refusal a reload may mend (%s, %s) asks for a reload, not patience',
    async (reason, language, text) => {
      const fake = fakeSession();
      fake.board(board());
      fake.status({ kind: 'refused', reason });
      mount({ fake, language });
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text));
      expect(screen.getByRole('status').textContent).toBe(text);
    },
  );

  it.each([
    ['da', /Ingen forbindelse lige nu. Vi bliver ved med at prøve/],
    ['en', /No connection right now. We keep trying/],
  ] as const)('offline keeps the form and says we keep trying (%s)', async (language, text) => {
    const fake = fakeSession();
    fake.board(board());
    fake.status({ kind: 'offline' });
    mount({ fake, language });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text));
    expect(screen.getAllByRole('group')).toHaveLength(6);
  });
});

describe('an open round', () => {
  it('asks each theme in the toolkit’s order with its key question, resume on demand and the scale', async () => {
    const fake = fakeSession();
    fake.status({ kind: 'connected' });
    fake.board(board({ themes: ['tillid', 'sammenhaengskraft', 'fordybelse'] }));
    mount({ fake });
    await screen.findByRole('heading', { name: 'Dit svar' });
    expect(screen.getByText('Runde: Før forsøget')).toBeInTheDocument();
    expect(
      screen.getAllByRole('group').map((fieldset) => fieldset.querySelector('legend')?.textContent),
    ).toEqual(['Sammenhængskraft', 'Fordybelse', 'Tillid']);
    const trust = group('Tillid');
    expect(trust).toHaveAccessibleDescription('Er du rigtigt på arbejde, når du arbejder hjemmefra?');
    expect(
      within(trust)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['1', '2', '3', '4', '5']);
    expect(within(trust).getByRole('radio', { name: '1 Slet ikke vigtigt' })).not.toBeChecked();
    expect(within(trust).getByRole('radio', { name: '5 Meget vigtigt' })).toBeInTheDocument();
    expect(within(trust).getByRole('radio', { name: '3' })).toBeInTheDocument();

    const more = within(trust).getByRole('button', { name: 'Kort fortalt om Tillid' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(within(trust).queryByText(/I mange årtier/)).not.toBeVisible();
    await userEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(within(trust).getByText(/I mange årtier har vi været vant til/)).toBeVisible();
    await userEvent.click(more);
    expect(within(trust).queryByText(/I mange årtier/)).not.toBeVisible();
  });

  it('in English: the toolkit’s translation of names, question and scale', async () => {
    const fake = fakeSession();
    fake.status({ kind: 'connected' });
    fake.board(board({ label: '' }));
    mount({ fake, language: 'en' });
    await screen.findByRole('heading', { name: 'Your answer' });
    expect(group('Cohesion')).toHaveAccessibleDescription('What is it important that we do together?');
    expect(within(group('Trust')).getByRole('radio', { name: '1 Not important at all' })).toBeInTheDocument();
    expect(within(group('Trust')).getByRole('radio', { name: '5 Very important' })).toBeInTheDocument();
    expect(screen.queryByText(/^Round:/)).not.toBeInTheDocument();
  });

  it('refuses an empty answer, counts what is missing, sends, thanks, and lets the answer be changed', async () => {
    const fake = fakeSession();
    fake.status({ kind: 'connected' });
    fake.board(board({ themes: ['sammenhaengskraft', 'fleksibilitet', 'tillid'] }));
    mount({ fake });
    await screen.findByRole('heading', { name: 'Dit svar' });

    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Vælg et tal ved mindst ét tema, før du sender.');
    expect(fake.sent).toEqual([]);

    await pick('Sammenhængskraft', /^4$/);
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(screen.getByText('Du mangler at score 2 temaer. Du kan også sende uden.')).toBeInTheDocument();
    await pick('Tillid', /^1 /);
    expect(screen.getByText('Du mangler at score 1 tema. Du kan også sende uden.')).toBeInTheDocument();
    await pick('Fleksibilitet', /^5 /);
    expect(screen.queryByText(/Du mangler/)).not.toBeInTheDocument();
    await pick('Fleksibilitet', /^2$/);

    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(fake.sent).toEqual([
      { roundId: 'round-1', scores: { sammenhaengskraft: 4, tillid: 1, fleksibilitet: 2 } },
    ]);
    const thanks = screen.getByRole('heading', { name: 'Tak for dit svar' });
    expect(thanks).toHaveFocus();
    expect(screen.getByText(/indtil tovholderen lukker runden/)).toBeInTheDocument();
    const sent = screen.getByRole('heading', { name: 'Det sendte du' }).parentElement as HTMLElement;
    expect(within(sent).getByText('Tillid').nextSibling).toHaveTextContent('1 – Slet ikke vigtigt');
    expect(within(sent).getByText('Fleksibilitet').nextSibling).toHaveTextContent('2');

    await userEvent.click(screen.getByRole('button', { name: 'Ret mit svar' }));
    expect(screen.getByRole('heading', { name: 'Dit svar' })).toHaveFocus();
    expect(within(group('Tillid')).getByRole('radio', { name: /^1 / })).toBeChecked();
    await pick('Tillid', /^3$/);
    await userEvent.click(screen.getByRole('button', { name: 'Send det rettede svar' }));
    expect(fake.sent).toHaveLength(2);
    expect(fake.sent[1]).toEqual({
      roundId: 'round-1',
      scores: { sammenhaengskraft: 4, tillid: 3, fleksibilitet: 2 },
    });
    expect(screen.getByRole('heading', { name: 'Tak for dit svar' })).toHaveFocus();
  });

  it('works by keyboard: arrows within a theme, space to choose, Enter to send', async () => {
    const fake = fakeSession();
    fake.status({ kind: 'connected' });
    fake.board(board({ themes: ['fordybelse'] }));
    mount({ fake, language: 'en' });
    await screen.findByRole('heading', { name: 'Your answer' });
    within(group('Deep work')).getByRole('radio', { name: /^1 / }).focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(group('Deep work')).getByRole('radio', { name: '3' })).toBeChecked();
    await userEvent.keyboard('{Enter}');
    expect(fake.sent).toEqual([{ roundId: 'round-1', scores: { fordybelse: 3 } }]);
    expect(screen.getByRole('heading', { name: 'Thank you for your answer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change my answer' })).toBeInTheDocument();
  });

  it('says an answer waits on the phone while it has not reached the relay', async () => {
    const fake = fakeSession();
    fake.status({ kind: 'connected' });
    fake.board(board());
    mount({ fake });
    await pick('Tillid', /^4$/);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    fake.delivered(false);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Dit svar er gemt på telefonen og bliver sendt, når der er forbindelse.',
    );
    fake.delivered(true);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('a closed or revealed round', () => {
  it.each([
    ['da', 'Runden er lukket', 'Det sendte du'],
    ['en', 'The round is closed', 'What you sent'],
  ] as const)('shows the round closed with what was sent (%s)', async (language, heading, yours) => {
    const fake = fakeSession();
    fake.status({ kind: 'connected' });
    fake.board(board());
    mount({ fake, language });
    await pick(language === 'da' ? 'Tillid' : 'Trust', /^4$/);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    fake.board(board({ seq: 2, phase: 'closed' }));
    expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: yours })).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Ret mit svar|Change my answer/ })).not.toBeInTheDocument();
  });

  it('moves the focus to the new heading when the round closes under it', async () => {
    const fake = fakeSession();
    fake.status({ kind: 'connected' });
    fake.board(board());
    mount({ fake });
    await pick('Tillid', /^3$/);
    expect(within(group('Tillid')).getByRole('radio', { name: '3' })).toHaveFocus();
    fake.board(board({ seq: 2, phase: 'closed' }));
    expect(screen.getByRole('heading', { name: 'Runden er lukket' })).toHaveFocus();
    expect(screen.getByText('Du nåede ikke at sende et svar i denne runde.')).toBeInTheDocument();
  });

  it('leaves the focus alone when the board changes what is not focused', async () => {
    const fake = fakeSession();
    fake.status({ kind: 'connected' });
    mount({ fake });
    const language = screen.getByRole('button', { name: 'English' });
    language.focus();
    fake.board(board());
    expect(await screen.findByRole('heading', { name: 'Dit svar' })).not.toHaveFocus();
    expect(language).toHaveFocus();
  });

  it('says nothing was sent when the round closed first', async () => {
    const fake = fakeSession();
    fake.status({ kind: 'connected' });
    fake.board(board({ phase: 'closed' }));
    mount({ fake });
    expect(await screen.findByText('Du nåede ikke at sende et svar i denne runde.')).toBeInTheDocument();
  });

  it.each([
    ['da', 'Fordeling for Tillid', ['1: 0 svar', '2: 1 svar', '3: 0 svar', '4: 3 svar', '5: 0 svar']],
    [
      'en',
      'Distribution for Trust',
      ['1: 0 answers', '2: 1 answer', '3: 0 answers', '4: 3 answers', '5: 0 answers'],
    ],
  ] as const)('shows the room’s distribution as bars with text (%s)', async (language, label, rows) => {
    const fake = fakeSession();
    fake.status({ kind: 'connected' });
    fake.board(
      board({
        phase: 'revealed',
        themes: ['tillid', 'retfaerdighed'],
        distribution: { tillid: [0, 1, 0, 3, 0] },
      }),
    );
    mount({ fake, language });
    const list = await screen.findByRole('list', { name: label });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(rows.map((text, index) => `${index + 1}${text.split(': ')[1]?.split(' ')[0]}${text}`));
    expect(
      screen.getByText(language === 'da' ? 'Ingen svar på dette tema.' : 'No answers for this theme.'),
    ).toBeInTheDocument();
  });
});

describe('what the phone keeps', () => {
  it('keeps a half-filled form across a reload', async () => {
    const fake = fakeSession();
    fake.status({ kind: 'connected' });
    fake.board(board());
    const first = mount({ fake });
    await pick('Tillid', /^4$/);
    await pick('Fordybelse', /^2$/);

    const again = reload(first, { fake });
    await screen.findByRole('heading', { name: 'Dit svar' });
    expect(within(group('Tillid')).getByRole('radio', { name: '4' })).toBeChecked();
    expect(within(group('Fordybelse')).getByRole('radio', { name: '2' })).toBeChecked();
    expect(within(group('Sammenhængskraft')).queryByRole('radio', { checked: true })).not.toBeInTheDocument();
    expect(fake.sent).toEqual([]);
    expect(again.makeSecret).not.toHaveBeenCalled();
    expect(again.connect.mock.calls[0]?.[0].pidSecret).toBe('secret-0');
  });

  it('shows a sent answer after a reload and writes it again, once, with the same phone secret', async () => {
    const fake = fakeSession();
    fake.status({ kind: 'connected' });
    fake.board(board());
    const first = mount({ fake });
    await pick('Retfærdighed', /^5 /);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(fake.sent).toHaveLength(1);

    const again = reload(first, { fake });
    expect(await screen.findByRole('heading', { name: 'Tak for dit svar' })).toBeInTheDocument();
    await waitFor(() => expect(fake.sent).toHaveLength(2));
    expect(fake.sent[1]).toEqual({ roundId: 'round-1', scores: { retfaerdighed: 5 } });
    expect(again.connect.mock.calls[0]?.[0]).toMatchObject({ pidSecret: 'secret-0', lastSeq: 5000 });
    // A newer board of the same round does not write it a third time.
    fake.board(board({ seq: 2 }));
    expect(fake.sent).toHaveLength(2);
  });

  it('after a reload without network, shows the kept round and answer while it tries', async () => {
    const online = fakeSession();
    online.status({ kind: 'connected' });
    online.board(board());
    const first = mount({ fake: online });
    await pick('Tillid', /^2$/);

    const offline = fakeSession();
    offline.status({ kind: 'offline' });
    reload(first, { fake: offline });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Ingen forbindelse lige nu/));
    expect(within(group('Tillid')).getByRole('radio', { name: '2' })).toBeChecked();
    expect(screen.getByText('Runde: Før forsøget')).toBeInTheDocument();
  });

  it('starts afresh when the facilitator opens a new round in the same room', async () => {
    const fake = fakeSession();
    fake.status({ kind: 'connected' });
    fake.board(board());
    mount({ fake });
    await pick('Tillid', /^2$/);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    fake.board(board({ seq: 2, roundId: 'round-2', label: 'Efter forsøget' }));
    expect(screen.getByRole('heading', { name: 'Dit svar' })).toBeInTheDocument();
    expect(screen.getByText('Runde: Efter forsøget')).toBeInTheDocument();
    expect(within(group('Tillid')).queryByRole('radio', { checked: true })).not.toBeInTheDocument();
  });

  it('keeps each room apart', async () => {
    const fake = fakeSession();
    fake.status({ kind: 'connected' });
    fake.board(board());
    const first = mount({ fake });
    await pick('Tillid', /^2$/);
    const other = `#r=${'B'.repeat(21)}w&k=${KEY}`;
    reload(first, { fake, hash: other });
    await screen.findByRole('heading', { name: 'Dit svar' });
    expect(within(group('Tillid')).queryByRole('radio', { checked: true })).not.toBeInTheDocument();
  });
});
