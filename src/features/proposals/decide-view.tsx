import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { RadioGroup } from '@/components/radio-group';
import { Link } from 'wouter';
import type { DecisionMode } from '@/content/ids';
import { boardColumns, UNGROUPED } from '@/domain/board';
import type { BoardScope } from '@/domain/proposals';
import { nextMonday } from '@/domain/iso-week';
import { todayIso } from '@/lib/clock';
import { useWorkspace } from '@/state/workspace-store';
import { Field } from '@/components/field';
import { DecisionHistory } from './decision-history';
import { useDates } from '@/components/use-dates';
import { useBoard } from './use-board';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Outcome = { kind: 'chosen'; count: number } | { kind: 'handedOver'; who: string; date: string } | null;

/** Decision A (experiments in the handleplan now) or B (the AMO/MED group takes the proposals on). */
export function DecideView({ scope, plannedMode }: { scope: BoardScope; plannedMode: DecisionMode | null }) {
  const { t } = useTranslation('proposals');
  const { date: formatDate } = useDates();
  const { t: tl } = useTranslation('liveMeeting');
  const { proposals, groups, byId, groupName } = useBoard(scope);
  const vote = useWorkspace((s) => s.meetings.find((m) => m.id === scope.meetingId)?.dotVote);
  // The board's order, groups as groups: what the room prioritised carries into the decision.
  const columns = useMemo(() => boardColumns(proposals, groups), [proposals, groups]);
  const counts = vote?.phase === 'closed' ? (vote.counts ?? {}) : null;
  const dotsOf = (id: string) =>
    counts && id in counts ? (
      <span className="vote-count"> · {tl('vote.dotCount', { count: counts[id] ?? 0 })}</span>
    ) : null;
  const chooseProposals = useWorkspace((s) => s.chooseProposals);
  const handOverProposals = useWorkspace((s) => s.handOverProposals);
  const ids = { error: useId() };
  const [mode, setMode] = useState<DecisionMode>(plannedMode ?? 'A');
  const [picked, setPicked] = useState<ReadonlySet<string> | null>(null);
  const [startDate, setStartDate] = useState(() => nextMonday(todayIso()));
  const [who, setWho] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const topIds = useMemo(() => new Set(proposals.filter((p) => p.top).map((p) => p.id)), [proposals]);
  const selected = new Set([...(picked ?? topIds)].filter((id) => proposals.some((p) => p.id === id)));

  function toggle(id: string) {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (selected.size === 0) return setError(t('decide.chooseAtLeastOne'));
    if (mode === 'A') {
      if (!ISO_DATE.test(startDate)) return setError(t('decide.startDateInvalid'));
      const created = chooseProposals({ ids: [...selected], startDate });
      setOutcome({ kind: 'chosen', count: created.length });
    } else {
      if (!who.trim()) return setError(t('decide.whoRequired'));
      if (!ISO_DATE.test(followUp)) return setError(t('decide.followUpRequired'));
      handOverProposals({ ...scope, who, followUpDate: followUp, note, proposalIds: [...selected] });
      setOutcome({ kind: 'handedOver', who: who.trim(), date: formatDate(followUp) });
      setWho('');
      setNote('');
    }
    setError(null);
    setPicked(null);
  }

  return (
    <div className="decide-view">
      <h2>{t('decide.heading')}</h2>
      <p className="lead">{t('decide.intro')}</p>
      {outcome ? (
        <div className="notice notice-success" role="status">
          {outcome.kind === 'chosen' ? (
            <>
              <p>{t('decide.chosen', { count: outcome.count })}</p>
              <p>
                <Link href={`/handleplan/${scope.teamId}`}>{t('decide.openHandleplan')}</Link>
              </p>
            </>
          ) : (
            <p>{t('decide.handedOver', { who: outcome.who, date: outcome.date })}</p>
          )}
        </div>
      ) : null}
      <form
        className="decide-form card"
        onSubmit={submit}
        noValidate
        aria-describedby={error ? ids.error : undefined}
      >
        <RadioGroup
          className="field"
          legend={t('decide.modeLabel')}
          hint={plannedMode ? t('decide.planned', { mode: plannedMode }) : null}
          options={['A', 'B'] as const}
          value={mode}
          onChange={setMode}
          label={(value) => (value === 'A' ? t('decide.modeA') : t('decide.modeB'))}
        />
        <fieldset className="field">
          <legend>{t('decide.proposalsLegend')}</legend>
          {proposals.length === 0 ? <p>{t('decide.noProposals')}</p> : null}
          {Object.entries(columns).map(([container, itemIds]) => {
            const choices = itemIds.map((id) => (
              <label key={id} className="choice">
                <input type="checkbox" checked={selected.has(id)} onChange={() => toggle(id)} />
                {byId.get(id)?.text}
                {dotsOf(id)}
              </label>
            ));
            if (container === UNGROUPED) return choices;
            if (itemIds.length === 0) return null;
            return (
              <div key={container} className="decide-group" role="group" aria-label={groupName(container)}>
                <p className="decide-group-name">
                  {groupName(container)}
                  {dotsOf(container)}
                </p>
                {choices}
              </div>
            );
          })}
        </fieldset>
        {mode === 'A' ? (
          <DateField
            label={t('decide.startDate')}
            hint={t('decide.startDateHint')}
            value={startDate}
            onChange={setStartDate}
            required
          />
        ) : (
          <>
            <Field label={t('decide.who')} hint={t('decide.whoHint')} hintPlacement="below">
              {(props) => (
                <input
                  {...props}
                  type="text"
                  value={who}
                  maxLength={500}
                  required
                  onChange={(e) => setWho(e.target.value)}
                />
              )}
            </Field>
            <DateField label={t('decide.followUp')} value={followUp} onChange={setFollowUp} required />
            <Field label={t('decide.note')}>
              {(props) => (
                <textarea
                  {...props}
                  value={note}
                  rows={3}
                  maxLength={5000}
                  onChange={(e) => setNote(e.target.value)}
                />
              )}
            </Field>
          </>
        )}
        {error ? (
          <p id={ids.error} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button">
          {mode === 'A'
            ? t('decide.chooseSubmit', { count: selected.size })
            : t('decide.handOverSubmit', { count: selected.size })}
        </button>
      </form>
      <DecisionHistory scope={scope} />
    </div>
  );
}
