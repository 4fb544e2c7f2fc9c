import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { RadioGroup } from '@/components/radio-group';
import { Link } from 'wouter';
import { useWorkspace } from '@/state/workspace-store';
import type { ExportCardProps } from './export-card';

/** The stop op sheet of an experiment, after week 2 or 4. */
export function CheckInCard({ teamId, run, busy, current }: Omit<ExportCardProps, 'today'>) {
  const { t } = useTranslation('export');
  const experiments = useWorkspace((s) => s.experiments);
  const [choice, setChoice] = useState('');
  const [week, setWeek] = useState<'2' | '4'>('2');
  const teamExperiments = experiments.filter((experiment) => experiment.teamId === teamId);
  const experimentId = teamExperiments.some((experiment) => experiment.id === choice)
    ? choice
    : (teamExperiments[0]?.id ?? '');
  return (
    <section className="card" aria-labelledby="export-check-in">
      <h2 id="export-check-in">{t('checkIn.title')}</h2>
      <p>{t('checkIn.text')}</p>
      {teamExperiments.length === 0 ? (
        <p className="notice">
          {t('checkIn.empty')} <Link href={`/handleplan/${teamId}`}>{t('handleplan.emptyLink')}</Link>
        </p>
      ) : (
        <>
          <Field label={t('checkIn.experiment')}>
            {(props) => (
              <select {...props} value={experimentId} onChange={(event) => setChoice(event.target.value)}>
                {teamExperiments.map((experiment) => (
                  <option key={experiment.id} value={experiment.id}>
                    {experiment.hvad}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <RadioGroup
            inline
            className="export-options"
            legend={t('checkIn.week')}
            options={['2', '4'] as const}
            value={week}
            onChange={setWeek}
            label={(value) => t('checkIn.weekOption', { week: Number(value) })}
          />
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run(t('checkIn.title'), (pdf, resources) =>
                pdf.checkInFile(current(), experimentId, week === '2' ? 2 : 4, resources),
              )
            }
          >
            {t('checkIn.download')}
          </button>
        </>
      )}
    </section>
  );
}
