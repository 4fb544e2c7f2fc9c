import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface InvitationPanelProps {
  subject: string;
  text: string;
  /** More ways to send it, after copy and mail: the invitation as PDF. */
  more?: ReactNode;
}

/**
 * The invitation text with a copy button. The clipboard API needs a secure context and permission;
 * where it fails, the text is selected so Ctrl+C copies it.
 */
export function InvitationPanel({ subject, text, more }: InvitationPanelProps) {
  const { t } = useTranslation('meeting');
  const area = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState<'copied' | 'copyFailed' | null>(null);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(text);
      setMessage('copied');
    } catch {
      area.current?.focus();
      area.current?.select();
      setMessage('copyFailed');
    }
  }

  const mailto = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;

  return (
    <section className="card invitation" aria-labelledby="invitation-heading">
      <h2 id="invitation-heading">{t('invitation.heading')}</h2>
      <p>{t('invitation.lead')}</p>
      <label htmlFor="invitation-text" className="visually-hidden">
        {t('invitation.label')}
      </label>
      <textarea id="invitation-text" ref={area} readOnly value={text} rows={16} className="invitation-text" />
      <div className="page-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('invitation.copy')}
        </button>
        <a className="button button-secondary" href={mailto}>
          {t('invitation.mail')}
        </a>
        {more}
      </div>
      <p role="status" className="invitation-status">
        {message ? t(`invitation.${message}`) : ''}
      </p>
    </section>
  );
}
