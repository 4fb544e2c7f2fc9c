import type { Language } from '@/i18n/languages';
import { skemaDa } from './da/skema';
import { skemaEn } from './en/skema';
import type { ThemeId } from './ids';

/** One theme as the vurderingsskema needs it: its name, key question and resume ("kort fortalt"). */
export interface SkemaThemeText {
  /** "Sammenhængskraft" */
  name: string;
  /** The key question as in "De seks temaer kort fortalt", which the skema asks to read first. */
  overviewKeyQuestion: string;
  /** The resume from "De seks temaer kort fortalt". */
  summary: string;
}

/** The vurderingsskema's own words: a small module of its own, so the phone page loads no more. */
export interface SkemaText {
  /** "Hvor har vi behov for et servicetjek?" */
  question: string;
  instruction: string;
  /** The label of 1: "Slet ikke vigtigt". */
  scaleLow: string;
  /** The label of 5: "Meget vigtigt". */
  scaleHigh: string;
  themes: Readonly<Record<ThemeId, SkemaThemeText>>;
}

/** Both languages' skema text, for the phone page (the facilitator's app reads it through the toolkit). */
export const SKEMA_TEXT: Readonly<Record<Language, SkemaText>> = { da: skemaDa, en: skemaEn };
