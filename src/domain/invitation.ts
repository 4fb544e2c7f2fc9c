import type { Agenda } from './agenda';

/** Questions to show under a programme item, optionally under a heading (a theme's name in the dialogmøde). */
export interface InvitationQuestionSet {
  heading?: string;
  questions: readonly string[];
}

/** A programme item's text, resolved in the reader's language. */
export interface InvitationStep {
  title: string;
  questionSets?: readonly InvitationQuestionSet[];
}

export interface InvitationInput {
  /** First line, e.g. the subject of the e-mail. */
  heading: string;
  /** Paragraphs before the practical facts: purpose, key question. */
  intro: readonly string[];
  /** "Tid", "Sted", "Tovholder" as label and value; facts with an empty value are left out. */
  facts: readonly { label: string; value: string }[];
  programmeHeading: string;
  agenda: Agenda;
  /** Keyed by step id. A step without text shows its number only. */
  steps: Readonly<Record<string, InvitationStep>>;
  /** A step length in words, e.g. `(5) => '5 min.'`. */
  formatMinutes: (minutes: number) => string;
  /** Paragraphs after the programme. */
  closing: readonly string[];
}

/**
 * The invitation as plain text, ready to paste into an e-mail: purpose, facts and the programme
 * with clock times (`09:00–09:05`, en dash) and each step's reflection questions as a dash list.
 * Paragraphs are separated by a blank line; empty paragraphs are dropped.
 */
export function buildInvitation(input: InvitationInput): string {
  const blocks: string[] = [input.heading, ...input.intro.filter((p) => p.trim() !== '')];
  const facts = input.facts.filter((fact) => fact.value.trim() !== '');
  if (facts.length > 0) blocks.push(facts.map((fact) => `${fact.label}: ${fact.value.trim()}`).join('\n'));

  const programme = [input.programmeHeading];
  for (const item of input.agenda.items) {
    const text = input.steps[item.step.id];
    const title = text ? `${item.step.number}. ${text.title}` : `${item.step.number}.`;
    programme.push(`${item.start}–${item.end}  ${title} (${input.formatMinutes(item.minutes)})`);
    for (const set of text?.questionSets ?? []) {
      if (set.questions.length === 0) continue;
      if (set.heading) programme.push(`    ${set.heading}:`);
      for (const question of set.questions) programme.push(`    – ${question}`);
    }
  }
  blocks.push(programme.join('\n'));
  blocks.push(...input.closing.filter((p) => p.trim() !== ''));
  return blocks.join('\n\n');
}
