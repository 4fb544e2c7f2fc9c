import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '@/components/radio-group';
import type { Workspace } from '@/domain/entities/workspace';
import { COLLECTIONS, importConflicts, previewMerge, type ImportConflict } from '@/domain/merge-workspace';
import { MAX_BACKUP_BYTES, parseBackup, type BackupProblem, type Translate } from '@/export/backup';
import { nowIso } from '@/lib/clock';
import { useUndo } from '@/state/undo-store';
import { mergeIntoWorkspace, replaceWorkspace, restoreAutomaticBackup } from '@/state/workspace-backup';
import { currentWorkspace } from '@/state/workspace-store';
import { formatDateTime } from '@/lib/dates';
import { Field } from '@/components/field';

type Loaded =
  | { kind: 'problems'; problems: BackupProblem[] }
  | { kind: 'ready'; workspace: Workspace; exportedAt: string | null };

const MEGABYTES = MAX_BACKUP_BYTES / 2 ** 20;

/** FileReader rather than `file.text()`: it works in every browser the app supports and in jsdom. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

export function ImportSection() {
  const { t, i18n } = useTranslation('data');
  const input = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [message, setMessage] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<ImportConflict[]>([]);
  const translate: Translate = (key, options) => t(key, options ?? {});

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setMessage(null);
    setConflicts([]);
    if (!file) return setLoaded(null);
    if (file.size > MAX_BACKUP_BYTES) {
      return setLoaded({
        kind: 'problems',
        problems: [{ path: '', message: t('import.tooLarge', { megabytes: MEGABYTES }) }],
      });
    }
    let text: string;
    try {
      text = await readText(file);
    } catch {
      return setLoaded({ kind: 'problems', problems: [{ path: '', message: t('import.notJson') }] });
    }
    const result = parseBackup(text, translate);
    setLoaded(result.ok ? { kind: 'ready', ...result } : { kind: 'problems', problems: result.problems });
  };

  const reset = () => {
    setLoaded(null);
    if (input.current) input.current.value = '';
  };

  const apply = (incoming: Workspace) => {
    const found = mode === 'merge' ? importConflicts(currentWorkspace(), incoming) : [];
    // Both ways keep the automatic backup first, so the import can be undone in one click.
    const saved =
      mode === 'merge' ? mergeIntoWorkspace(incoming, nowIso()) : replaceWorkspace(incoming, nowIso());
    if (saved) {
      const done = t(mode === 'merge' ? 'import.merged' : 'import.replaced');
      setMessage(done);
      setConflicts(found);
      useUndo.getState().offerUndo(done, () => restoreAutomaticBackup(nowIso()));
    } else {
      setMessage(t('import.saveFailed'));
    }
    reset();
  };

  return (
    <section className="card data-section" aria-labelledby="data-import">
      <h2 id="data-import">{t('import.title')}</h2>
      <Field
        label={t('import.fileLabel')}
        hint={t('import.fileHint', { megabytes: MEGABYTES })}
        hintPlacement="below"
      >
        {(props) => (
          <input
            {...props}
            ref={input}
            type="file"
            accept="application/json,.json"
            onChange={(event) => void onFile(event)}
          />
        )}
      </Field>
      {loaded?.kind === 'problems' ? (
        <div className="notice notice-danger data-problems" role="alert">
          <h3>{t('import.problemsTitle')}</h3>
          <p>{t('import.problemsIntro')}</p>
          <ul>
            {loaded.problems.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {loaded?.kind === 'ready' ? (
        <ImportPreview
          incoming={loaded.workspace}
          exportedAt={loaded.exportedAt ? formatDateTime(loaded.exportedAt, i18n.language) : null}
          mode={mode}
          onMode={setMode}
          onApply={() => apply(loaded.workspace)}
          onCancel={reset}
        />
      ) : null}
      <p role="status" className="data-status">
        {message}
      </p>
      {conflicts.length > 0 ? <ConflictReport conflicts={conflicts} /> : null}
    </section>
  );
}

/** What a record is called on screen: its name, label or "Hvad?", else its kind and id. */
function recordTitle(record: Record<string, unknown>): string | null {
  for (const field of ['name', 'label', 'hvad', 'text', 'who']) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

/** Each record that differed here and in the file, and which version the merge kept. */
function ConflictReport({ conflicts }: { conflicts: ImportConflict[] }) {
  const { t } = useTranslation('data');
  return (
    <div className="data-conflicts">
      <h3>{t('import.conflicts.title', { count: conflicts.length })}</h3>
      <ul>
        {conflicts.map((conflict) => {
          const kind = t(`import.records.${conflict.collection}`);
          const title = recordTitle(conflict.here as Record<string, unknown>) ?? conflict.id;
          return (
            <li key={`${conflict.collection}-${conflict.id}`}>
              {t(`import.conflicts.${conflict.kept}`, { kind, title })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface PreviewProps {
  incoming: Workspace;
  exportedAt: string | null;
  mode: 'merge' | 'replace';
  onMode: (mode: 'merge' | 'replace') => void;
  onApply: () => void;
  onCancel: () => void;
}

function ImportPreview({ incoming, exportedAt, mode, onMode, onApply, onCancel }: PreviewProps) {
  const { t } = useTranslation('data');
  const preview = previewMerge(currentWorkspace(), incoming);
  return (
    <div className="data-preview">
      <h3>{t('import.previewTitle')}</h3>
      {exportedAt ? <p>{t('import.exportedAt', { date: exportedAt })}</p> : null}
      <div className="data-table-wrap">
        <table>
          <caption>{t('import.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.table.kind')}</th>
              <th scope="col">{t('import.table.added')}</th>
              <th scope="col">{t('import.table.replaced')}</th>
              <th scope="col">{t('import.table.keptHere')}</th>
              <th scope="col">{t('import.table.unchanged')}</th>
            </tr>
          </thead>
          <tbody>
            {COLLECTIONS.map((collection) => (
              <tr key={collection}>
                <th scope="row">{t(`import.collections.${collection}`)}</th>
                <td>{preview[collection].added}</td>
                <td>{preview[collection].replaced}</td>
                <td>{preview[collection].keptHere}</td>
                <td>{preview[collection].unchanged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RadioGroup
        className="data-mode"
        legend={t('import.modeLegend')}
        options={['merge', 'replace'] as const}
        value={mode}
        onChange={onMode}
        label={(value) => t(`import.${value}`)}
      />
      {mode === 'replace' ? <p className="notice notice-warning">{t('import.replaceNote')}</p> : null}
      <div className="data-actions">
        <button type="button" className="button" onClick={onApply}>
          {t('import.apply')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </div>
  );
}
