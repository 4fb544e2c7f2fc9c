import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PRINT_REFERENCES, PRINT_TARGET_HREF, splitPrintReferences } from '@/content/print-references';
import { isLanguage } from '@/i18n/languages';

/** A toolkit sentence with its print page references shown as links to the app's screens. */
export function ToolkitText({ text }: { text: string }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'da';
  return (
    <>
      {splitPrintReferences(text, PRINT_REFERENCES[language]).map((part, index) =>
        // Parts are cut afresh from the same text on every render, so their position is a stable key.
        part.kind === 'text' ? (
          <Fragment key={index}>{part.text}</Fragment>
        ) : (
          <span key={index} className="print-reference">
            <Link href={PRINT_TARGET_HREF[part.reference.target]}>
              {t(`printReference.${part.reference.target}`)}
            </Link>{' '}
            <span className="print-reference-note">
              {t('printReference.note', { phrase: part.reference.phrase })}
            </span>
          </span>
        ),
      )}
    </>
  );
}

/** A toolkit paragraph with its print page references shown as links. */
export function ToolkitParagraph({ text }: { text: string }) {
  return (
    <p>
      <ToolkitText text={text} />
    </p>
  );
}
