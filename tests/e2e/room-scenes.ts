import { toolkitDa } from '../../src/content/da/toolkit';
import { THEME_IDS, type ThemeId } from '../../src/content/ids';

/**
 * The meetings the projector tests put on screen (room.spec.ts at 1280×720 and 1920×1080,
 * room-narrow.spec.ts on smaller screens): one team, meetings with worst-case content, and sixteen
 * proposals as a room says them.
 */
const CREATED = '2026-11-20T10:00:00.000Z';
export const THEMES = [...THEME_IDS];
export const team = { id: 'team-borgerservice', name: 'Borgerservice og Ydelser', createdAt: CREATED };

export function meeting(
  id: string,
  runbookId: string,
  themeIds: ThemeId[],
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    teamId: team.id,
    runbookId,
    themeIds,
    assessmentRoundId: null,
    date: '2026-11-23',
    startTime: '09:00',
    place: 'Mødelokale 2',
    availableMinutes: 180,
    participants: 24,
    groups: Math.max(1, themeIds.length),
    tovholdere: 'Anna og Bo',
    decisionMode: 'A',
    stepMinutes: {},
    checklist: {},
    notes: {},
    run: null,
    createdAt: CREATED,
    ...extra,
  };
}

/** Sixteen proposals as a room says them: some short, several of two lines. */
export const PROPOSAL_TEXTS = [
  'Fordybelsestid kl. 8–10 hver tirsdag og torsdag, hvor chat og telefon er slået fra',
  'Faste tider, hvor alle kan træffes',
  'Sluk chatten under fokusarbejde',
  'Fælles ugeplan for hjemmedage, så vi ved, hvem der er på kontoret hvilke dage',
  'Faste dage til borgerbetjening, fleksibelt resten af ugen',
  'Kamera tændt de første ti minutter af teammødet',
  'Et udvalg af medarbejdere former rammerne for hjemmearbejde sammen med ledelsen',
  'Fælles morgenmad en gang om ugen – også på skærm for dem, der arbejder hjemme',
  'Svar på mails inden for én arbejdsdag, også på hjemmedage',
  'En makker-ordning for nye kolleger de første seks uger',
  'Statusmøde hver mandag kl. 9.00 på 15 minutter',
  'Skriv i kalenderen, hvornår man arbejder hjemme, og hvornår man er på kontoret',
  'Stille zone i den ene ende af kontoret',
  'Telefonvagten går på skift, så alle får fordybelsestid i løbet af ugen',
  'Én fast dag om måneden, hvor hele teamet mødes fysisk og spiser frokost sammen',
  'Aftal i teamet, hvad der haster, og hvad der kan vente til næste dag',
];

export function proposals(meetingId: string, count = PROPOSAL_TEXTS.length) {
  return PROPOSAL_TEXTS.slice(0, count).map((text, index) => ({
    id: `${meetingId}-p-${index + 1}`,
    teamId: team.id,
    meetingId,
    text,
    themeId: THEMES[index % THEMES.length],
    groupId: null,
    rank: index + 1,
    quadrant: null,
    top: false,
    status: 'open',
    createdAt: CREATED,
  }));
}

/** A dialogmøde table as the projector names it: "Bord 2: Fordybelse", in the toolkit's words. */
export const tableName = (themeId: ThemeId, index: number) =>
  `Bord ${index + 1}: ${toolkitDa.themes[themeId].name}`;
