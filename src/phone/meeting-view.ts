import type { ThemeId } from '@/content/ids';
import { SKEMA_TEXT } from '@/content/skema';
import type { Language } from '@/i18n/languages';
import type { RoomBallot, RoomBoard } from '@/live/phone-session';
import {
  MAX_PROPOSAL_CHARS,
  MAX_PROPOSALS_PER_PHONE,
  type LiveStep,
  type LiveTableStep,
  type LiveVote,
  type MeetingBoardState,
} from '@/live/protocol';
import { h, setText } from './dom';
import type { KeptMeeting, KeptRoomAnswers } from './phone-storage';
import { drawStopOp } from './stop-op-view';
import './meeting.css';
import { fill, PHONE_STRINGS, plural, type PhoneStrings } from './strings';

/** What the room view needs from the page: the language, what the phone keeps, and the link. */
export interface RoomHost {
  language(): Language;
  kept(): KeptRoomAnswers;
  keep(next: KeptRoomAnswers): void;
  send(ballot: RoomBallot): void;
  now(): number;
  /** A fresh proposal id (letters, digits, - and _). */
  makeId(): string;
}

export interface RoomView {
  /** The container the page puts in its content; the view redraws inside it. */
  element: HTMLElement;
  /** The heading of the page for this board: the meeting's name, or "Stop op". */
  title(): string;
  /**
   * A board to show: `live` when it came from the relay (the first live one writes again what the
   * phone kept, once), not when it is the one kept on the phone or a redraw.
   */
  update(board: RoomBoard, live?: boolean): void;
  destroy(): void;
}

/** A countdown's time left on the facilitator's clock (docs/live-protocol.md), in ms; may be negative. */
export function timeLeft(step: LiveStep, facilitatorNow: number): number | null {
  const { timer } = step;
  if (!timer) return null;
  const running = timer.startedAt === null ? 0 : Math.max(0, facilitatorNow - timer.startedAt);
  return timer.durationMs - timer.elapsedMs - running;
}

