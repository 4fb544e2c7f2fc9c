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
  /**
   * The source's own words the idea rests on, exact after whitespace and hyphenation are normalised
   * (each is checked against its source file in a test): what a workplace did for a `case`, what the
   * source proposes for a `suggestion`, the need or question for `derived`.
   */
  quotes: readonly [IdeaQuote, ...IdeaQuote[]];
}

export interface IdeaQuote {
  source: IdeaSourceId;
  text: string;
}

export const IDEAS: readonly IdeaMeta[] = [
  {
    id: 'sam-1',
    themes: ['sammenhaengskraft', 'tilgaengelighed'],
    sources: ['bfa2024'],
    kind: 'suggestion',
    quotes: [{ source: 'bfa2024', text: 'Mandags tjek ind' }],
  },
  {
    id: 'sam-2',
    themes: ['sammenhaengskraft', 'tilgaengelighed'],
    sources: ['bfa2024'],
    kind: 'suggestion',
    quotes: [{ source: 'bfa2024', text: 'Opstartsmøder ved igangsætning af nye opgaver' }],
  },
  {
    id: 'sam-3',
    themes: ['sammenhaengskraft'],
    sources: ['bfa2024'],
    kind: 'suggestion',
    quotes: [{ source: 'bfa2024', text: 'Faste fællesevalueringer, når projekter afsluttes' }],
  },
  {
    id: 'sam-5',
    themes: ['sammenhaengskraft', 'tilgaengelighed', 'fleksibilitet'],
    sources: ['bfa2024'],
    kind: 'suggestion',
    quotes: [
      { source: 'bfa2024', text: 'hvis man sørger for at have fælles tilstedeværelsedage' },
      { source: 'bfa2024', text: 'på hvilke dage de arbejder hhv. hjemmefra og på kontoret' },
    ],
  },
  {
    id: 'sam-6',
    themes: ['sammenhaengskraft'],
    sources: ['hbs2023'],
    kind: 'case',
    quotes: [
      { source: 'hbs2023', text: 'arrangerer man eksempelvis fælles morgenmad en gang om ugen' },
      { source: 'hbs2023', text: 'kan deltage online, uanset hvor man befinder sig' },
    ],
  },
  {
    id: 'sam-7',
    themes: ['sammenhaengskraft'],
    sources: ['hbs2023'],
    kind: 'case',
    quotes: [
      {
        source: 'hbs2023',
        text: 'En anden virksomhed har en ugentlig ”Tant og fjas”-session på halvanden time, hvor reglen er, at man ikke må tale arbejde',
      },
      {
        source: 'hbs2023',
        text: 'En tredje virksomhed har implementeret regelmæssige ”Walk ’n talks” over telefonen og sætter tid af til at spille spil mod hinanden online',
      },
    ],
  },
  {
    id: 'sam-9',
    themes: ['sammenhaengskraft'],
    sources: ['hbs2023'],
    kind: 'suggestion',
    quotes: [{ source: 'hbs2023', text: 'indledes og afrundes med mere uformelle snakke' }],
  },
  {
    id: 'sam-10',
    themes: ['sammenhaengskraft', 'tilgaengelighed', 'retfaerdighed'],
    sources: ['hbs2023'],
    kind: 'case',
    quotes: [
      {
        source: 'hbs2023',
        text: 'flere virksomheder således også rammesat, at man møder fysisk ind i forbindelse med ansættelse og onboarding af nye kollegaer',
      },
      {
        source: 'hbs2023',
        text: 'kan virksomheder f.eks. med fordel også sikre, at en ny medarbejder har en mentor de første tre måneder',
      },
    ],
  },
  {
    id: 'sam-11',
    themes: ['sammenhaengskraft', 'tilgaengelighed'],
    sources: ['kk2022'],
    kind: 'case',
    quotes: [{ source: 'kk2022', text: 'sætte sparring og videndeling i en mere fast mødestruktur' }],
  },
  {
    id: 'fle-1',
    themes: ['fleksibilitet', 'fordybelse'],
    sources: ['bfa2024'],
    kind: 'case',
    quotes: [
      {
        source: 'bfa2024',
        text: 'I Kerteminde Kommune har medarbejdere i borgerservice og i afdelingen for erhverv og arbejdsmarked siden 2019 selv kunnet planlægge deres arbejdsuge',
      },
      {
        source: 'bfa2024',
        text: 'Et forsøg, der i sommeren 2022 blev udvidet til alle medarbejdere i kommunens administration',
      },
    ],
  },
  {
    id: 'fle-2',
    themes: ['fleksibilitet', 'fordybelse', 'sammenhaengskraft'],
    sources: ['kk2022'],
    kind: 'case',
    quotes: [
      { source: 'kk2022', text: 'lægge fokuskrævende eller rutineopgaver hjemme' },
      { source: 'kk2022', text: 'kunne bruge kontoret til samarbejde og kollegakontakt' },
    ],
  },
  {
    id: 'fle-3',
    themes: ['fleksibilitet', 'tilgaengelighed', 'retfaerdighed'],
    sources: ['kk2022'],
    kind: 'case',
    quotes: [{ source: 'kk2022', text: 'at møde ind på arbejde på faste dage ifm. borgerbetjening' }],
  },
  {
    id: 'fle-4',
    themes: ['fleksibilitet', 'tilgaengelighed'],
    sources: ['hbs2023'],
    kind: 'case',
    quotes: [
      { source: 'hbs2023', text: 'at arbejde tidsforskudt fra den traditionelle arbejdsdag' },
      { source: 'hbs2023', text: 'så man eksempelvis kan hente børn tidligt' },
    ],
  },
  {
    id: 'fle-6',
    themes: ['fleksibilitet', 'retfaerdighed'],
    sources: ['bfa2024'],
    kind: 'suggestion',
    quotes: [{ source: 'bfa2024', text: 'flextid eller mulighed for at arbejde fra forskellige lokationer' }],
  },
  {
    id: 'fle-8',
    themes: ['fleksibilitet', 'tilgaengelighed', 'tillid'],
    sources: ['hbs2023'],
    kind: 'case',
    quotes: [
      { source: 'hbs2023', text: 'principper om ikke at sende mails uden for den gængse arbejdstid' },
      { source: 'hbs2023', text: 'at de er rollemodeller' },
    ],
  },
  {
    id: 'fle-10',
    themes: ['fleksibilitet', 'retfaerdighed', 'tillid'],
    sources: ['hbs2023'],
    kind: 'case',
    quotes: [
      {
        source: 'hbs2023',
        text: 'nedsættelsen af et udvalg af medarbejdere, der sammen med ledelsen skulle deltage i udformningen af rammerne i virksomheden',
      },
    ],
  },
  {
    id: 'fle-11',
    themes: ['fleksibilitet', 'fordybelse'],
    sources: ['kk2022'],
    kind: 'derived',
    quotes: [
      { source: 'kk2022', text: 'det er lettere at blive opslugt af arbejdet og glemme at holde pauser' },
    ],
  },
  {
    id: 'til-1',
    themes: ['tilgaengelighed', 'fordybelse'],
    sources: ['bfa2024'],
    kind: 'case',
    quotes: [
      {
        source: 'bfa2024',
        text: 'Nogle arbejdspladser har faste tider hver dag, hvor man skal være tilgængelig',
      },
    ],
  },
  {
    id: 'til-2',
    themes: ['tilgaengelighed', 'tillid'],
    sources: ['bfa2024', 'kk2022'],
    kind: 'suggestion',
    quotes: [
      {
        source: 'bfa2024',
        text: 'Spilleregler i vores hybride team – fra Guide til den hybride arbejdsplads',
      },
      { source: 'kk2022', text: 'Hvordan skaber vi tydelighed ift. spillereglerne for hjemmearbejdet' },
    ],
  },
  {
    id: 'til-3',
    themes: ['tilgaengelighed', 'sammenhaengskraft'],
    sources: ['bfa2024', 'kk2022'],
    kind: 'suggestion',
    quotes: [
      { source: 'bfa2024', text: 'på hvilke dage de arbejder hhv. hjemmefra og på kontoret' },
      { source: 'kk2022', text: 'at koordinere hjemme- og kontordage i deres enhed' },
    ],
  },
  {
    id: 'til-4',
    themes: ['tilgaengelighed', 'fordybelse', 'fleksibilitet'],
    sources: ['hbs2023'],
    kind: 'suggestion',
    quotes: [{ source: 'hbs2023', text: 'hvornår man hhv. forventes og ikke forventes at være tilgængelig' }],
  },
  {
    id: 'til-5',
    themes: ['tilgaengelighed', 'fleksibilitet'],
    sources: ['hbs2023'],
    kind: 'case',
    quotes: [{ source: 'hbs2023', text: 'i hvilke tidsrum der f.eks. bør svares på e-mails' }],
  },
  {
    id: 'til-7',
    themes: ['tilgaengelighed', 'fordybelse'],
    sources: ['hbs2023'],
    kind: 'suggestion',
    quotes: [
      {
        source: 'hbs2023',
        text: 'skabe klarhed blandt medarbejderne om, hvilke værktøjer der anvendes i hvilke sammenhænge',
      },
    ],
  },
  {
    id: 'til-8',
    themes: ['tilgaengelighed', 'sammenhaengskraft', 'retfaerdighed'],
    sources: ['kk2022'],
    kind: 'derived',
    quotes: [
      { source: 'kk2022', text: 'Hvilke møder afholdes fysisk, hybridt eller digitalt' },
      { source: 'kk2022', text: 'hvordan tager man hensyn til dem, der sidder andre steder end en selv' },
    ],
  },
  {
    id: 'til-10',
    themes: ['tilgaengelighed', 'tillid'],
    sources: ['amk2020'],
    kind: 'suggestion',
    quotes: [
      {
        source: 'amk2020',
        text: 'afstemme kvalitetsniveau, prioriteringer og evt. behov for support fra leder',
      },
    ],
  },
  {
    id: 'for-1',
    themes: ['fordybelse', 'tilgaengelighed'],
    sources: ['bfa2024'],
    kind: 'case',
    quotes: [
      { source: 'bfa2024', text: '’fordybelsestid’ fra klokken otte til klokken ti' },
      { source: 'bfa2024', text: 'Her er telefonen slukket, og medarbejderne må ikke forstyrre hinanden' },
      { source: 'bfa2024', text: 'et fast tidspunkt, hvor man ikke forstyrrer hinanden' },
    ],
  },
  {
    id: 'for-2',
    themes: ['fordybelse', 'tillid'],
    sources: ['bfa2024'],
    kind: 'suggestion',
    quotes: [
      {
        source: 'bfa2024',
        text: 'slukke for mailen i en time eller to, slukke for telefonen, slukke for chatten',
      },
    ],
  },
  {
    id: 'for-3',
    themes: ['fordybelse'],
    sources: ['bfa2024'],
    kind: 'suggestion',
    quotes: [
      { source: 'bfa2024', text: 'advarer imod at erstatte stillerum på kontoret med virtuelle møderum' },
    ],
  },
  {
    id: 'for-6',
    themes: ['fordybelse', 'tillid'],
    sources: ['kk2022'],
    kind: 'derived',
    quotes: [{ source: 'kk2022', text: 'der kan jeg jo sagtens slukke for hyggen i chatten' }],
  },
  {
    id: 'for-7',
    themes: ['fordybelse', 'tilgaengelighed'],
    sources: ['hbs2023'],
    kind: 'suggestion',
    quotes: [{ source: 'hbs2023', text: 'i de enkelte teams at finde frem til en fælles praksis' }],
  },
  {
    id: 'for-8',
    themes: ['fordybelse'],
    sources: ['amk2020'],
    kind: 'derived',
    quotes: [
      { source: 'amk2020', text: 'behov for både variation og pauser i tilrettelæggelsen af arbejdet' },
    ],
  },
  {
    id: 'tld-1',
    themes: ['tillid', 'tilgaengelighed'],
    sources: ['bfa2024'],
    kind: 'derived',
    quotes: [{ source: 'bfa2024', text: 'uskrevne regler om vores forventninger til hinanden' }],
  },
  {
    id: 'tld-2',
    themes: ['tillid', 'fordybelse'],
    sources: ['bfa2024'],
    kind: 'derived',
    quotes: [
      { source: 'bfa2024', text: 'tænker de andre så, at man pjækker' },
      { source: 'bfa2024', text: '’cover-your-ass-kommunikation’' },
    ],
  },
  {
    id: 'tld-3',
    themes: ['tillid', 'retfaerdighed'],
    sources: ['hbs2023'],
    kind: 'case',
    quotes: [
      { source: 'hbs2023', text: 'et større fokus på fælles mål og performance som redskab til opfølgning' },
    ],
  },
  {
    id: 'tld-4',
    themes: ['tillid', 'sammenhaengskraft'],
    sources: ['hbs2023'],
    kind: 'suggestion',
    quotes: [{ source: 'hbs2023', text: 'den enkelte og teamet får løbende tilbagemelding på performance' }],
  },
  {
    id: 'tld-6',
    themes: ['tillid', 'sammenhaengskraft'],
    sources: ['amk2020'],
    kind: 'derived',
    quotes: [
      { source: 'amk2020', text: '“ude af øje, ikke blive ude af sind”' },
      { source: 'amk2020', text: 'Det kalder på tæt dialog og forventningsafstemning' },
    ],
  },
  {
    id: 'tld-7',
    themes: ['tillid', 'sammenhaengskraft'],
    sources: ['kk2022', 'hbs2023'],
    kind: 'derived',
    quotes: [
      { source: 'kk2022', text: 'et kort spørgeskema (’temperaturmåling’), som blev udsendt månedligt' },
      {
        source: 'hbs2023',
        text: 'Regelmæssige trivselsundersøgelser blandt alle ansatte er desuden et af redskaberne',
      },
    ],
  },
  {
    id: 'tld-8',
    themes: ['tillid', 'tilgaengelighed'],
    sources: ['kk2022'],
    kind: 'derived',
    quotes: [
      {
        source: 'kk2022',
        text: 'For taler vi kun om produktivitet, uden at afstemme hvad vi mener med ordet',
      },
    ],
  },
  {
    id: 'ret-1',
    themes: ['retfaerdighed', 'fleksibilitet'],
    sources: ['bfa2024'],
    kind: 'suggestion',
    quotes: [
      { source: 'bfa2024', text: 'Fleksibilitet er ikke kun hjemmearbejdsdage' },
      { source: 'bfa2024', text: 'kan rotere fra den ene arbejdsstation til den anden arbejdsstation' },
    ],
  },
  {
    id: 'ret-2',
    themes: ['retfaerdighed', 'fleksibilitet'],
    sources: ['bfa2024', 'hbs2023'],
    kind: 'case',
    quotes: [
      { source: 'bfa2024', text: 'pædagoger lave dokumentation hjemmefra' },
      { source: 'hbs2023', text: 'dreje sig om mere specifikke opgaver end jobbet som helhed' },
    ],
  },
  {
    id: 'ret-5',
    themes: ['retfaerdighed', 'tillid'],
    sources: ['bfa2024', 'hbs2023'],
    kind: 'derived',
    quotes: [
      {
        source: 'bfa2024',
        text: 'de spændende opgaver altid går til dem, der arbejder centralt, tæt ved ledelsen',
      },
      { source: 'hbs2023', text: 'selv at melde ind på f.eks. nye opgaver, interne udviklingsprojekter' },
    ],
  },
  {
    id: 'ret-6',
    themes: ['retfaerdighed', 'tillid'],
    sources: ['amk2020', 'hbs2023'],
    kind: 'suggestion',
    quotes: [
      { source: 'amk2020', text: 'sagligt at kunne begrunde de individuelle aftaler' },
      { source: 'amk2020', text: 'At være transparent omkring sine ledelsesmæssige beslutninger' },
      {
        source: 'hbs2023',
        text: 'politikker og principper i relation til hjemmearbejde er tydeligt definerede og gennemskuelige',
      },
    ],
  },
  {
    id: 'ret-7',
    themes: ['retfaerdighed', 'sammenhaengskraft'],
    sources: ['amk2020'],
    kind: 'derived',
    quotes: [
      {
        source: 'amk2020',
        text: 'Hvilke fælles udmeldinger kalder dette på ift. forvaltningens øvrige ansatte',
      },
    ],
  },
  {
    id: 'ret-8',
    themes: ['retfaerdighed', 'sammenhaengskraft'],
    sources: ['kk2022'],
    kind: 'derived',
    quotes: [
      { source: 'kk2022', text: 'dem, der måske har mere brug for at møde kollegaer på kontoret' },
      { source: 'kk2022', text: 'bekymring for, om fleksibiliteten vil give en social slagside' },
    ],
  },
];

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
