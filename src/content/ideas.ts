import type { ThemeId } from './ids';
import { loadPerLanguage } from './load-per-language';

/**
 * The idea bank's sources: the toolkit and the background reports that hold experiment ideas.
 * (The state's web text on home work holds none, so it is not listed.)
 */
export const IDEA_SOURCES = ['bfa2024', 'hbs2023', 'kk2022', 'amk2020'] as const;
export type IdeaSourceId = (typeof IDEA_SOURCES)[number];

/**
 * How the source backs an idea: used at a workplace (`case`), suggested by the source (`suggestion`),
 * or derived from a need or question the source describes (`derived`).
 */
export type IdeaKind = 'case' | 'suggestion' | 'derived';

export interface IdeaMeta {
  /** The id of the idea in the research digest (§1), lower-case, so each one can be checked there. */
  id: string;
  /** The themes it serves; the first is its main theme. */
  themes: readonly [ThemeId, ...ThemeId[]];
  sources: readonly [IdeaSourceId, ...IdeaSourceId[]];
  kind: IdeaKind;
}

export const IDEAS: readonly IdeaMeta[] = [
  { id: 'sam-1', themes: ['sammenhaengskraft', 'tilgaengelighed'], sources: ['bfa2024'], kind: 'suggestion' },
  { id: 'sam-2', themes: ['sammenhaengskraft', 'tilgaengelighed'], sources: ['bfa2024'], kind: 'suggestion' },
  { id: 'sam-3', themes: ['sammenhaengskraft'], sources: ['bfa2024'], kind: 'suggestion' },
  {
    id: 'sam-5',
    themes: ['sammenhaengskraft', 'tilgaengelighed', 'fleksibilitet'],
    sources: ['bfa2024'],
    kind: 'suggestion',
  },
  { id: 'sam-6', themes: ['sammenhaengskraft'], sources: ['hbs2023'], kind: 'case' },
  { id: 'sam-7', themes: ['sammenhaengskraft'], sources: ['hbs2023'], kind: 'case' },
  { id: 'sam-9', themes: ['sammenhaengskraft'], sources: ['hbs2023'], kind: 'suggestion' },
  {
    id: 'sam-10',
    themes: ['sammenhaengskraft', 'tilgaengelighed', 'retfaerdighed'],
    sources: ['hbs2023'],
    kind: 'case',
  },
  { id: 'sam-11', themes: ['sammenhaengskraft', 'tilgaengelighed'], sources: ['kk2022'], kind: 'case' },
  { id: 'fle-1', themes: ['fleksibilitet', 'fordybelse'], sources: ['bfa2024'], kind: 'case' },
  {
    id: 'fle-2',
    themes: ['fleksibilitet', 'fordybelse', 'sammenhaengskraft'],
    sources: ['kk2022'],
    kind: 'case',
  },
  {
    id: 'fle-3',
    themes: ['fleksibilitet', 'tilgaengelighed', 'retfaerdighed'],
    sources: ['kk2022'],
    kind: 'case',
  },
  { id: 'fle-4', themes: ['fleksibilitet', 'tilgaengelighed'], sources: ['hbs2023'], kind: 'case' },
  { id: 'fle-6', themes: ['fleksibilitet', 'retfaerdighed'], sources: ['bfa2024'], kind: 'suggestion' },
  { id: 'fle-8', themes: ['fleksibilitet', 'tilgaengelighed', 'tillid'], sources: ['hbs2023'], kind: 'case' },
  { id: 'fle-10', themes: ['fleksibilitet', 'retfaerdighed', 'tillid'], sources: ['hbs2023'], kind: 'case' },
  { id: 'fle-11', themes: ['fleksibilitet', 'fordybelse'], sources: ['kk2022'], kind: 'derived' },
  { id: 'til-1', themes: ['tilgaengelighed', 'fordybelse'], sources: ['bfa2024'], kind: 'case' },
  { id: 'til-2', themes: ['tilgaengelighed', 'tillid'], sources: ['bfa2024', 'kk2022'], kind: 'suggestion' },
  {
    id: 'til-3',
    themes: ['tilgaengelighed', 'sammenhaengskraft'],
    sources: ['bfa2024', 'kk2022'],
    kind: 'suggestion',
  },
  {
    id: 'til-4',
    themes: ['tilgaengelighed', 'fordybelse', 'fleksibilitet'],
    sources: ['hbs2023'],
    kind: 'suggestion',
  },
  { id: 'til-5', themes: ['tilgaengelighed', 'fleksibilitet'], sources: ['hbs2023'], kind: 'case' },
  { id: 'til-7', themes: ['tilgaengelighed', 'fordybelse'], sources: ['hbs2023'], kind: 'suggestion' },
  {
    id: 'til-8',
    themes: ['tilgaengelighed', 'sammenhaengskraft', 'retfaerdighed'],
    sources: ['kk2022'],
    kind: 'derived',
  },
  { id: 'til-10', themes: ['tilgaengelighed', 'tillid'], sources: ['amk2020'], kind: 'suggestion' },
  { id: 'for-1', themes: ['fordybelse', 'tilgaengelighed'], sources: ['bfa2024'], kind: 'case' },
  { id: 'for-2', themes: ['fordybelse', 'tillid'], sources: ['bfa2024'], kind: 'suggestion' },
  { id: 'for-3', themes: ['fordybelse'], sources: ['bfa2024'], kind: 'suggestion' },
  { id: 'for-6', themes: ['fordybelse', 'tillid'], sources: ['kk2022'], kind: 'derived' },
  { id: 'for-7', themes: ['fordybelse', 'tilgaengelighed'], sources: ['hbs2023'], kind: 'suggestion' },
  { id: 'for-8', themes: ['fordybelse'], sources: ['amk2020'], kind: 'derived' },
  { id: 'tld-1', themes: ['tillid', 'tilgaengelighed'], sources: ['bfa2024'], kind: 'derived' },
  { id: 'tld-2', themes: ['tillid', 'fordybelse'], sources: ['bfa2024'], kind: 'derived' },
  { id: 'tld-3', themes: ['tillid', 'retfaerdighed'], sources: ['hbs2023'], kind: 'case' },
  { id: 'tld-4', themes: ['tillid', 'sammenhaengskraft'], sources: ['hbs2023'], kind: 'suggestion' },
  { id: 'tld-6', themes: ['tillid', 'sammenhaengskraft'], sources: ['amk2020'], kind: 'derived' },
  { id: 'tld-7', themes: ['tillid', 'sammenhaengskraft'], sources: ['kk2022', 'hbs2023'], kind: 'case' },
  { id: 'tld-8', themes: ['tillid', 'tilgaengelighed'], sources: ['kk2022'], kind: 'derived' },
  { id: 'ret-1', themes: ['retfaerdighed', 'fleksibilitet'], sources: ['bfa2024'], kind: 'suggestion' },
  { id: 'ret-2', themes: ['retfaerdighed', 'fleksibilitet'], sources: ['bfa2024', 'hbs2023'], kind: 'case' },
  { id: 'ret-5', themes: ['retfaerdighed', 'tillid'], sources: ['bfa2024', 'hbs2023'], kind: 'derived' },
  { id: 'ret-6', themes: ['retfaerdighed', 'tillid'], sources: ['amk2020', 'hbs2023'], kind: 'suggestion' },
  { id: 'ret-7', themes: ['retfaerdighed', 'sammenhaengskraft'], sources: ['amk2020'], kind: 'derived' },
  { id: 'ret-8', themes: ['retfaerdighed', 'sammenhaengskraft'], sources: ['kk2022'], kind: 'derived' },
];

export type IdeaId = (typeof IDEAS)[number]['id'];

/** An idea's words in one language: a short title and what the team would try. */
export interface IdeaText {
  title: string;
  text: string;
}

export interface IdeaBankText {
  sources: Readonly<Record<IdeaSourceId, string>>;
  ideas: Readonly<Record<string, IdeaText>>;
}

/** The ideas that serve a theme: those whose main theme it is first, then those it also serves. */
export function ideasForTheme(theme: ThemeId): IdeaMeta[] {
  const main = IDEAS.filter((idea) => idea.themes[0] === theme);
  const also = IDEAS.filter((idea) => idea.themes[0] !== theme && idea.themes.includes(theme));
  return [...main, ...also];
}

/** The idea bank's words in one language, loaded on first use and cached (React `use()` reads it). */
export const loadIdeaBank = loadPerLanguage<IdeaBankText>({
  da: () => import('./da/ideas').then((module) => module.ideasDa),
  en: () => import('./en/ideas').then((module) => module.ideasEn),
});
