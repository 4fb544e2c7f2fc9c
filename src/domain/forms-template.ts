import { THEME_IDS, type ThemeId } from '@/content/ids';
import type { ToolkitText } from '@/content/types';

/** The vurderingsskema as one Likert question in Microsoft Forms, in the toolkit's own words. */
export interface FormsTemplate {
  /** The form's title: "Vurderingsskema". */
  title: string;
  /** The Likert question: "Hvor har vi behov for et servicetjek?". */
  question: string;
  /** The question's subtitle: the toolkit's instruction with the scale's end labels. */
  subtitle: string;
  /** The five options, the ends with their labels: "1 – Slet ikke vigtigt", "2", …, "5 – Meget vigtigt". */
  options: readonly [string, string, string, string, string];
  /** One statement per theme, as in "De seks temaer kort fortalt": "Tillid: Er du rigtigt på arbejde …?". */
  statements: readonly { themeId: ThemeId; text: string }[];
}

/**
 * The form to copy into Forms in the toolkit's language. Forms exports each statement as a column
 * headed by its text and each answer as its option's text, and the import reads both as they come.
 */
export function formsTemplate(toolkit: ToolkitText): FormsTemplate {
  const sheet = toolkit.vurderingsskema;
  return {
    title: sheet.heading,
    question: sheet.question,
    subtitle: sheet.instruction,
    options: [`1 – ${sheet.scaleLow}`, '2', '3', '4', `5 – ${sheet.scaleHigh}`],
    statements: THEME_IDS.map((themeId) => {
      const theme = toolkit.themes[themeId];
      return { themeId, text: `${theme.name}: ${theme.overviewKeyQuestion}` };
    }),
  };
}
