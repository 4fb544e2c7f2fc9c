import { SCORES, THEME_IDS, type Score, type ThemeId } from '@/content/ids';
import { SKEMA_TEXT, type SkemaText } from '@/content/skema';
import type { Language } from '@/i18n/languages';
import { parseJoinHash, type JoinAddress } from '@/live/join-address';
import { randomSecret } from '@/live/base64url';
import type { PhoneSession, RoomBoard } from '@/live/phone-session';
import type { BoardState, EndedBoardState } from '@/live/protocol';
import type { RefusalReason } from '@/live/refusal';
import type { LiveStatus } from '@/live/status';
import { h, setText } from './dom';
import { createRoomView, type RoomView } from './meeting-view';
import {
  loadEnded,
  loadRoom,
  loadRoomAnswers,
  saveEnded,
  saveLanguage,
  saveRoom,
  saveRoomAnswers,
  type KeptRoomAnswers,
  type Scores,
  type StoredRoom,
} from './phone-storage';
import { fill, PHONE_STRINGS, plural, type PhoneStrings } from './strings';

/** Opens the room's session; null when this copy has no relay set up (no config.json). */
export type Connect = (options: {
  address: JoinAddress;
  pidSecret: string;
  lastSeq: number;
}) => Promise<PhoneSession | null>;

export interface PhonePageOptions {
  initialLanguage: Language;
  /** `location.hash`, read only after the first drawing, which depends on the language alone. */
  hash: string;
  connect: Connect;
  makeSecret?: () => string;
  now?: () => number;
}

type Link = LiveStatus | { kind: 'no-relay' };

// The same address will not get in by trying again: the page says so and shows no form.
const FINAL: readonly RefusalReason[] = ['bad-key', 'bad-token', 'forbidden', 'origin'];
// Waiting will not help these; a reload (a newer copy of the page) may.
const RELOAD_HELPS: readonly RefusalReason[] = ['message-too-large', 'bad-message'];

function refusalText(s: PhoneStrings, reason: RefusalReason): string {
  switch (reason) {
    case 'bad-key':
    case 'bad-token':
    case 'forbidden':
      return s.refused.address;
    case 'room-unknown':
      return s.refused.roomUnknown;
    case 'room-full':
      return s.refused.roomFull;
    case 'too-many-rooms':
    case 'too-many-connections':
    case 'too-many-documents':
    case 'unavailable':
      return s.refused.busy;
    case 'origin':
      return s.refused.origin;
    case 'message-too-large':
    case 'bad-message':
      return s.refused.tooLarge;
    case 'unreachable':
      return s.refused.unreachable;
  }
}

const freshRoom = (pidSecret: string): StoredRoom => ({
  pidSecret,
  lastSeq: 0,
  board: null,
  roundId: null,
  draft: {},
  sent: null,
  editing: false,
});

/** The board's themes in the toolkit's order, whatever order they came in. */
const themesOf = (board: BoardState): ThemeId[] =>
  THEME_IDS.filter((themeId) => board.themes.includes(themeId));

const scoreText = (skema: SkemaText, score: Score) =>
  score === 1 ? `1 – ${skema.scaleLow}` : score === 5 ? `5 – ${skema.scaleHigh}` : String(score);

/**
 * The page a participant's phone opens from the QR code: the vurderingsskema for the round the
 * facilitator has open, sent anonymously through the relay. Mounting draws it from the language alone
 * (no address, no board, no storage yet), so that first drawing can be prerendered; `start()` then reads
 * the address, restores what the phone kept for the room and connects.
 */
export interface PhonePage {
  /** Reads the address, restores what the phone kept for the room and connects. */
  start(): void;
  destroy(): void;
}

