import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveConfig } from '@/components/live/use-live-config';
import { DEFAULT_DOTS, DEFAULT_MAX_PER_ITEM, MAX_DOTS } from '@/domain/dot-vote';
import type { Meeting } from '@/domain/entities/meeting';
import { useMeetingLiveLink } from '@/state/meeting-live-link';
import { useLiveRoom } from '@/state/use-live-room';
import { useWorkspace } from '@/state/workspace-store';
import { Field } from '@/components/field';

/** The board's dot vote from phones: open it (on proposals or groups, dots and limit), see votes cast, close it. */
export function DotVotePanel({ meeting, title }: { meeting: Meeting; title: string }) {
  const { t } = useTranslation('liveMeeting');
  const ids = { heading: useId(), on: useId() };
  const setup = useLiveConfig();
  const live = meeting.livePhones === true;
  useLiveRoom(
    { kind: 'meeting', meetingId: meeting.id, title },
    live,
    setup.kind === 'ready' ? setup.config : null,
  );
  const votesCast = useMeetingLiveLink((s) => s.votesCast);
  const closeVote = useMeetingLiveLink((s) => s.closeVote);
  const openDotVote = useWorkspace((s) => s.openDotVote);
  const clearDotVote = useWorkspace((s) => s.clearDotVote);
  const [on, setOn] = useState<'proposals' | 'groups'>('proposals');
  const [dots, setDots] = useState(String(DEFAULT_DOTS));
  const [maxPerItem, setMaxPerItem] = useState(String(DEFAULT_MAX_PER_ITEM));
  const [error, setError] = useState<string | null>(null);
  const vote = meeting.dotVote;

  function open(event: FormEvent) {
    event.preventDefault();
    const opened = openDotVote(meeting.id, { on, dots: Number(dots), maxPerItem: Number(maxPerItem) });
    setError(opened ? null : t('vote.nothing'));
  }

  let body;
  if (!vote) {
    body = !live ? (
      <p className="muted">{t('vote.noPhones')}</p>
    ) : (
      <form className="dot-vote-form" onSubmit={open} noValidate>
        <fieldset className="field">
          <legend>{t('vote.on')}</legend>
          {(['proposals', 'groups'] as const).map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={ids.on}
                value={value}
                checked={on === value}
                onChange={() => setOn(value)}
              />
              {value === 'proposals' ? t('vote.onProposals') : t('vote.onGroups')}
            </label>
          ))}
        </fieldset>
        <Field label={t('vote.dots')}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={1}
              max={MAX_DOTS}
              value={dots}
              onChange={(e) => setDots(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('vote.maxPerItem')}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={1}
              max={MAX_DOTS}
              value={maxPerItem}
              onChange={(e) => setMaxPerItem(e.target.value)}
            />
          )}
        </Field>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button">
          {t('vote.open')}
        </button>
      </form>
    );
  } else if (vote.phase === 'open') {
    body = (
      <>
        <p>
          {t('vote.isOpen')} <strong aria-live="polite">{t('counts.votes', { count: votesCast })}</strong>
        </p>
        <button type="button" className="button" onClick={() => closeVote(meeting.id)}>
          {t('vote.close')}
        </button>
      </>
    );
  } else {
    body = (
      <>
        <p role="status">
          {t('vote.closed')} {t('vote.voters', { count: vote.voters ?? 0 })}
        </p>
        <button type="button" className="button button-secondary" onClick={() => clearDotVote(meeting.id)}>
          {t('vote.again')}
        </button>
      </>
    );
  }

  return (
    <section className="card dot-vote" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('vote.heading')}</h2>
      <p className="muted">{t('vote.lead')}</p>
      {body}
    </section>
  );
}
