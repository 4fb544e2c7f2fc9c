import da from '@/i18n/locales/da/phone';
import en from '@/i18n/locales/en/phone';
import type { Language } from '@/i18n/languages';

// The phone page reads its strings straight from the `phone` namespace's files, without i18next: the
// page must stay light (see scripts/bundle-size.mjs), and the parity test still covers both languages.

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type PhoneStrings = Widen<typeof da>;

export const PHONE_STRINGS: Readonly<Record<Language, PhoneStrings>> = { da, en };

/** Puts values into `{{name}}` placeholders, as i18next would. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The `_one` or `_other` form of a key for `count`, filled in with `count` and the other values. */
export function plural(
  language: Language,
  forms: { readonly [key: string]: unknown },
  key: string,
  count: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  const form = forms[`${key}_${rules.select(count)}`] ?? forms[`${key}_other`];
  return fill(String(form), { ...values, count });
}