export function mountPhonePage(root: HTMLElement, options: PhonePageOptions): PhonePage {
  // The phone's own secret: 256 random bits.
  const { connect, makeSecret = () => randomSecret(32), now = Date.now } = options;
  let language = options.initialLanguage;
  let link: Link = { kind: 'connecting' };
  let malformed = false;
  let room: StoredRoom | null = null;
  let delivered = true;
  let sid: string | null = null;
  let session: PhoneSession | null = null;
  // The facilitator ended the room: final, nothing more is sent or received for it.
  let ended: EndedBoardState | null = null;
  let destroyed = false;
  const unsubscribe: (() => void)[] = [];

  // What is on screen: the content is rebuilt only when what it shows changes, so a radio being
  // chosen or a summary opened never replaces the form under the finger or the screen reader.
  let shell: { heading: HTMLElement; round: HTMLElement; status: HTMLElement; content: HTMLElement } | null =
    null;
  // A meeting's or a stop op's board (issue #17) is drawn by the room view instead of the skema.
  let roomKept: KeptRoomAnswers | null = null;
  let roomView: RoomView | null = null;
  let contentKey = '';
  let hint: HTMLElement | null = null;
  let alert: HTMLElement | null = null;
  let tried = false;
  const expanded = new Set<ThemeId>();

  const strings = () => PHONE_STRINGS[language];
  const skema = () => SKEMA_TEXT[language];

  const commit = (next: StoredRoom) => {
    room = next;
    if (sid) saveRoom(sid, next);
  };

  // ---- drawing ----

  function drawShell() {
    const s = strings();
    document.documentElement.lang = language;
    document.title = s.pageTitle;
    const heading = h('h1', {}, skema().question);
    const round = h('p', { class: 'phone-round' });
    const status = h('p', { role: 'status', class: 'phone-status' });
    const content = h('div', { class: 'phone-content' });
    root.replaceChildren(
      h(
        'div',
        { class: 'phone' },
        h(
          'header',
          { class: 'phone-header' },
          h(
            'button',
            {
              type: 'button',
              id: 'phone-language',
              class: 'phone-language',
              lang: s.language.switchToLang,
              onClick: switchLanguage,
            },
            s.language.switchTo,
          ),
        ),
        h(
          'main',
          { class: 'phone-main' },
          heading,
          h(
            'p',
            { class: 'phone-credit' },
            s.credit.before,
            h('cite', { lang: 'da' }, s.credit.title),
            s.credit.after,
          ),
          round,
          status,
          content,
        ),
      ),
    );
    shell = { heading, round, status, content };
    contentKey = '';
    draw();
  }

  function statusText(): string {
    const s = strings();
    if (malformed || ended || link.kind === 'no-relay') return '';
    if (link.kind === 'refused') {
      if (FINAL.includes(link.reason)) return '';
      const text = refusalText(s, link.reason);
      return RELOAD_HELPS.includes(link.reason) ? text : `${text} ${s.refused.retrying}`;
    }
    if (link.kind === 'offline') return s.status.offline;
    if (link.kind === 'connecting') return s.status.connecting;
    if (!room?.board && !roomKept?.board) return s.status.waiting;
    if (!delivered && (room?.sent || roomKept?.board)) return s.status.pending;
    return '';
  }

  type View =
    | { kind: 'none' | 'malformed' | 'no-relay' | 'room' }
    | { kind: 'refused'; reason: RefusalReason }
    | { kind: 'ended'; ended: EndedBoardState }
    | { kind: 'form' | 'thanks' | 'closed'; room: StoredRoom; board: BoardState };

  function view(): View {
    if (malformed) return { kind: 'malformed' };
    if (ended) return { kind: 'ended', ended };
    if (link.kind === 'no-relay') return { kind: 'no-relay' };
    if (link.kind === 'refused' && FINAL.includes(link.reason))
      return { kind: 'refused', reason: link.reason };
    if (roomView && roomKept?.board) return { kind: 'room' };
    const board = room?.board;
    if (!room || !board) return { kind: 'none' };
    if (board.phase !== 'open') return { kind: 'closed', room, board };
    return { kind: room.sent === null || room.editing ? 'form' : 'thanks', room, board };
  }

  function keyOf(current: View): string {
    if (current.kind === 'refused') return `refused:${current.reason}`;
    if (current.kind === 'ended') return `ended:${current.ended.of}:${current.ended.title}`;
    if (!('board' in current)) return current.kind;
    const { board, room: kept } = current;
    const base = `${current.kind}:${board.roundId}:${themesOf(board).join(',')}`;
    if (current.kind === 'form') return `${base}:${kept.editing}`;
    if (current.kind === 'thanks') return `${base}:${JSON.stringify(kept.sent)}`;
    return `${base}:${board.phase}:${JSON.stringify(kept.sent)}:${JSON.stringify(board.distribution ?? null)}`;
  }

  function draw(focusId?: string) {
    if (!shell || destroyed) return;
    const s = strings();
    const label = ended ? (ended.of === 'round' ? ended.title : '') : room?.board?.label;
    const inRoom = ended ? ended.of !== 'round' : Boolean(roomView && roomKept?.board);
    setText(
      shell.heading,
      ended ? endedTitle(ended) : inRoom && roomView ? roomView.title() : skema().question,
    );
    document.title = inRoom ? s.room.pageTitle : s.pageTitle;
    setText(shell.round, label && !inRoom ? fill(s.round, { label }) : '');
    setText(shell.status, statusText());
    // Connecting and waiting are news; no network and refusals are a warning.
    shell.status.dataset.tone = link.kind === 'offline' || link.kind === 'refused' ? 'warn' : 'info';
    const current = view();
    const key = keyOf(current);
    if (key !== contentKey) {
      contentKey = key;
      hint = null;
      alert = null;
      // The board changed what is shown (the round closed, a new one opened): focus inside the old
      // content would fall to the page, so it goes to the new heading, which is read out.
      const hadFocus = shell.content.contains(document.activeElement);
      shell.content.replaceChildren(...drawContent(current));
      if (hadFocus && !focusId) shell.content.querySelector<HTMLElement>('h2')?.focus();
    }
    drawHint();
    if (focusId) document.getElementById(focusId)?.focus();
  }

  function drawContent(current: View): Node[] {
    const s = strings();
    switch (current.kind) {
      case 'none':
        return [];
      case 'room':
        if (!roomView || !roomKept?.board) return [];
        roomView.update(roomKept.board);
        return [roomView.element];
      case 'ended':
        return [drawEnded(current.ended)];
      case 'malformed':
        return [problem(s.malformed.heading, s.malformed.text)];
      case 'no-relay':
        return [problem(s.noRelay.heading, s.noRelay.text)];
      case 'refused':
        return [problem(s.refused.heading, refusalText(s, current.reason))];
      case 'form':
        return [drawForm(current.board, current.room)];
      case 'thanks':
        return [
          h(
            'section',
            { 'aria-labelledby': 'phone-thanks' },
            h('h2', { id: 'phone-thanks', tabindex: -1 }, s.thanks.heading),
            h('p', {}, s.thanks.text),
            sentAnswer(themesOf(current.board), current.room.sent),
            h('button', { type: 'button', class: 'phone-button', onClick: change }, s.thanks.change),
          ),
        ];
      case 'closed':
        return [
          h(
            'section',
            { 'aria-labelledby': 'phone-closed' },
            h('h2', { id: 'phone-closed', tabindex: -1 }, s.closed.heading),
            h('p', {}, s.closed.text),
            current.room.sent
              ? sentAnswer(themesOf(current.board), current.room.sent)
              : h('p', {}, s.closed.nothingSent),
            current.board.phase === 'revealed' ? roomAnswers(current.board) : null,
          ),
        ];
    }
  }

  /** The page's heading for an ended room: the meeting's name, "Stop op", or the round's question. */
  function endedTitle(current: EndedBoardState): string {
    if (current.of === 'meeting') return current.title || strings().ended.meeting;
    if (current.of === 'stopOp') return strings().room.stopOpTitle;
    return skema().question;
  }

  function drawEnded(current: EndedBoardState) {
    const s = strings();
    const board = room?.board;
    return h(
      'section',
      { 'aria-labelledby': 'phone-ended' },
      h('h2', { id: 'phone-ended', tabindex: -1 }, s.ended[current.of]),
      current.of === 'stopOp' && current.title
        ? h('p', { class: 'phone-muted' }, fill(s.room.experiment, { title: current.title }))
        : null,
      h('p', {}, s.ended[`${current.of}Text`]),
      // What this phone sent in the round stays in view: the room is over, the answer still counts.
      current.of === 'round' && board && room?.sent ? sentAnswer(themesOf(board), room.sent) : null,
    );
  }

  function problem(heading: string, text: string) {
    return h('section', { class: 'phone-problem' }, h('h2', { tabindex: -1 }, heading), h('p', {}, text));
  }

  function drawForm(board: BoardState, kept: StoredRoom) {
    const s = strings();
    const text = skema();
    hint = h('p', { class: 'phone-hint' });
    alert = h('p', { class: 'phone-alert', role: 'alert' });
    const themes = themesOf(board).map((themeId) => {
      const theme = text.themes[themeId];
      const questionId = `phone-${themeId}-question`;
      const summaryId = `phone-${themeId}-summary`;
      const summary = h(
        'p',
        { id: summaryId, class: 'phone-summary', hidden: !expanded.has(themeId) },
        theme.summary,
      );
      const disclosure = h(
        'button',
        {
          type: 'button',
          id: `phone-${themeId}-more`,
          class: 'phone-disclosure',
          'aria-expanded': String(expanded.has(themeId)),
          'aria-controls': summaryId,
          'aria-label': fill(s.form.showSummaryLabel, { theme: theme.name }),
          onClick: () => {
            const open = !expanded.has(themeId);
            if (open) expanded.add(themeId);
            else expanded.delete(themeId);
            disclosure.setAttribute('aria-expanded', String(open));
            summary.hidden = !open;
          },
        },
        s.form.showSummary,
      );
      const scale = SCORES.map((score) =>
        h(
          'label',
          { class: 'phone-score' },
          h('input', {
            type: 'radio',
            name: `phone-${themeId}`,
            value: score,
            checked: kept.draft[themeId] === score,
            onChange: () => choose(themeId, score),
          }),
          // The box right after the radio, so its checked and focused looks need no :has().
          h(
            'span',
            { class: 'phone-score-box' },
            h('span', { class: 'phone-score-number' }, String(score)),
            // The ends' words belong to their radios' names ("1 Slet ikke vigtigt"); on screen they
            // stand under the row, where they have room.
            score === 1 || score === 5 ? ' ' : null,
            score === 1 ? h('span', { class: 'phone-hidden' }, text.scaleLow) : null,
            score === 5 ? h('span', { class: 'phone-hidden' }, text.scaleHigh) : null,
          ),
        ),
      );
      return h(
        'fieldset',
        { class: 'phone-theme', 'aria-describedby': questionId },
        h('legend', {}, theme.name),
        h('p', { id: questionId, class: 'phone-question' }, theme.overviewKeyQuestion),
        disclosure,
        summary,
        h('div', { class: 'phone-scale' }, scale),
        h(
          'div',
          { class: 'phone-scale-ends', 'aria-hidden': 'true' },
          h('span', {}, `1 = ${text.scaleLow}`),
          h('span', {}, `5 = ${text.scaleHigh}`),
        ),
      );
    });
    return h(
      'form',
      { class: 'phone-form', 'aria-labelledby': 'phone-form', novalidate: true, onSubmit: submit },
      h('h2', { id: 'phone-form', tabindex: -1 }, s.form.heading),
      h('p', {}, text.instruction),
      h('p', { class: 'phone-muted' }, s.form.anonymous),
      themes,
      hint,
      alert,
      h(
        'button',
        { type: 'submit', class: 'phone-button phone-send' },
        kept.editing ? s.form.sendChanged : s.form.send,
      ),
    );
  }

  function drawHint() {
    const board = room?.board;
    if (!hint || !alert || !room || !board) return;
    const draft = room.draft;
    const scored = board.themes.filter((themeId) => draft[themeId] !== undefined).length;
    // Said aloud only when a send was refused; the count of themes left is there to read, not announced
    // at every choice.
    setText(alert, scored === 0 && tried ? strings().form.nothing : '');
    setText(
      hint,
      scored > 0 && scored < board.themes.length
        ? plural(language, strings().form, 'missing', board.themes.length - scored)
        : '',
    );
  }

  function sentAnswer(themes: readonly ThemeId[], sent: Scores | null) {
    const s = strings();
    const text = skema();
    return h(
      'div',
      { class: 'phone-sent' },
      h('h3', {}, s.thanks.yourAnswer),
      h(
        'dl',
        {},
        themes.map((themeId) => {
          const score = sent?.[themeId];
          return h(
            'div',
            { class: 'phone-sent-row' },
            h('dt', {}, text.themes[themeId].name),
            h('dd', {}, score ? scoreText(text, score) : s.thanks.notScored),
          );
        }),
      ),
    );
  }

  /** The room's distribution per theme as labelled bars: each count is written out, so no colour is needed. */
  function roomAnswers(board: BoardState) {
    const s = strings();
    const text = skema();
    return h(
      'div',
      { class: 'phone-room' },
      h('h3', {}, s.revealed.heading),
      h('p', {}, s.revealed.text),
      themesOf(board).map((themeId) => {
        const counts = board.distribution?.[themeId];
        const name = text.themes[themeId].name;
        const total = counts ? counts.reduce((sum, count) => sum + count, 0) : 0;
        const most = counts ? Math.max(1, ...counts) : 1;
        return h(
          'section',
          { class: 'phone-room-theme' },
          h('h4', {}, name),
          counts && total > 0
            ? h(
                'ul',
                { class: 'phone-bars', 'aria-label': fill(s.revealed.themeLabel, { theme: name }) },
                counts.map((count, index) =>
                  h(
                    'li',
                    { class: 'phone-bar-row' },
                    h('span', { 'aria-hidden': 'true' }, String(index + 1)),
                    h(
                      'span',
                      { class: 'phone-bar-track', 'aria-hidden': 'true' },
                      h('span', { class: 'phone-bar', style: `width: ${(count / most) * 100}%` }),
                    ),
                    h('span', { 'aria-hidden': 'true' }, String(count)),
                    h(
                      'span',
                      { class: 'phone-hidden' },
                      plural(language, s.revealed, 'bar', count, { score: index + 1 }),
                    ),
                  ),
                ),
              )
            : h('p', {}, s.revealed.noAnswers),
        );
      }),
    );
  }

  // ---- actions ----

  function switchLanguage() {
    language = language === 'da' ? 'en' : 'da';
    saveLanguage(language);
    drawShell();
    document.getElementById('phone-language')?.focus();
  }

  function choose(themeId: ThemeId, score: Score) {
    if (!room) return;
    commit({ ...room, draft: { ...room.draft, [themeId]: score } });
    draw();
  }

  function submit(event: Event) {
    event.preventDefault();
    const board = room?.board;
    if (!room || !board) return;
    const scores = { ...room.draft };
    if (!board.themes.some((themeId) => scores[themeId] !== undefined)) {
      tried = true;
      draw();
      return;
    }
    tried = false;
    commit({ ...room, sent: scores, editing: false, lastSeq: Math.max(room.lastSeq, now()) });
    draw('phone-thanks');
    void session?.sendBallot({ roundId: board.roundId, scores });
  }

  function change() {
    if (!room) return;
    commit({ ...room, editing: true, draft: { ...(room.sent ?? room.draft) } });
    draw('phone-form');
  }

  // ---- the link ----

  function start() {
    const address = parseJoinHash(options.hash);
    if (!address) {
      // Nothing is stored and nothing is sent for an address that is not one.
      malformed = true;
      draw();
      return;
    }
    sid = address.sid;
    // An ended room is over for good (its keys are forgotten): the phone says so without connecting.
    ended = loadEnded(address.sid);
    if (ended) {
      room = loadRoom(address.sid);
      draw();
      return;
    }
    const initial = loadRoom(address.sid) ?? freshRoom(makeSecret());
    commit(initial);
    roomKept = loadRoomAnswers(address.sid);
    if (roomKept.board) openRoomView();
    draw();
    let resent = false;
    connect({ address, pidSecret: initial.pidSecret, lastSeq: initial.lastSeq }).then(
      (opened) => {
        if (destroyed) {
          opened?.destroy();
          return;
        }
        if (!opened) {
          link = { kind: 'no-relay' };
          draw();
          return;
        }
        session = opened;
        unsubscribe.push(
          opened.onStatus((status) => {
            link = status;
            draw();
          }),
          opened.onDelivered((value) => {
            delivered = value;
            draw();
          }),
          opened.onRoomBoard?.((board) => receiveRoomBoard(board)) ?? (() => {}),
          opened.onEnded?.((board) => receiveEnded(board)) ?? (() => {}),
          opened.onBoard((board) => {
            const current = room ?? initial;
            const next: StoredRoom =
              board.roundId === current.roundId
                ? { ...current, board }
                : { ...current, board, roundId: board.roundId, draft: {}, sent: null, editing: false };
            commit(next);
            // After a reload the answer kept on the phone is written again, once; the facilitator
            // counts per phone, so it is still counted once.
            if (!resent && board.phase === 'open') {
              resent = true;
              if (next.sent) void opened.sendBallot({ roundId: board.roundId, scores: next.sent });
            }
            draw();
          }),
        );
      },
      () => {
        if (destroyed) return;
        link = { kind: 'refused', reason: 'unreachable' };
        draw();
      },
    );
  }

  // ---- a meeting's or a stop op's room ----

  function openRoomView(): RoomView {
    roomView ??= createRoomView({
      language: () => language,
      kept: () => roomKept ?? { board: null, clockOffset: 0, meeting: null, stopOp: null },
      keep: (next) => {
        roomKept = next;
        if (sid) saveRoomAnswers(sid, next);
      },
      send: (ballot) => {
        if (room) commit({ ...room, lastSeq: Math.max(room.lastSeq, now()) });
        void session?.sendRoomBallot?.(ballot);
      },
      now,
      makeId: () => randomSecret(12),
    });
    return roomView;
  }

  function receiveRoomBoard(board: RoomBoard) {
    const kept = roomKept ?? { board: null, clockOffset: 0, meeting: null, stopOp: null };
    // The countdown reads the facilitator's clock as the phone's plus what it was ahead when the board came.
    const clockOffset = board.kind === 'meeting' ? board.sentAt - now() : kept.clockOffset;
    roomKept = { ...kept, board, clockOffset };
    if (sid) saveRoomAnswers(sid, roomKept);
    openRoomView().update(board, true);
    draw();
  }

  /** The facilitator ended the room: say so, keep it so a reload or a new scan says so too, and leave. */
  function receiveEnded(board: EndedBoardState) {
    if (ended) return;
    ended = board;
    if (sid) saveEnded(sid, board);
    roomView?.destroy();
    roomView = null;
    draw();
    // Nothing more comes or goes in an ended room; the session is let go once this call is done.
    queueMicrotask(() => {
      if (destroyed) return;
      for (const stop of unsubscribe.splice(0)) stop();
      session?.destroy();
      session = null;
    });
  }

  // The first drawing: the language alone decides it, so it can be prerendered.
  drawShell();

  return {
    start,
    destroy() {
      destroyed = true;
      for (const stop of unsubscribe.splice(0)) stop();
      roomView?.destroy();
      session?.destroy();
      session = null;
    },
  };
}
