import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseScoreCsv, type ScoreCsvResult } from '@/domain/score-csv';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { useWorkspace } from '@/state/workspace-store';
import { useFormat } from './use-format';

/** Excel saves "CSV UTF-8" with a BOM, but plain "CSV" from a Danish Windows is windows-1252. */
function decode(buffer: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

/** Import answers from a CSV file: parse, show what will be imported and what is skipped, then confirm. */
export function ImportEntry({ round }: { round: AssessmentRound }) {
  const { t } = useTranslation('assessment');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const importResponses = useWorkspace((s) => s.importResponses);
  const fileId = useId();
  const [preview, setPreview] = useState<{ file: string; result: ScoreCsvResult } | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const [inputKey, setInputKey] = useState(0);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setMessage(null);
    setPreview(null);
    if (!file) return;
    try {
      const text = decode(await file.arrayBuffer());
      setPreview({ file: file.name, result: parseScoreCsv(text) });
    } catch {
      setMessage({ tone: 'danger', text: t('import.unreadable') });
    }
  }

  function reset() {
    setPreview(null);
    setInputKey((key) => key + 1);
  }

  function confirm() {
    if (!preview?.result.ok) return;
    const count = importResponses(
      round.id,
      preview.result.responses.map(({ name, scores }) => ({ name, scores })),
    );
    setMessage({ tone: 'success', text: t('import.done', { count }) });
    reset();
  }

  const result = preview?.result;
  const themeName = (id: string) => tc(`themeNames.${id}`);

  return (
    <div className="import-entry">
      <p>{t('import.intro')}</p>
      <div className="field">
        <label htmlFor={fileId}>{t('import.file')}</label>
        <input key={inputKey} id={fileId} type="file" accept=".csv,text/csv,text/plain" onChange={choose} />
      </div>
      <div aria-live="polite">
        {message ? <p className={`notice notice-${message.tone}`}>{message.text}</p> : null}
        {result && !result.ok ? (
          <p className="notice notice-danger">
            {result.error === 'empty'
              ? t('import.empty')
              : result.error === 'noThemeColumns'
                ? t('import.noThemeColumns', { headers: format.list(result.headers) })
                : t('import.duplicateColumn', { theme: themeName(result.themeId) })}
          </p>
        ) : null}
        {preview && result?.ok ? (
          <section className="card import-preview">
            <h3>{t('import.previewHeading', { file: preview.file })}</h3>
            <p>
              {result.responses.length > 0
                ? t('import.willImport', { count: result.responses.length })
                : t('import.nothing')}
            </p>
            <p>{t('import.columns', { themes: format.list(result.themeColumns.map(themeName)) })}</p>
            {result.ignoredColumns.length > 0 ? (
              <p className="muted">{t('import.ignored', { columns: format.list(result.ignoredColumns) })}</p>
            ) : null}
            {result.problems.length > 0 ? (
              <div className="notice notice-warning">
                <h4>
                  {t('import.problemsHeading', { count: new Set(result.problems.map((p) => p.line)).size })}
                </h4>
                <ul>
                  {result.problems.map((problem) => (
                    <li key={`${problem.line}-${problem.kind === 'badValue' ? problem.themeId : ''}`}>
                      {problem.kind === 'badValue'
                        ? t('import.badValue', {
                            line: problem.line,
                            value: problem.value,
                            theme: themeName(problem.themeId),
                          })
                        : t('import.noScores', { line: problem.line })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <div className="page-actions">
              {result.responses.length > 0 ? (
                <button type="button" className="button" onClick={confirm}>
                  {t('import.confirm', { count: result.responses.length })}
                </button>
              ) : null}
              <button type="button" className="button button-secondary" onClick={reset}>
                {t('import.cancel')}
              </button>
            </div>
          </section>
        ) : null}
      </div>
    </div>
  );
}
