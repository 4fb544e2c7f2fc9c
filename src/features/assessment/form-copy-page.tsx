import { use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '@/components/radio-group';
import { Link } from 'wouter';
import { Page } from '@/components/page';
import { loadToolkit } from '@/content/toolkit';
import { formsTemplate } from '@/domain/forms-template';
import { isLanguage, LANGUAGES, type Language } from '@/i18n/languages';
import { CopyField } from './copy-field';
import './assessment.css';

/**
 * The vurderingsskema as a Microsoft Forms form to build by copying: one Likert question in the
 * toolkit's words, in Danish or English. A form made this way imports on a round without editing.
 */
export default function FormCopyPage() {
  const { t, i18n } = useTranslation('forms');
  const [language, setLanguage] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'da');
  const template = formsTemplate(use(loadToolkit(language)));
  const lang = language === i18n.language ? undefined : language;

  return (
    <Page title={t('copy.title')} kicker={t('copy.kicker')} className="form-copy-page">
      <p className="lead">{t('copy.lead')}</p>
      <p className="muted">{t('copy.adapted')}</p>
      <RadioGroup
        inline
        className="form-copy-language"
        legend={t('copy.language')}
        options={LANGUAGES}
        value={language}
        onChange={setLanguage}
        label={(option) => t(`copy.languages.${option}`)}
      />
      <ol className="form-copy-steps">
        <li>
          <h2>{t('copy.stepForm')}</h2>
          <p>{t('copy.stepFormHint')}</p>
          <CopyField label={t('copy.formTitle')} lang={lang} text={template.title} />
        </li>
        <li>
          <h2>{t('copy.stepQuestion')}</h2>
          <p>{t('copy.stepQuestionHint')}</p>
          <CopyField label={t('copy.question')} lang={lang} text={template.question} />
          <CopyField label={t('copy.subtitle')} lang={lang} text={template.subtitle} rows={2} />
        </li>
        <li>
          <h2>{t('copy.stepOptions')}</h2>
          <p>{t('copy.stepOptionsHint')}</p>
          <CopyField label={t('copy.options')} lang={lang} text={template.options.join('\n')} rows={5} />
        </li>
        <li>
          <h2>{t('copy.stepStatements')}</h2>
          <p>{t('copy.stepStatementsHint')}</p>
          <CopyField
            label={t('copy.statements')}
            lang={lang}
            text={template.statements.map((statement) => statement.text).join('\n')}
            rows={6}
          />
        </li>
        <li>
          <h2>{t('copy.stepAnonymous')}</h2>
          <p>{t('copy.anonymous')}</p>
          <p>{t('copy.anonymousApp')}</p>
        </li>
        <li>
          <h2>{t('copy.stepImport')}</h2>
          <p>{t('copy.import')}</p>
        </li>
      </ol>
      <p>
        <Link href="/temaer">{t('copy.summaries')}</Link>
      </p>
      <p>
        <Link href="/vurdering">{t('copy.back')}</Link>
      </p>
    </Page>
  );
}
