import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORES, THEME_IDS, type ThemeId } from '@/content/ids';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { parseWholeNumber } from '@/domain/whole-number';
import { useWorkspace } from '@/state/workspace-store';

/** A hand count as typed: empty is none. */
const parseCount = (text: string) =>
  text.trim() === '' ? 0 : parseWholeNumber(text, 0, Number.MAX_SAFE_INTEGER);

/** Counts per theme from a show of hands or paper slips, saved as they are typed. */
export function TallyEntry({ round }: { round: AssessmentRound }) {
  const { t } = useTranslation('assessment');
  const { t: tc } = useTranslation();
  const setTally = useWorkspace((s) => s.setTally);
  // The typed text is kept per cell so a half-typed or wrong value stays visible with its message.
  const [drafts, setDrafts] = useState<Record<ThemeId, string[]>>(
    () =>
      Object.fromEntries(
        THEME_IDS.map((id) => [
          id,
          (round.tally[id] ?? [0, 0, 0, 0, 0]).map((count) => (count ? String(count) : '')),
        ]),
      ) as Record<ThemeId, string[]>,
  );

  function change(themeId: ThemeId, index: number, text: string) {
    const row = drafts[themeId].map((cell, i) => (i === index ? text : cell));
    setDrafts({ ...drafts, [themeId]: row });
    const counts = row.map(parseCount);
    if (counts.every((count) => count !== null)) setTally(round.id, themeId, counts);
  }

  return (
    <div className="tally-entry">
      <p>{t('tally.intro')}</p>
      <p className="muted">{t('tally.savedHint')}</p>
      <div className="table-scroll">
        <table className="tally-table">
          <thead>
            <tr>
              <th scope="col">{t('tally.theme')}</th>
              {SCORES.map((score) => (
                <th key={score} scope="col">
                  <span aria-hidden="true">{score}</span>
                  <span className="visually-hidden">{t('tally.count', { score })}</span>
                </th>
              ))}
              <th scope="col">{t('tally.total')}</th>
            </tr>
          </thead>
          <tbody>
            {THEME_IDS.map((themeId) => {
              const name = tc(`themeNames.${themeId}`);
              const row = drafts[themeId];
              const invalid = row.some((cell) => parseCount(cell) === null);
              const errorId = `tally-error-${themeId}`;
              return (
                <tr key={themeId}>
                  <th scope="row">
                    {name}
                    {invalid ? (
                      <span id={errorId} className="field-error tally-error">
                        {t('tally.invalid')}
                      </span>
                    ) : null}
                  </th>
                  {SCORES.map((score, index) => {
                    const cell = row[index] ?? '';
                    const bad = parseCount(cell) === null;
                    return (
                      <td key={score}>
                        <span className="tally-cell-score" aria-hidden="true">
                          {score}
                        </span>
                        <input
                          className="tally-input"
                          type="text"
                          inputMode="numeric"
                          autoComplete="off"
                          value={cell}
                          placeholder="0"
                          aria-label={t('tally.cellLabel', { theme: name, score })}
                          aria-invalid={bad ? true : undefined}
                          aria-describedby={bad ? errorId : undefined}
                          onChange={(event) => change(themeId, index, event.target.value)}
                        />
                      </td>
                    );
                  })}
                  <td className="tally-total">
                    {(round.tally[themeId] ?? [0, 0, 0, 0, 0]).reduce((sum, count) => sum + count, 0)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
