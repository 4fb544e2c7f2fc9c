import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProposalTextField } from '@/components/proposal-text-field';
import { isThemeId, type ThemeId } from '@/content/ids';
import type { BoardScope } from '@/domain/proposals';
import { useWorkspace } from '@/state/workspace-store';
import { ThemeField } from './theme-field';

interface AddProposalFormProps {
  scope: BoardScope;
  defaultTheme: ThemeId | null;
  onAdded: (message: string) => void;
}

/** Capture a proposal as it is said: one line, a theme, Enter. Focus stays for the next one. */
export function AddProposalForm({ scope, defaultTheme, onAdded }: AddProposalFormProps) {
  const { t } = useTranslation('proposals');
  const addProposal = useWorkspace((s) => s.addProposal);
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
      <ProposalTextField
        className="add-proposal-text"
        label={t('add.label')}
        hint={t('add.hint')}
        error={error ? t('add.required') : null}
        value={text}
        onChange={setText}
      />
      <ThemeField value={theme} onChange={setTheme} />
      <button type="submit" className="button">
        {t('add.submit')}
      </button>
    </form>
  );
}
