import { SCORES } from '@/content/ids';
import { SKEMA_TEXT } from '@/content/skema';
import { MAX_ANSWER_CHARS, type StopOpBoardState } from '@/live/protocol';
import { h } from './dom';
import type { RoomHost } from './meeting-view';
import type { KeptStopOp } from './phone-storage';
import { fill, PHONE_STRINGS } from './strings';

type Part = (target: HTMLElement, key: string, build: () => (Node | null)[]) => void;

const QUESTIONS = ['learned', 'continueWith', 'adjust'] as const;

const fresh = (board: StopOpBoardState): KeptStopOp => ({
  experimentId: board.experimentId,
  week: board.week,
  learned: '',
  continueWith: '',
  adjust: '',
  score: null,
  sent: false,
  editing: false,
});

/**
 * A stop op from the phone: the toolkit's three questions and, when the experiment has a theme, its
 * score again from 1 to 5. Sent anonymously; changeable until the facilitator closes.
 */
export function drawStopOp(
  target: HTMLElement,
  board: StopOpBoardState,
  host: RoomHost,
  resend: boolean,
  part: Part,
): void {
  const keptOf = (): KeptStopOp => {
    const kept = host.kept().stopOp;
    return kept && kept.experimentId === board.experimentId && kept.week === board.week ? kept : fresh(board);
  };
  const keep = (next: KeptStopOp) => host.keep({ ...host.kept(), stopOp: next });
  const send = (kept: KeptStopOp) =>
    host.send({
      kind: 'stopOp',
      experimentId: kept.experimentId,
      week: kept.week,
      learned: kept.learned.trim(),
      continueWith: kept.continueWith.trim(),
      adjust: kept.adjust.trim(),
      score: board.themeId ? kept.score : null,
    });

  const kept = keptOf();
  if (resend && kept.sent && board.phase === 'open') send(kept);
  const s = PHONE_STRINGS[host.language()].room;
  const skema = SKEMA_TEXT[host.language()];
  const form = board.phase === 'open' && (!kept.sent || kept.editing);

  const redraw = (focusId?: string) => {
    drawStopOp(target, board, host, false, part);
    if (focusId) document.getElementById(focusId)?.focus();
  };

  part(target, JSON.stringify([host.language(), board, form, kept.sent, form ? null : kept]), () => {
    const header = [
      h('h2', { id: 'phone-stop-op', tabindex: -1 }, fill(s.stopOpHeading, { week: board.week })),
      board.title ? h('p', {}, fill(s.experiment, { title: board.title })) : null,
    ];
    if (!form) {
      const answers = h(
        'dl',
        { class: 'phone-sent' },
        QUESTIONS.map((question) =>
          h(
            'div',
            { class: 'phone-sent-row' },
            h('dt', {}, s[question]),
            h('dd', {}, kept[question].trim() || s.notAnswered),
          ),
        ),
        board.themeId
          ? h(
              'div',
              { class: 'phone-sent-row' },
              h('dt', {}, skema.themes[board.themeId].name),
              h('dd', {}, kept.score ? String(kept.score) : s.notAnswered),
            )
          : null,
      );
      return [
        ...header,
        board.phase === 'closed'
          ? h('p', {}, s.closed)
          : h('p', {}, h('strong', {}, s.thanks), ' ', s.thanksText),
        kept.sent ? answers : null,
        board.phase === 'open'
          ? h(
              'button',
              {
                type: 'button',
                class: 'phone-button',
                onClick: () => {
                  keep({ ...keptOf(), editing: true });
                  redraw('phone-stop-op-learned');
                },
              },
              s.change,
            )
          : null,
      ];
    }
    const alert = h('p', { class: 'phone-alert', role: 'alert' });
    const fields = QUESTIONS.map((question) => {
      const id = `phone-stop-op-${question}`;
      const field = h('textarea', {
        id,
        class: 'phone-textarea',
        rows: 3,
        maxlength: MAX_ANSWER_CHARS,
        onInput: (event: Event) =>
          keep({ ...keptOf(), [question]: (event.target as HTMLTextAreaElement).value }),
      });
      field.value = kept[question];
      return h('p', { class: 'phone-field' }, h('label', { for: id }, s[question]), field);
    });
    const theme = board.themeId ? skema.themes[board.themeId] : null;
    const rescore = theme
      ? h(
          'fieldset',
          { class: 'phone-theme', 'aria-describedby': 'phone-stop-op-question' },
          h('legend', {}, fill(s.rescore, { theme: theme.name })),
          h('p', { id: 'phone-stop-op-question', class: 'phone-question' }, theme.overviewKeyQuestion),
          h(
            'div',
            { class: 'phone-scale' },
            SCORES.map((score) =>
              h(
                'label',
                { class: 'phone-score' },
                h('input', {
                  type: 'radio',
                  name: 'phone-stop-op-score',
                  value: score,
                  checked: kept.score === score,
                  onChange: () => keep({ ...keptOf(), score }),
                }),
                h(
                  'span',
                  { class: 'phone-score-box' },
                  h('span', { class: 'phone-score-number' }, String(score)),
                  score === 1 ? h('span', { class: 'phone-hidden' }, ` ${skema.scaleLow}`) : null,
                  score === 5 ? h('span', { class: 'phone-hidden' }, ` ${skema.scaleHigh}`) : null,
                ),
              ),
            ),
          ),
          h(
            'div',
            { class: 'phone-scale-ends', 'aria-hidden': 'true' },
            h('span', {}, `1 = ${skema.scaleLow}`),
            h('span', {}, `5 = ${skema.scaleHigh}`),
          ),
        )
      : null;
    const submit = (event: Event) => {
      event.preventDefault();
      const current = keptOf();
      const empty =
        QUESTIONS.every((q) => current[q].trim() === '') && (!board.themeId || current.score === null);
      if (empty) {
        alert.textContent = s.nothing;
        return;
      }
      const next = { ...current, sent: true, editing: false };
      keep(next);
      send(next);
      redraw('phone-stop-op');
    };
    return [
      h(
        'form',
        { class: 'phone-form', 'aria-labelledby': 'phone-stop-op', novalidate: true, onSubmit: submit },
        ...header,
        h('p', { class: 'phone-muted' }, s.anonymous),
        fields,
        rescore,
        alert,
        h('button', { type: 'submit', class: 'phone-button phone-send' }, kept.sent ? s.sendChanged : s.send),
      ),
    ];
  });
}
