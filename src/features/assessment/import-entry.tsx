import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { MAX_SCORE_FILE_BYTES } from '@/domain/score-file';
import type { ImportedRow } from '@/domain/score-table';
import { useWorkspace } from '@/state/workspace-store';
import { Field } from '@/components/field';
import { ImportPreview } from './import-preview';
import { readScoreFile, type FileImport } from './read-score-file';
import { useFormat } from './use-format';

type Message = { tone: 'success' | 'danger' | 'info'; text: string };

/**
 * Import answers from Forms' Excel file or a CSV: read, show what will be imported, what is skipped
 * and what was imported before, then import only when confirmed.
 */
export function ImportEntry({ round }: { round: AssessmentRound }) {
  const { t } = useTranslation('assessment');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const importResponses = useWorkspace((s) => s.importResponses);
  const [preview, setPreview] = useState<{ file: string; read: FileImport } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [inputKey, setInputKey] = useState(0);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setPreview(null);
    if (!file) {
      setMessage(null);
      return;
    }
    setMessage({ tone: 'info', text: t('import.reading') });
    const read = await readScoreFile(file);
    setMessage(null);
    setPreview({ file: file.name, read });
  }

  function reset() {
    setPreview(null);
    setInputKey((key) => key + 1);
  }

  function confirm(rows: readonly ImportedRow[]) {
    const count = importResponses(
      round.id,
      rows.map(({ scores, key }) => ({ scores, importKey: key })),
    );
    setMessage({ tone: 'success', text: t('import.done', { count }) });
    reset();
  }

  const result = preview?.read.result;
  const themeName = (id: string) => tc(`themeNames.${id}`);

  function failure(): string {
    if (!result || result.ok) return '';
    switch (result.error) {
      case 'noThemeColumns':
        return t('import.noThemeColumns', { headers: format.list(result.headers) });
      case 'duplicateColumn':
        return t('import.duplicateColumn', { theme: themeName(result.themeId) });
      case 'tooLarge':
        return t('import.tooLarge', { size: MAX_SCORE_FILE_BYTES / 1024 / 1024 });
      default:
        return t(`import.${result.error}`);
    }
  }

  return (
    <div className="import-entry">
      <p>{t('import.intro')}</p>
      <p>
        <Link href="/vurdering/formular">{t('import.formLink')}</Link>
      </p>
      <Field label={t('import.file')}>
        {(props) => (
          <input
            {...props}
            key={inputKey}
            type="file"
            accept=".xlsx,.xls,.csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => void choose(event)}
          />
        )}
      </Field>
      <div aria-live="polite">
        {message ? <p className={`notice notice-${message.tone}`}>{message.text}</p> : null}
        {result && !result.ok ? <p className="notice notice-danger">{failure()}</p> : null}
        {preview?.read.format && preview.read.result.ok ? (
          <ImportPreview
            file={preview.file}
            format={preview.read.format}
            result={preview.read.result}
            round={round}
            onConfirm={confirm}
            onCancel={reset}
          />
        ) : null}
      </div>
    </div>
  );
}
