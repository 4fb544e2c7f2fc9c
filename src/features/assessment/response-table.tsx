import { useTranslation } from 'react-i18next';
import { THEME_IDS } from '@/content/ids';
import type { AssessmentRound } from '@/domain/entities/assessment';

interface ResponseTableProps {
  round: AssessmentRound;
  /** The answer being typed is on the sheet, not in the table. */
  excludeId: string | null;
  onEdit: (id: string) => void;
  /** Position is the 1-based number shown to the user. */
  onDelete: (id: string, position: number) => void;
}

/** Earlier answers with their scores, to correct or delete one. */
export function ResponseTable({ round, excludeId, onEdit, onDelete }: ResponseTableProps) {
  const { t } = useTranslation('assessment');
  const { t: tc } = useTranslation();
  // Answers from phones are not listed one by one: the facilitator sees them only in the result.
  const rows = round.responses
    .filter((response) => response.source !== 'live')
    .map((response, index) => ({ response, number: index + 1 }))
    .filter(({ response }) => response.id !== excludeId);
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="response-table">
        <thead>
          <tr>
            <th scope="col">{t('single.number')}</th>
            <th scope="col">{t('single.who')}</th>
            {THEME_IDS.map((id) => (
              <th key={id} scope="col">
                {tc(`themeNames.${id}`)}
              </th>
            ))}
            <th scope="col">{t('single.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ response, number }) => (
            <tr key={response.id}>
              <th scope="row">{number}</th>
              <td>
                {response.name || t('single.anonymous')}
                {response.source === 'import' ? (
                  <span className="muted"> ({t('single.imported')})</span>
                ) : null}
              </td>
              {THEME_IDS.map((id) => (
                <td key={id} className="response-score">
                  {response.scores[id] ?? <span className="muted">{t('single.blank')}</span>}
                </td>
              ))}
              <td className="response-actions">
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('single.editLabel', { number })}
                  onClick={() => onEdit(response.id)}
                >
                  {t('single.edit')}
                </button>
                <button
                  type="button"
                  className="button button-danger button-small"
                  aria-label={t('single.deleteLabel', { number })}
                  onClick={() => onDelete(response.id, number)}
                >
                  {t('single.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