const clock = (ms: number) => {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** A vote is known by what it is on and its items, so a new vote starts with no dots. */
const voteKeyOf = (vote: LiveVote) => `${vote.on}:${vote.items.map((item) => item.id).join(',')}`;

const freshMeeting = (meetingId: string): KeptMeeting => ({
  meetingId,
  proposals: [],
  dots: {},
  voteKey: null,
  table: null,
});

const usedDots = (dots: Readonly<Record<string, number>>) => Object.values(dots).reduce((a, b) => a + b, 0);

/**
 * The phone's view of a meeting (follow the step, send proposals, dot-vote, pick a table) or of a
 * stop op. Each part is rebuilt only when what it shows changes, so a board written while someone
 * types never replaces the field under their fingers.
 */
export function createRoomView(host: RoomHost): RoomView {
  const element = h('div', { class: 'phone-room-view' });
  const parts = {
    follow: h('section', { class: 'phone-follow', 'aria-labelledby': 'phone-step' }),
    table: h('div', {}),
    proposals: h('div', {}),
    vote: h('div', {}),
    stopOp: h('div', {}),
  };
  const keys = new Map<HTMLElement, string>();
  let countdown: HTMLElement | null = null;
  let board: RoomBoard | null = null;
  let resent = false;
  let proposalDraft = '';
  let proposalTheme: ThemeId | null = null;
  let proposalProblem = '';

  const strings = (): PhoneStrings['room'] => PHONE_STRINGS[host.language()].room;
  const themeName = (themeId: ThemeId) => SKEMA_TEXT[host.language()].themes[themeId].name;

  /** Redraws a part only when its key changed; the focused control is found again by its id. */
  function part(target: HTMLElement, key: string, build: () => (Node | null)[]) {
    if (keys.get(target) === key) return;
    keys.set(target, key);
    const focused = target.contains(document.activeElement) ? document.activeElement?.id : undefined;
    target.replaceChildren(...build().filter((node): node is Node => node !== null));
    if (focused) document.getElementById(focused)?.focus();
  }

  function meetingKept(current: MeetingBoardState): KeptMeeting {
    const kept = host.kept().meeting;
    return kept && kept.meetingId === current.meetingId ? kept : freshMeeting(current.meetingId);
  }

  function keepMeeting(meeting: KeptMeeting, send: boolean) {
    host.keep({ ...host.kept(), meeting });
    if (send)
      host.send({
        kind: 'meeting',
        meetingId: meeting.meetingId,
        proposals: meeting.proposals,
        dots: meeting.dots,
      });
  }

  // ---- follow along ----

  function tick() {
    if (!countdown || board?.kind !== 'meeting' || !board.step) return;
    const left = timeLeft(board.step, host.now() + host.kept().clockOffset);
    const s = strings();
    if (left === null) setText(countdown, '');
    else if (board.step.timer?.startedAt === null) setText(countdown, fill(s.paused, { time: clock(left) }));
    else setText(countdown, left > 0 ? fill(s.timeLeft, { time: clock(left) }) : s.timeUp);
  }
  const interval = setInterval(tick, 1000);

  function drawFollow(current: MeetingBoardState) {
    const s = strings();
    const { step } = current;
    part(parts.follow, JSON.stringify([host.language(), current.finished, step]), () => {
      countdown = null;
      if (current.finished)
        return [h('h2', { id: 'phone-step', tabindex: -1 }, s.finished), h('p', {}, s.finishedText)];
      if (!step) return [h('h2', { id: 'phone-step', tabindex: -1 }, s.waiting)];
      countdown = h('p', { role: 'timer', class: 'phone-countdown' });
      return [
        h('p', { class: 'phone-muted' }, fill(s.stepOf, { n: step.index + 1, count: step.count })),
        h('h2', { id: 'phone-step', tabindex: -1 }, step.title),
        countdown,
        step.speaker
          ? h(
              'p',
              { class: 'phone-speaker' },
              fill(s.speaker, { n: step.speaker.index + 1, count: step.speaker.count }),
            )
          : null,
        step.questions.length > 0
          ? h(
              'div',
              { class: 'phone-questions' },
              h('h3', {}, s.questions),
              h(
                'ul',
                {},
                step.questions.map((question) => h('li', {}, question)),
              ),
            )
          : null,
      ];
    });
    tick();
  }

  // ---- the dialogmøde's tables ----

  function drawTables(current: MeetingBoardState, kept: KeptMeeting) {
    const s = strings();
    part(
      parts.table,
      JSON.stringify([host.language(), current.tables, current.finished ? null : kept.table]),
      () => {
        if (current.tables.length === 0 || current.finished) return [];
        const mine = current.tables.find((table) => table.number === kept.table);
        return [
          h(
            'fieldset',
            { class: 'phone-tables' },
            h('legend', {}, s.tableLegend),
            current.tables.map((table) =>
              h(
                'label',
                { class: 'phone-choice' },
                h('input', {
                  type: 'radio',
                  name: 'phone-table',
                  id: `phone-table-${table.number}`,
                  value: table.number,
                  checked: table.number === kept.table,
                  onChange: () => chooseTable(table.number),
                }),
                h('span', {}, fill(s.table, { number: table.number, theme: themeName(table.themeId) })),
              ),
            ),
          ),
          mine
            ? h(
                'p',
                { class: 'phone-your-table' },
                h('strong', {}, fill(s.yourTable, { number: mine.number, theme: themeName(mine.themeId) })),
                ' ',
                SKEMA_TEXT[host.language()].themes[mine.themeId].overviewKeyQuestion,
              )
            : null,
          mine?.process?.length ? drawProcess(mine.process) : null,
        ];
      },
    );
  }

  /** The table's process as the board gives it: its drejebog's steps, with their questions. */
  function drawProcess(process: LiveTableStep[]) {
    const s = strings();
    return h(
      'section',
      { class: 'phone-table-process', 'aria-labelledby': 'phone-table-process' },
      h('h3', { id: 'phone-table-process' }, s.tableProcess),
      h(
        'ol',
        { class: 'phone-table-steps' },
        process.map((step) =>
          h(
            'li',
            {},
            h(
              'p',
              { class: 'phone-table-step' },
              h('strong', {}, fill(s.tableStep, { number: step.number, title: step.title })),
              step.duration ? h('span', { class: 'phone-muted' }, ` · ${step.duration}`) : null,
            ),
            step.lines.map((line) => h('p', {}, line)),
            step.questions.length > 0
              ? h(
                  'ul',
                  {},
                  step.questions.map((question) => h('li', {}, question)),
                )
              : null,
          ),
        ),
      ),
    );
  }

  function chooseTable(number: number) {
    if (board?.kind !== 'meeting') return;
    keepMeeting({ ...meetingKept(board), table: number }, false);
    update(board);
  }

  // ---- proposals ----

  /** The theme a proposal is about: the table's, the one allowed, or the one picked. */
  function themeFor(current: MeetingBoardState, kept: KeptMeeting): ThemeId | null {
    const table = current.tables.find((t) => t.number === kept.table);
    if (table) return table.themeId;
    const { themes } = current.proposals;
    if (themes.length === 1) return themes[0] ?? null;
    return proposalTheme && themes.includes(proposalTheme) ? proposalTheme : (themes[0] ?? null);
  }

  function drawProposals(current: MeetingBoardState, kept: KeptMeeting) {
    const s = strings();
    const open = current.proposals.open && !current.finished;
    const picker =
      open && current.proposals.themes.length > 1 && !current.tables.some((t) => t.number === kept.table);
    part(
      parts.proposals,
      JSON.stringify([
        host.language(),
        open,
        picker && current.proposals.themes,
        kept.proposals,
        proposalProblem,
      ]),
      () => {
        const nodes: (Node | null)[] = [];
        if (open) {
          const full = kept.proposals.length >= MAX_PROPOSALS_PER_PHONE;
          nodes.push(
            h(
              'form',
              {
                class: 'phone-proposal',
                'aria-labelledby': 'phone-proposal-heading',
                novalidate: true,
                onSubmit: sendProposal,
              },
              h('h2', { id: 'phone-proposal-heading', tabindex: -1 }, s.proposalHeading),
              h('p', { class: 'phone-muted' }, s.proposalAnonymous),
              picker
                ? h(
                    'p',
                    {},
                    h('label', { for: 'phone-proposal-theme' }, s.proposalTheme),
                    h(
                      'select',
                      {
                        id: 'phone-proposal-theme',
                        class: 'phone-select',
                        onChange: (event: Event) => {
                          proposalTheme = (event.target as HTMLSelectElement).value as ThemeId;
                        },
                      },
                      current.proposals.themes.map((themeId) =>
                        h(
                          'option',
                          { value: themeId, selected: themeId === themeFor(current, kept) },
                          themeName(themeId),
                        ),
                      ),
                    ),
                  )
                : null,
              h('label', { for: 'phone-proposal-text' }, s.proposalLabel),
              (() => {
                const field = h('textarea', {
                  id: 'phone-proposal-text',
                  class: 'phone-textarea',
                  rows: 3,
                  maxlength: MAX_PROPOSAL_CHARS,
                  'aria-describedby': 'phone-proposal-problem',
                  onInput: (event: Event) => {
                    proposalDraft = (event.target as HTMLTextAreaElement).value;
                  },
                });
                field.value = proposalDraft;
                return field;
              })(),
              h(
                'p',
                { id: 'phone-proposal-problem', class: 'phone-alert', role: 'alert' },
                full ? fill(s.proposalLimit, { max: MAX_PROPOSALS_PER_PHONE }) : proposalProblem,
              ),
              h('button', { type: 'submit', class: 'phone-button', disabled: full }, s.sendProposal),
            ),
          );
        }
        if (kept.proposals.length > 0) {
          nodes.push(
            h(
              'section',
              { class: 'phone-sent', 'aria-labelledby': 'phone-your-proposals' },
              h('h3', { id: 'phone-your-proposals' }, s.yourProposals),
              h(
                'ul',
                { class: 'phone-proposals' },
                kept.proposals.map((proposal) =>
                  h(
                    'li',
                    {},
                    h('span', { class: 'phone-proposal-text' }, proposal.text),
                    h(
                      'span',
                      { class: 'phone-muted' },
                      proposal.themeId ? `${themeName(proposal.themeId)} · ` : '',
                      s.proposalWaiting,
                    ),
                  ),
                ),
              ),
            ),
          );
        }
        return nodes;
      },
    );
  }

  function sendProposal(event: Event) {
    event.preventDefault();
    if (board?.kind !== 'meeting' || !board.proposals.open) return;
    const s = strings();
    const words = proposalDraft.trim();
    const kept = meetingKept(board);
    if (words.length === 0) proposalProblem = s.proposalEmpty;
    else if (words.length > MAX_PROPOSAL_CHARS)
      proposalProblem = fill(s.proposalTooLong, { max: MAX_PROPOSAL_CHARS });
    else if (kept.proposals.length < MAX_PROPOSALS_PER_PHONE) {
      proposalProblem = '';
      proposalDraft = '';
      const proposal = { id: host.makeId(), text: words, themeId: themeFor(board, kept) };
      keepMeeting({ ...kept, proposals: [...kept.proposals, proposal] }, true);
      keys.delete(parts.proposals);
      update(board);
      document.getElementById('phone-proposal-text')?.focus();
      return;
    }
    keys.delete(parts.proposals);
    update(board);
    document.getElementById('phone-proposal-text')?.focus();
  }

  // ---- the dot vote ----

  let voteCounts: {
    used: HTMLElement;
    items: Map<
      string,
      { count: HTMLElement; add: HTMLButtonElement; remove: HTMLButtonElement; shown: HTMLElement }
    >;
  } | null = null;

  function drawVote(current: MeetingBoardState, kept: KeptMeeting) {
    const s = strings();
    const vote = current.finished ? null : current.vote;
    part(parts.vote, JSON.stringify([host.language(), vote]), () => {
      voteCounts = null;
      if (!vote) return [];
      if (vote.phase === 'closed') {
        const counts = vote.counts ?? {};
        // In order of dots; ties keep the board's order (sort is stable).
        const ordered = [...vote.items].sort((a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0));
        return [
          h(
            'section',
            { class: 'phone-vote', 'aria-labelledby': 'phone-vote-heading' },
            h('h2', { id: 'phone-vote-heading', tabindex: -1 }, s.voteClosed),
            h('p', {}, s.voteResult),
            h(
              'ol',
              { class: 'phone-vote-result' },
              ordered.map((item) =>
                h(
                  'li',
                  {},
                  h('span', {}, item.text),
                  ' ',
                  h('strong', {}, plural(host.language(), s, 'result', counts[item.id] ?? 0)),
                ),
              ),
            ),
          ),
        ];
      }
      const used = h('p', { class: 'phone-dots-used', role: 'status' });
      const items = new Map<
        string,
        { count: HTMLElement; add: HTMLButtonElement; remove: HTMLButtonElement; shown: HTMLElement }
      >();
      voteCounts = { used, items };
      const rows = vote.items.map((item) => {
        const shown = h('span', { class: 'phone-dot-count', 'aria-hidden': 'true' });
        const count = h('span', { class: 'phone-hidden', role: 'status' });
        const remove = h(
          'button',
          {
            type: 'button',
            id: `phone-remove-${item.id}`,
            class: 'phone-dot-button',
            'aria-label': fill(s.removeDot, { item: item.text }),
            onClick: () => dot(item.id, -1),
          },
          '−',
        );
        const add = h(
          'button',
          {
            type: 'button',
            id: `phone-add-${item.id}`,
            class: 'phone-dot-button',
            'aria-label': fill(s.addDot, { item: item.text }),
            onClick: () => dot(item.id, 1),
          },
          '+',
        );
        items.set(item.id, { count, add, remove, shown });
        return h(
          'li',
          { class: 'phone-vote-item' },
          h('span', { class: 'phone-vote-text' }, item.text),
          h('span', { class: 'phone-dot-controls' }, remove, shown, add),
          count,
        );
      });
      return [
        h(
          'section',
          { class: 'phone-vote', 'aria-labelledby': 'phone-vote-heading' },
          h('h2', { id: 'phone-vote-heading', tabindex: -1 }, s.voteHeading),
          h('p', {}, fill(s.voteText, { dots: vote.dots, max: vote.maxPerItem })),
          used,
          h('ul', { class: 'phone-vote-items' }, rows),
        ),
      ];
    });
    if (vote?.phase === 'open') drawDots(vote, kept);
  }

  function drawDots(vote: LiveVote, kept: KeptMeeting) {
    if (!voteCounts) return;
    const s = strings();
    const spent = usedDots(kept.dots);
    setText(voteCounts.used, fill(s.used, { used: spent, dots: vote.dots }));
    for (const item of vote.items) {
      const row = voteCounts.items.get(item.id);
      if (!row) continue;
      const n = kept.dots[item.id] ?? 0;
      setText(row.shown, String(n));
      setText(row.count, plural(host.language(), s, 'dots', n, { item: item.text }));
      row.add.disabled = n >= vote.maxPerItem || spent >= vote.dots;
      row.remove.disabled = n === 0;
    }
  }

  function dot(itemId: string, change: 1 | -1) {
    if (board?.kind !== 'meeting' || board.vote?.phase !== 'open') return;
    const vote = board.vote;
    const kept = meetingKept(board);
    const n = (kept.dots[itemId] ?? 0) + change;
    if (n < 0 || n > vote.maxPerItem || (change > 0 && usedDots(kept.dots) >= vote.dots)) return;
    const dots = { ...kept.dots, [itemId]: n };
    if (n === 0) delete dots[itemId];
    const next = { ...kept, dots };
    keepMeeting(next, true);
    drawDots(vote, next);
  }

  // ---- the whole ----

  function update(next: RoomBoard, live = false) {
    board = next;
    if (next.kind === 'stopOp') {
      for (const target of [parts.follow, parts.table, parts.proposals, parts.vote]) {
        target.replaceChildren();
        keys.delete(target);
      }
      element.replaceChildren(parts.stopOp);
      drawStopOp(parts.stopOp, next, host, live && !resent, part);
      if (live) resent = true;
      return;
    }
    let kept = meetingKept(next);
    if (next.vote && kept.voteKey !== voteKeyOf(next.vote)) {
      kept = { ...kept, dots: {}, voteKey: voteKeyOf(next.vote) };
      keepMeeting(kept, false);
    }
    if (host.kept().meeting?.meetingId !== next.meetingId) keepMeeting(kept, false);
    // After a reload, what the phone kept is written again, once; the facilitator reads it per phone.
    if (live && !resent) {
      resent = true;
      if (kept.proposals.length > 0 || usedDots(kept.dots) > 0) keepMeeting(kept, true);
    }
    element.replaceChildren(parts.follow, parts.table, parts.proposals, parts.vote);
    drawFollow(next);
    drawTables(next, kept);
    drawProposals(next, kept);
    drawVote(next, kept);
  }

  return {
    element,
    title() {
      const s = strings();
      if (!board) return '';
      return board.kind === 'meeting' ? board.title : s.stopOpTitle;
    },
    update,
    destroy() {
      clearInterval(interval);
    },
  };
}
