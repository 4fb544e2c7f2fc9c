import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCopyText } from '@/components/use-copy-text';

interface CopyFieldProps {
  /** What the text is, e.g. "Spørgsmålet"; names the field and its copy button. */
  label: string;
  text: string;
  /** Lines shown; several lines are pasted into Forms one field at a time or all at once. */
  rows?: number;
  /** The text's language when it differs from the screen's. */
  lang?: string;
}

/**
 * A read-only text with its own copy button; where the clipboard is refused, the text is selected so
 * Ctrl+C copies it.
 */
export function CopyField({ label, text, rows = 1, lang }: CopyFieldProps) {
  const { t } = useTranslation('forms');
  const id = useId();
  const { area: field, outcome: status, copy } = useCopyText(text);

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field-row">
        <textarea
          id={id}
          ref={field}
          readOnly
          value={text}
          rows={rows}
          lang={lang}
          className="copy-field-text"
        />
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          <span aria-hidden="true">{t('copy.button')}</span>
          <span className="visually-hidden">{t('copy.buttonLabel', { what: label })}</span>
        </button>
      </div>
      <p role="status" className="copy-field-status muted">
        {status ? t(`copy.${status}`) : ''}
      </p>
    </div>
  );
}
