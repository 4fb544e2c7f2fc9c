import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { THEME_IDS } from '@/content/ids';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { meanChange, summarizeRound, type ThemeScoreSummary } from '@/domain/scores';
import { useFormat } from './use-format';

interface RoundCompareProps {
  /** The team's rounds, oldest first. */
  rounds: readonly AssessmentRound[];
  roundName: (round: AssessmentRound) => string;
}

/** Two rounds of one team side by side per theme: mean before, after and the change. */
export function RoundCompare({ rounds, roundName }: RoundCompareProps) {
  const { t } = useTranslation('assessment');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const [before, setBefore] = useState<string | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const beforeRound = rounds.find((r) => r.id === before) ?? rounds[rounds.length - 2];
  const afterRound = rounds.find((r) => r.id === after) ?? rounds[rounds.length - 1];

  if (rounds.length < 2 || !beforeRound || !afterRound) {
    return (
      <section aria-labelledby="compare-heading">
        <h2 id="compare-heading">{t('compare.heading')}</h2>
        <p className="muted">{t('compare.needTwo')}</p>
      </section>
    );
  }

  const summariesBefore = summarizeRound(beforeRound.responses, beforeRound.tally);
  const summariesAfter = summarizeRound(afterRound.responses, afterRound.tally);
  const cell = (summary: ThemeScoreSummary | undefined) =>
    summary?.mean == null
      ? t('compare.noData')
      : t('compare.meanWithN', { mean: format.decimal(summary.mean), n: summary.n });

  function change(a: number | null | undefined, b: number | null | undefined): string {
    const delta = meanChange(a ?? null, b ?? null);
    if (delta === null) return t('compare.noData');
    if (delta === 0) return t('compare.same');
    return delta > 0
      ? t('compare.up', { value: format.decimal(delta) })
      : t('compare.down', { value: format.decimal(-delta) });
  }

  const picker = (label: string, value: AssessmentRound, onChange: (id: string) => void) => (
    <Field label={label}>
      {(props) => (
        <select {...props} value={value.id} onChange={(event) => onChange(event.target.value)}>
          {rounds.map((round) => (
            <option key={round.id} value={round.id}>
              {roundName(round)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <section className="compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('compare.heading')}</h2>
      <p className="muted">{t('compare.intro')}</p>
      <div className="compare-pickers">
        {picker(t('compare.before'), beforeRound, setBefore)}
        {picker(t('compare.after'), afterRound, setAfter)}
      </div>
      <div className="table-scroll">
        <table className="compare-table">
          <caption>
            {t('compare.caption', { before: roundName(beforeRound), after: roundName(afterRound) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.theme')}</th>
              <th scope="col">{t('compare.before')}</th>
              <th scope="col">{t('compare.after')}</th>
              <th scope="col">{t('compare.change')}</th>
            </tr>
          </thead>
          <tbody>
            {THEME_IDS.map((id, index) => {
              const a = summariesBefore[index];
              const b = summariesAfter[index];
              return (
                <tr key={id}>
                  <th scope="row">{tc(`themeNames.${id}`)}</th>
                  <td>
                    <MeanBar mean={a?.mean ?? null} text={cell(a)} />
                  </td>
                  <td>
                    <MeanBar mean={b?.mean ?? null} text={cell(b)} />
                  </td>
                  <td>{change(a?.mean, b?.mean)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A mean on the 1–5 scale as text with a bar beside it; the text carries the value. */
function MeanBar({ mean, text }: { mean: number | null; text: string }) {
  return (
    <span className="mean-bar">
      <span className="mean-bar-text">{text}</span>
      {mean === null ? null : (
        <span className="mean-bar-track" aria-hidden="true">
          <span className="mean-bar-fill" style={{ width: `${(mean / 5) * 100}%` }} />
        </span>
      )}
    </span>
  );
}
