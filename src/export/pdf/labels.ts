import type liveMeetingDa from '@/i18n/locales/da/liveMeeting';
import type assessmentDa from '@/i18n/locales/da/assessment';
import type pdfDa from '@/i18n/locales/da/pdf';
import type { Language } from '@/i18n/languages';

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The `pdf` namespace, resolved for one language: headings, column names, footer, status words. */
export type PdfLabels = Widen<typeof pdfDa>;

/** The dot vote's words in the report: the `liveMeeting.report` keys, resolved for one language. */
export type VoteLabels = Widen<(typeof liveMeetingDa)['report']>;

/** The i18next plural form of `key` for `count` (`key_one`, `key_other`), filled with the count. */
export function plural<K extends string>(
  labels: Readonly<Record<`${K}_one` | `${K}_other`, string>>,
  key: K,
  count: number,
  language: Language,
): string {
  const form = new Intl.PluralRules(DATE_LOCALES[language]).select(count) === 'one' ? 'one' : 'other';
  return fill(labels[`${key}_${form}`], { count });
}

/** The round's result in words (the assessment namespace's `result`): the screen's sentences, said alike in the PDF. */
export type ResultLabels = Widen<typeof assessmentDa.result>;

/** Fill `{{name}}` placeholders the way i18next does, so models stay free of i18next. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

const DATE_LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/** "22. november 2026" / "22 November 2026" (short: "22. nov. 2026", dayMonth: "22. nov.") for an ISO date; read as a calendar day, never shifted by time zone. */
export function formatDate(
  isoDate: string,
  language: Language,
  style: 'long' | 'short' | 'dayMonth' = 'long',
): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return dateFormat(language, style).format(new Date(Date.UTC(year, month - 1, day)));
}

// Building an Intl formatter costs far more than using one, and a report formats hundreds of dates.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: Language, style: 'long' | 'short' | 'dayMonth'): Intl.DateTimeFormat {
  const key = `${language}:${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[language], {
      timeZone: 'UTC',
      day: 'numeric',
      month: style === 'long' ? 'long' : 'short',
      ...(style === 'dayMonth' ? {} : { year: 'numeric' as const }),
    });
    formats.set(key, format);
  }
  return format;
}

/** The PDF's /Lang entry; jsPDF accepts only codes from its own list, which has "da" but not "da-DK". */
export function pdfLanguageTag(language: Language): string {
  return language === 'da' ? 'da' : 'en-GB';
}
