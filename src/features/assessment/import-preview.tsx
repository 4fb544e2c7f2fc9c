import { useTranslation } from 'react-i18next';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { findAlreadyImported } from '@/domain/score-import-duplicates';
import type { ImportedRow, RowProblem, ScoreImport } from '@/domain/score-table';
import { useFormat } from './use-format';

interface ImportPreviewProps {
  file: string;
  /** A worksheet's rows are "rækker", a CSV file's "linjer". */
  format: 'xlsx' | 'csv';
  result: Extract<ScoreImport, { ok: true }>;
  round: AssessmentRound;
  onConfirm: (rows: readonly ImportedRow[]) => void;
  onCancel: () => void;
}

/** What a file will add to the round, what it leaves out and why, and whether it was imported before. */
export function ImportPreview({ file, format, result, round, onConfirm, onCancel }: ImportPreviewProps) {
  const { t } = useTranslation('assessment');
  const { t: tc } = useTranslation();
  const list = useFormat().list;
  const themeName = (id: string) => tc(`themeNames.${id}`);
  const place = (line: number) => t(format === 'xlsx' ? 'import.row' : 'import.line', { line });
  const again = findAlreadyImported(result.responses, round.responses);
  const fresh = result.responses.filter((row) => !again.lines.includes(row.line));
  const total = result.responses.length;

  function describe(problem: RowProblem): string {
    switch (problem.kind) {
      case 'badValue':
        return t('import.badValue', {
          place: place(problem.line),
          value: problem.value,
          theme: themeName(problem.themeId),
        });
      case 'noScores':
        return t('import.noScores', { place: place(problem.line) });
      case 'repeatedId':
        return t('import.repeatedId', { place: place(problem.line), id: problem.id });
    }
  }

  return (
    <section className="card import-preview" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">{t('import.previewHeading', { file })}</h3>
      <p>{total > 0 ? t('import.willImport', { count: total }) : t('import.nothing')}</p>
      <p>{t('import.columns', { themes: list(result.themeColumns.map(themeName)) })}</p>
      {result.formsColumns.length > 0 ? (
        <p className="muted">{t('import.formsColumns', { columns: list(result.formsColumns) })}</p>
      ) : null}
      {result.personalColumns.length > 0 ? (
        <p className="muted">{t('import.personalColumns', { columns: list(result.personalColumns) })}</p>
      ) : null}
      {result.ignoredColumns.length > 0 ? (
        <p className="muted">{t('import.ignored', { columns: list(result.ignoredColumns) })}</p>
      ) : null}
      {result.problems.length > 0 ? (
        <div className="notice notice-warning">
          <h4>{t('import.problemsHeading', { count: new Set(result.problems.map((p) => p.line)).size })}</h4>
          <ul>
            {result.problems.map((problem) => (
              <li key={`${problem.line}-${problem.kind === 'badValue' ? problem.themeId : problem.kind}`}>
                {describe(problem)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {again.basis ? (
        <div className="notice notice-warning">
          <h4>{t('import.againHeading')}</h4>
          {again.basis === 'ids' ? (
            <p>
              {t('import.againIds', { count: again.lines.length })}{' '}
              {again.changedAnswers > 0
                ? t('import.againIdsChanged', { count: again.changedAnswers })
                : t('import.againIdsSame')}
            </p>
          ) : (
            <p>{t('import.againRows', { count: again.lines.length })}</p>
          )}
          <p>{fresh.length > 0 ? t('import.againQuestion', { count: fresh.length }) : t('import.noneNew')}</p>
        </div>
      ) : null}
      <div className="page-actions">
        {again.basis && fresh.length > 0 ? (
          <button type="button" className="button" onClick={() => onConfirm(fresh)}>
            {t('import.onlyNew', { count: fresh.length })}
          </button>
        ) : null}
        {total > 0 ? (
          <button
            type="button"
            className={again.basis ? 'button button-secondary' : 'button'}
            onClick={() => onConfirm(result.responses)}
          >
            {again.basis ? t('import.allAgain', { count: total }) : t('import.confirm', { count: total })}
          </button>
        ) : null}
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </section>
  );
}
