import { useTranslation } from 'react-i18next';
import { PAPER_FORMATS, type PaperFormat } from '@/domain/paper-forms';
import { RadioGroup } from './radio-group';

/** "Papirstørrelse: A4 / A3 (plakat)", for the handleplan wherever it is printed from. */
export function PaperFormatChoice({
  value,
  onChange,
  className,
}: {
  value: PaperFormat;
  onChange: (format: PaperFormat) => void;
  className?: string;
}) {
  const { t } = useTranslation('pdfDownload');
  return (
    <RadioGroup
      inline
      className={className}
      legend={t('format')}
      options={PAPER_FORMATS}
      value={value}
      onChange={onChange}
      label={(format) => t(format)}
    />
  );
}
