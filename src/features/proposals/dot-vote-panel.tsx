import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '@/components/radio-group';
import { useLiveConfig } from '@/components/live/use-live-config';
import { DEFAULT_DOTS, DEFAULT_MAX_PER_ITEM, MAX_DOTS } from '@/domain/dot-vote';
import type { Meeting } from '@/domain/entities/meeting';
import { parseWholeNumber } from '@/domain/whole-number';
import { useMeetingLiveLink } from '@/state/meeting-live-link';
import { useLiveRoom } from '@/state/use-live-room';
import { useWorkspace } from '@/state/workspace-store';
import { NumberField } from '@/components/number-field';

/** The board's dot vote from phones: open it (on proposals or groups, dots and limit), see votes cast, close it. */
export function DotVotePanel({ meeting, title }: { meeting: Meeting; title: string }) {
  const { t } = useTranslation('liveMeeting');
  const ids = { heading: useId() };
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
  const [checked, setChecked] = useState(false);
  const vote = meeting.dotVote;
  const dotsNumber = parseWholeNumber(dots, 1, MAX_DOTS);
  // The limit per item can be no more than the dots each phone has.
  const dotsMax = dotsNumber ?? MAX_DOTS;
  const maxNumber = parseWholeNumber(maxPerItem, 1, dotsMax);
  const problems = {
    dots: checked && dotsNumber === null ? t('vote.wholeNumber', { max: MAX_DOTS }) : null,
    maxPerItem: checked && maxNumber === null ? t('vote.wholeNumber', { max: dotsMax }) : null,
  };

  function open(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (dotsNumber === null || maxNumber === null) {
      setError(null);
      return;
    }
    const opened = openDotVote(meeting.id, { on, dots: dotsNumber, maxPerItem: maxNumber });
    setError(opened ? null : t('vote.nothing'));
  }

  let body;
  if (!vote) {
    body = !live ? (
      <p className="muted">{t('vote.noPhones')}</p>
    ) : (
      <form className="dot-vote-form" onSubmit={open} noValidate>
        <RadioGroup
          className="field"
          legend={t('vote.on')}
          options={['proposals', 'groups'] as const}
          value={on}
          onChange={setOn}
          label={(value) => (value === 'proposals' ? t('vote.onProposals') : t('vote.onGroups'))}
        />
        <NumberField label={t('vote.dots')} value={dots} onChange={setDots} error={problems.dots} />
        <NumberField
          label={t('vote.maxPerItem')}
          value={maxPerItem}
          onChange={setMaxPerItem}
          error={problems.maxPerItem}
        />
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
