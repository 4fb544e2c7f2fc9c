import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCopyText } from '@/components/use-copy-text';

interface InvitationPanelProps {
  subject: string;
  text: string;
  /** More ways to send it, after copy and mail: the invitation as PDF. */
  more?: ReactNode;
}

/**
 * The invitation text with a copy button (where the clipboard is refused, the text is selected so
 * Ctrl+C copies it) and a mail link.
 */
export function InvitationPanel({ subject, text, more }: InvitationPanelProps) {
  const { t } = useTranslation('meeting');
  const { area, outcome: message, copy } = useCopyText(text);

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
