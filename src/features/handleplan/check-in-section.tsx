import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useToolkit } from '@/components/use-toolkit';
import type { CheckInWeek } from '@/content/ids';
import type { CheckIn, Experiment } from '@/domain/entities/experiment';
import { isIsoDate } from '@/domain/iso-week';
import { phoneAnswerLists, phoneScore } from '@/domain/live-check-in';
import { checkInStop, scheduleSixWeeks } from '@/domain/schedule';
import { todayIso } from '@/lib/clock';
import { useWorkspace } from '@/state/workspace-store';
import { CheckInPhones } from './check-in-phones';
import { ScoreSelect, parseScore } from './score-select';
import { useDates } from '@/components/use-dates';
import { DateField } from '@/components/date-field';
import { Field } from '@/components/field';

const ANSWERS = ['learned', 'continueWith', 'adjust'] as const;

/** The "stop op" after week 2 or 4: the three questions, the date and an optional re-score. */
export function CheckInSection({ experiment, week }: { experiment: Experiment; week: CheckInWeek }) {
  const { t } = useTranslation('handleplan');
  const dates = useDates();
  const id = useId();
  const recorded = experiment.checkIns.find((c) => c.week === week);
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const planned = checkInStop(scheduleSixWeeks(experiment.startDate), week);

  return (
    <section className="card hp-checkin" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('checkIn.heading', { week })}</h3>
      <p className="muted">
        {t('checkIn.planned', { date: dates.long(planned.date), week: dates.week(planned.date) })}
      </p>
      {recorded && !editing ? (
        <RecordedCheckIn checkIn={recorded} onEdit={() => setEditing(true)} />
      ) : (
        <CheckInForm
          experiment={experiment}
          week={week}
          initial={recorded}
          defaultDate={recorded?.date ?? (todayIso() < planned.date ? planned.date : todayIso())}
          // Answers from phones may make the check-in while someone types here: the form stays open.
          onTyped={() => setEditing(true)}
          onSaved={() => {
            setEditing(false);
            setAnnouncement(t('checkIn.saved', { week }));
          }}
        />
      )}
      <CheckInPhones experiment={experiment} week={week} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

function RecordedCheckIn({ checkIn, onEdit }: { checkIn: CheckIn; onEdit: () => void }) {
  const { t } = useTranslation('handleplan');
  const { t: tl } = useTranslation('liveMeeting');
  // Each question's phone answers apart and sorted: never one phone's answers together.
  const fromPhones = phoneAnswerLists(checkIn);
  const phoneRescore = phoneScore(checkIn);
  const questions = useToolkit().sixWeeks.questions;
  const dates = useDates();
  return (
    <>
      <p>
        <strong>{t('checkIn.recorded', { date: dates.long(checkIn.date) })}</strong>
        {checkIn.score !== null ? ` · ${t('checkIn.scoreValue', { score: checkIn.score })}` : null}
      </p>
      <dl className="hp-answers">
        {ANSWERS.map((key, i) => (
          <div key={key}>
            <dt>{questions[i]}</dt>
            <dd>{checkIn[key] || <span className="muted">{t('checkIn.notAnswered')}</span>}</dd>
            {fromPhones[key].length > 0 ? (
              <dd>
                <span className="muted">{tl('stopOp.fromPhones')}</span>
                <ul>
                  {fromPhones[key].map((answer, index) => (
                    <li key={index}>{answer}</li>
                  ))}
                </ul>
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
      {phoneRescore ? (
        <p>{tl('stopOp.phoneScore', { score: phoneRescore.score, count: phoneRescore.n })}</p>
      ) : null}
      <button type="button" className="button button-secondary button-small" onClick={onEdit}>
        {t('checkIn.edit', { week: checkIn.week })}
      </button>
    </>
  );
}

interface CheckInFormProps {
  experiment: Experiment;
  week: CheckInWeek;
  initial: CheckIn | undefined;
  defaultDate: string;
  onTyped: () => void;
  onSaved: () => void;
}

function CheckInForm({ experiment, week, initial, defaultDate, onTyped, onSaved }: CheckInFormProps) {
  const { t } = useTranslation('handleplan');
  const questions = useToolkit().sixWeeks.questions;
  const record = useWorkspace((s) => s.recordCheckIn);
  const [date, setDate] = useState(defaultDate);
  const [answers, setAnswers] = useState({
    learned: initial?.learned ?? '',
    continueWith: initial?.continueWith ?? '',
    adjust: initial?.adjust ?? '',
  });
  const [score, setScore] = useState(initial?.score === null || !initial ? '' : String(initial.score));
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isIsoDate(date)) {
      setError(t('plan.dateInvalid'));
      return;
    }
    record(experiment.id, { week, date, ...answers, score: parseScore(score) });
    onSaved();
  }

  return (
    <form onSubmit={submit} noValidate>
      {ANSWERS.map((key, i) => (
        <Field
          key={key}
          label={questions[i]}
          hint={key === 'adjust' ? t('checkIn.adjustHint') : undefined}
          hintPlacement="below"
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={5000}
              value={answers[key]}
              onChange={(event) => {
                onTyped();
                setAnswers((a) => ({ ...a, [key]: event.target.value }));
              }}
            />
          )}
        </Field>
      ))}
      <div className="hp-form-row">
        <DateField label={t('checkIn.date')} value={date} onChange={setDate} error={error} />
        <ScoreSelect label={t('checkIn.score')} value={score} onChange={setScore} />
      </div>
      <button type="submit" className="button">
        {t('checkIn.submit', { week })}
      </button>
    </form>
  );
}
