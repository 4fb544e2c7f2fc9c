import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countRecords } from '@/domain/merge-workspace';
import { backupFileName, createBackup } from '@/export/backup';
import { nowIso, todayIso } from '@/lib/clock';
import { currentWorkspace, selectWorkspace, useWorkspace } from '@/state/workspace-store';
import { downloadText } from '@/lib/download';

export function ExportSection() {
  const { t } = useTranslation('data');
  const [done, setDone] = useState<string | null>(null);
  // A number is a stable selector result, so the summary re-renders only when the count changes.
  const count = useWorkspace((s) => countRecords(selectWorkspace(s)));

  const download = () => {
    const workspace = currentWorkspace();
    const fileName = backupFileName(todayIso());
    downloadText(fileName, createBackup(workspace, nowIso()));
    setDone(t('export.done', { file: fileName }));
  };

  return (
    <section className="card data-section" aria-labelledby="data-export">
      <h2 id="data-export">{t('export.title')}</h2>
      <p>{t('export.text')}</p>
      <p className="muted">{t('export.summary', { count })}</p>
      <button type="button" className="button" onClick={download}>
        {t('export.button')}
      </button>
      <p role="status" className="data-status">
        {done}
      </p>
    </section>
  );
}
