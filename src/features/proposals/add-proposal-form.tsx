import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { THEME_IDS, isThemeId, type ThemeId } from '@/content/ids';
import type { BoardScope } from '@/domain/proposals';
import { useWorkspace } from '@/state/workspace-store';

interface AddProposalFormProps {
  scope: BoardScope;
  defaultTheme: ThemeId | null;
  onAdded: (message: string) => void;
}

/** Capture a proposal as it is said: one line, a theme, Enter. Focus stays for the next one. */
export function AddProposalForm({ scope, defaultTheme, onAdded }: AddProposalFormProps) {
  const { t } = useTranslation('proposals');
  const addProposal = useWorkspace((s) => s.addProposal);
  const textId = useId();
  const hintId = useId();
  const errorId = useId();
  const themeId = useId();
  const [text, setText] = useState('');
  const [theme, setTheme] = useState<string>(defaultTheme ?? '');
  const [error, setError] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setError(true);
      return;
    }
    addProposal({ ...scope, text, themeId: isThemeId(theme) ? theme : null });
    setText('');
    setError(false);
    onAdded(t('add.added'));
  }

  return (
    <form className="add-proposal card" onSubmit={submit} noValidate>
      <div className="field add-proposal-text">
        <label htmlFor={textId}>{t('add.label')}</label>
        <input
          id={textId}
          type="text"
          value={text}
          maxLength={2000}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error || undefined}
          onChange={(event) => setText(event.target.value)}
        />
        <p id={hintId} className="field-hint">
          {t('add.hint')}
        </p>
        {error ? (
          <p id={errorId} className="field-error">
            {t('add.required')}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={themeId}>{t('add.theme')}</label>
        <select id={themeId} value={theme} onChange={(event) => setTheme(event.target.value)}>
          <option value="">{t('add.noTheme')}</option>
          {THEME_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`themeNames.${id}`, { ns: 'common' })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('add.submit')}
      </button>
    </form>
  );
}
