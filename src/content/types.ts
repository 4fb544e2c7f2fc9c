import type { RunbookId, ThemeId } from './ids';
import type { HandleplanColumn } from './structure';

/** A heading with paragraphs and/or a bullet list, as the toolkit prints its sections. */
export interface TextSection {
  heading: string;
  paragraphs?: readonly string[];
  leadIn?: string;
  items?: readonly string[];
}

/** A quotation with who said it and where ("Lektor Peter Holdt Christensen, CBS, i BFAs podcastserie …"). */
export interface Quote {
  heading: string;
  paragraphs: readonly string[];
  attribution: string;
  /** A pointer to further reading as the toolkit prints it (no URL is given there). */
  readMore?: string;
}

/** A case, research finding, box or reading tip from the theme page's inspiration column. */
export interface Inspiration {
  kind: 'case' | 'research' | 'box' | 'reading';
  heading: string;
  paragraphs: readonly string[];
  /** The source as the toolkit names it, e.g. "Mandag Morgen nr. 8, 2023". */
  source?: string;
}

/** Text of one drejebog step. Structure (number, duration) lives in `structure.ts`. */
export interface StepText {
  title: string;
  /** The toolkit's own wording of the duration, e.g. "Max to minutter pr. deltager"; none for the welcome. */
  durationLabel?: string;
  leadIn?: string;
  paragraphs?: readonly string[];
  /** Reflection questions, shown large on the projector. */
  questions?: readonly string[];
  /**
   * The app's own wording of the step's question for this theme, shown beside the toolkit's sentence and
   * marked as the app's adaptation: the toolkit prints the cohesion question in all six drejebøger.
   */
  adaptation?: string;
  /** Instructions as bullets (dialogmøde step 2). */
  items?: readonly string[];
  /** Closing instruction after the questions (dialogmøde step 4). */
  conclusion?: string;
  /** Decision options A and B. */
  options?: Readonly<Record<'A' | 'B', string>>;
}

export interface RunbookText {
  /** "Drejebog til dialog om sammenhængskraft – med forslag til forsøg" */
  title: string;
  /** "Før mødet" / "Forberedelse" */
  beforeHeading: string;
  /** The checklist before the meeting, one item each. */
  before: readonly string[];
  /** Keyed by `RunbookStep.id`. */
  steps: Readonly<Record<string, StepText>>;
}

export interface ThemeText {
  /** "Sammenhængskraft" */
  name: string;
  /** Title on the theme page, e.g. "Tillid i det hybride arbejde". */
  title: string;
  /** Key question as on the theme page. */
  keyQuestion: string;
  /** Key question as in "De seks temaer kort fortalt" (differs for three themes). */
  overviewKeyQuestion: string;
  /** The short summary from "De seks temaer kort fortalt". */
  summary: string;
  whatIsAtStake: TextSection;
  /** Further sections in the toolkit's order before differentNeeds (e.g. "Hvad er sammenhængskraft?", then its examples). */
  sections: readonly TextSection[];
  differentNeeds: TextSection;
  /** Sections the toolkit prints after differentNeeds (Sammenhængskraft's "Rutiner og meningsfulde ritualer"). */
  sectionsAfterNeeds?: readonly TextSection[];
  signs: TextSection;
  quotes: readonly Quote[];
  inspiration: readonly Inspiration[];
}

export interface ToolkitText {
  title: string;
  /** Læsevejledning and "Kort om værktøjet". */
  intro: {
    /** "Læsevejledning" */
    readingGuideHeading: string;
    heading: string;
    paragraphs: readonly string[];
    formats: readonly string[];
    experimentsHeading: string;
    experiments: string;
    /** The pointer to Future Work Lab's experiments in the finance sector. */
    furtherReading: string;
    /** "Kort om værktøjet" */
    factsHeading: string;
    facts: readonly { label: string; text: string }[];
  };
  overviewHeading: string;
  vurderingsskema: {
    heading: string;
    question: string;
    purpose: string;
    instruction: string;
    scaleLow: string;
    scaleHigh: string;
    readFirst: string;
    guidance: readonly string[];
    oneTheme: TextSection;
    severalThemes: TextSection;
  };
  handleplan: {
    heading: string;
    text: string;
    columns: Readonly<Record<HandleplanColumn, string>>;
  };
  sixWeeks: {
    heading: string;
    text: string;
    checkInLeadIn: string;
    questions: readonly [string, string, string];
    decision: string;
  };
  dialogmoede: {
    title: string;
    /** "Dialogmødet er især egnet, hvis I vurderer, at temaerne hænger tæt sammen." context etc. */
    summary: string;
  };
  themes: Readonly<Record<ThemeId, ThemeText>>;
  runbooks: Readonly<Record<RunbookId, RunbookText>>;
  publication: {
    publisher: string;
    published: string;
    /** The publisher's address as the colophon prints it. */
    address: string;
    isbn: string;
    credits: readonly string[];
    whereToGet: string;
    /** The back cover: "Et fremtidssikret arbejdsmiljø" and its paragraphs. */
    backCover: { heading: string; paragraphs: readonly string[] };
  };
}
