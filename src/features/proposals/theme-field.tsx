import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { THEME_IDS } from '@/content/ids';

/** A proposal's theme: one of the six, or none. The value is a theme id or "". */
export function ThemeField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('proposals');
  return (
    <Field label={t('add.theme')}>
      {(props) => (
        <select {...props} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('add.noTheme')}</option>
          {THEME_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`themeNames.${id}`, { ns: 'common' })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
