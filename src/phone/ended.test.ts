import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '@/i18n/languages';
import type { RoomBoard } from '@/live/phone-session';
import type { BoardState, EndedBoardState, LiveRoomKind } from '@/live/protocol';
import { fakePhoneSession } from '../../tests/fake-phone-session';
import { HASH, meetingBoard, SID, stopOpBoard } from '../../tests/phone-boards';
import { mountPhonePage, type Connect } from './phone-page';
import { loadEnded, saveEnded } from './phone-storage';

const round: BoardState = {
  seq: 1,
  phase: 'open',
  roundId: 'round-1',
  label: 'Før forsøget',
  themes: ['tillid', 'fordybelse'],
};

const BEFORE: Record<LiveRoomKind, BoardState | RoomBoard> = {
  round,
  meeting: meetingBoard({ sentAt: 5000, step: null, proposals: { open: true, themes: ['tillid'] } }),
  stopOp: stopOpBoard(),
};

const TITLES: Record<LiveRoomKind, string> = {
  round: 'Før forsøget',
  meeting: 'Tillid',
  stopOp: 'Fast mødedag om tirsdagen',
};

const ended = (of: LiveRoomKind): EndedBoardState => ({ seq: 9, kind: 'ended', of, title: TITLES[of] });

/** What each language says of each ended room: the page's heading, the section's heading, its words. */
const SAYS: Record<Language, Record<LiveRoomKind, [string, string, RegExp]>> = {
  da: {
    round: [
      'Hvor har vi behov for et servicetjek?',
      'Runden er slut',
      /^Tovholderen har afsluttet runden, så der kan ikke længere sendes svar herfra\. Du kan lukke siden\.$/,
    ],
    meeting: ['Tillid', 'Mødet er slut', /^Tovholderen har afsluttet mødet, .* Tak, fordi du var med\./],
    stopOp: [
      'Stop op',
      'Stop op er slut',
      /^Tovholderen har afsluttet stop op, så der kan ikke længere sendes svar herfra\./,
    ],
  },
  en: {
    round: [
      'Where do we need a service check?',
      'This round has ended',
      /^The facilitator has ended the round, so answers can no longer be sent from here\./,
    ],
    meeting: ['Tillid', 'This meeting has ended', /^The facilitator has ended the meeting, .* Thank you/],
    stopOp: [
      'Check-in',
      'This check-in has ended',
      /^The facilitator has ended the check-in, so answers can no longer be sent from here\./,
    ],
  },
};

let pages: { destroy(): void }[] = [];

function mount(fake: ReturnType<typeof fakePhoneSession>, language: Language = 'da') {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  const connect = vi.fn<Connect>(async () => fake.session);
  const page = mountPhonePage(root, {
    initialLanguage: language,
    hash: HASH,
    connect,
    makeSecret: () => 'secret',
    now: () => 5000,
  });
  page.start();
  pages.push(page);
  return { page, connect };
}

afterEach(() => {
  for (const page of pages) page.destroy();
  pages = [];
  localStorage.clear();
  document.body.replaceChildren();
  document.documentElement.lang = 'da';
});

const CASES = (['da', 'en'] as const).flatMap((language) =>
  (['round', 'meeting', 'stopOp'] as const).map((of) => [language, of] as const),
);

describe('a room the facilitator ended', () => {
  it.each(CASES)('tells a phone that is open at the moment it ends (%s, %s)', async (language, of) => {
    const [title, heading, text] = SAYS[language][of];
    const fake = fakePhoneSession({ kind: 'connected' });
    fake.board(BEFORE[of]);
    mount(fake, language);
    // The room as it was, with something to answer.
    await waitFor(() => expect(screen.queryAllByRole(of === 'round' ? 'radio' : 'textbox')).not.toEqual([]));

    fake.board(ended(of));
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    expect(screen.getByText(text)).toBeInTheDocument();
    // Nothing to answer, nothing waiting, and no "waiting for the facilitator".
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Send/ })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    // The phone lets go of the room: nothing more comes or goes in it.
    await waitFor(() => expect(fake.session.destroy).toHaveBeenCalledTimes(1));
  });

  it.each(CASES)('says so after a reload, without connecting again (%s, %s)', async (language, of) => {
    const [, heading] = SAYS[language][of];
    const fake = fakePhoneSession({ kind: 'connected' });
    fake.board(BEFORE[of]);
    const first = mount(fake, language);
    fake.board(ended(of));
    await screen.findByRole('heading', { name: heading });
    first.page.destroy();

    const again = mount(fakePhoneSession({ kind: 'connecting' }), language);
    expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(again.connect).not.toHaveBeenCalled();
  });

  it.each(CASES)('says so to a phone that scans the old code afterwards (%s, %s)', async (language, of) => {
    const [title, heading, text] = SAYS[language][of];
    // A phone that never saw the room: the relay hands it the room's last board, the ended one.
    const fake = fakePhoneSession({ kind: 'connected' });
    fake.board(ended(of));
    mount(fake, language);
    expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(loadEnded(SID)).toEqual(ended(of));
  });

  it('keeps what the phone sent in the round in view, and moves the focus to the news', async () => {
    const fake = fakePhoneSession({ kind: 'connected' });
    fake.board(round);
    mount(fake);
    await userEvent.click(
      within(await screen.findByRole('group', { name: 'Tillid' })).getByRole('radio', { name: '4' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ret mit svar' }));
    within(screen.getByRole('group', { name: 'Tillid' }))
      .getByRole('radio', { name: '4' })
      .focus();

    fake.board(ended('round'));
    expect(screen.getByRole('heading', { name: 'Runden er slut' })).toHaveFocus();
    expect(screen.getByText('Runde: Før forsøget')).toBeInTheDocument();
    const sent = screen.getByRole('heading', { name: 'Det sendte du' }).parentElement as HTMLElement;
    expect(within(sent).getByText('4')).toBeInTheDocument();
    expect(within(sent).getByText('Ikke scoret')).toBeInTheDocument();
  });

  it('says only the meeting has ended when the ended board names none', async () => {
    const fake = fakePhoneSession({ kind: 'connected' });
    fake.board({ ...ended('meeting'), title: '' });
    mount(fake);
    expect(await screen.findByRole('heading', { level: 1, name: 'Mødet er slut' })).toBeInTheDocument();
  });

  it('is kept per room: another room on the same phone is not ended', async () => {
    saveEnded('B'.repeat(22), ended('meeting'));
    const fake = fakePhoneSession({ kind: 'connected' });
    const { connect } = mount(fake);
    await waitFor(() => expect(connect).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('status')).toHaveTextContent('Du er med.');
    expect(screen.queryByRole('heading', { name: 'Mødet er slut' })).not.toBeInTheDocument();
  });

  it.each([
    ['not JSON', '{'],
    ['a room that is not ended', JSON.stringify(BEFORE.meeting)],
    ['an unknown room kind', JSON.stringify({ ...ended('meeting'), of: 'party' })],
  ])('ignores a kept value that is %s, and connects', async (_name, raw) => {
    localStorage.setItem(`servicetjek:phone-ended:${SID}`, raw);
    expect(loadEnded(SID)).toBeNull();
    const { connect } = mount(fakePhoneSession({ kind: 'connected' }));
    await waitFor(() => expect(connect).toHaveBeenCalledTimes(1));
  });
});
