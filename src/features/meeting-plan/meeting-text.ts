import type { TFunction } from 'i18next';
import { DIALOGMOEDE, type RunbookId, type ThemeId } from '@/content/ids';
import { isIsoDate, isoWeek } from '@/domain/iso-week';
import { isLanguage, LOCALES } from '@/i18n/languages';
import { formatIsoDate } from '@/lib/dates';

function locale(language: string): string {
  return LOCALES[isLanguage(language) ? language : 'da'];
}

/** "tirsdag den 24. november 2026 (uge 48)" in the user's language; the ISO date itself if it is not one. */
export function formatMeetingDate(iso: string, t: TFunction<'meeting'>, language: string): string {
  if (!isIsoDate(iso)) return iso;
  const text = formatIsoDate(iso, locale(language), { weekday: 'long' });
  return t('date.full', { date: text, week: t('weekNumber', { ns: 'common', week: isoWeek(iso).week }) });
}

/** Theme names joined as a sentence in the user's language: "tillid og fordybelse". */
export function joinThemeNames(
  themeIds: readonly ThemeId[],
  t: TFunction<'meeting'>,
  language: string,
): string {
  const names = themeIds.map((id) =>
    t(`themeNames.${id}`, { ns: 'common' }).toLocaleLowerCase(locale(language)),
  );
  return new Intl.ListFormat(locale(language), { type: 'conjunction' }).format(names);
}

/** A meeting's name: "Dialog om tillid" or "Dialogmøde om tillid og fordybelse". */
export function meetingTitle(
  meeting: { runbookId: RunbookId; themeIds: readonly ThemeId[] },
  t: TFunction<'meeting'>,
  language: string,
): string {
  if (meeting.runbookId !== DIALOGMOEDE) {
    return t('title.theme', { theme: joinThemeNames([meeting.runbookId], t, language) });
  }
  if (meeting.themeIds.length === 0) return t('title.dialogmoedeNoThemes');
  return t('title.dialogmoede', { themes: joinThemeNames(meeting.themeIds, t, language) });
}

/** Minutes in words: "1 minut", "25 minutter". */
export function minutesText(count: number, t: TFunction<'meeting'>): string {
  return t('minutes', { ns: 'common', count });
}
