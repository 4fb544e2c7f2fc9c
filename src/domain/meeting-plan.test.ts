import { describe, expect, it } from 'vitest';
import {
  draftFromMeeting,
  draftFromPrefill,
  isIsoDate,
  parsePlanDraft,
  type MeetingPlanDraft,
} from './meeting-plan';
import { dialogMeeting } from '../../tests/meeting-fixture';

const draft: MeetingPlanDraft = {
  teamId: 't1',
  runbookId: 'tillid',
  themeIds: [],
  date: '2026-11-24',
  startTime: '09:00',
  availableMinutes: '90',
  participants: '12',
  groups: '2',
  tovholdere: 'Anna',
  place: 'Lokale 2',
  decisionMode: 'A',
};

describe('parsePlanDraft', () => {
  it('accepts a complete single-theme plan, with one table and the theme as its only theme', () => {
    expect(parsePlanDraft(draft)).toEqual({
      values: {
        teamId: 't1',
        runbookId: 'tillid',
        themeIds: ['tillid'],
        date: '2026-11-24',
        startTime: '09:00',
        availableMinutes: 90,
        participants: 12,
        groups: 1,
        tovholdere: 'Anna',
        place: 'Lokale 2',
        decisionMode: 'A',
      },
      errors: {},
    });
  });

  // Each field's error, with what a person might type that it refuses.
  const refused = {
    teamId: { error: 'teamRequired', typed: [''] },
    date: { error: 'dateInvalid', typed: ['2026-02-30', ''] },
    startTime: { error: 'timeInvalid', typed: ['9:00', '24:00'] },
    availableMinutes: { error: 'availableRange', typed: ['-5', '1441', '1,5'] },
    participants: { error: 'participantsRange', typed: ['0', '501', '', '12.5'] },
    place: { error: 'textTooLong', typed: ['x'.repeat(201)] },
    tovholdere: { error: 'textTooLong', typed: ['x'.repeat(501)] },
  } as const;
  it.each(
    Object.entries(refused).flatMap(([field, { error, typed }]) =>
      typed.map((value) => [field, value, error] as const),
    ),
  )('refuses %s = %j with %s and keeps the other fields', (field, value, error) => {
    const { values, errors } = parsePlanDraft({ ...draft, [field]: value });
    expect(errors).toEqual({ [field]: error });
    expect(values).not.toHaveProperty(field);
    expect(Object.keys(values)).toHaveLength(10);
  });

  it('counts an empty time available as none given', () => {
    expect(parsePlanDraft({ ...draft, availableMinutes: '  ' }).values.availableMinutes).toBe(0);
  });

  it('needs at least two themes for the dialogmøde, and keeps them in the toolkit’s order', () => {
    const dialog = { ...draft, runbookId: 'dialogmoede' as const, groups: '3' };
    const one = parsePlanDraft({ ...dialog, themeIds: ['tillid'] });
    expect(one.errors).toEqual({ themeIds: 'themesMin' });
    expect(one.values).not.toHaveProperty('runbookId');
    const ok = parsePlanDraft({ ...dialog, themeIds: ['tillid', 'fleksibilitet'] });
    expect(ok.errors).toEqual({});
    expect(ok.values).toMatchObject({ themeIds: ['fleksibilitet', 'tillid'], groups: 3 });
  });

  it.each(['0', '51', 'x'])('refuses %j tables in the dialogmøde', (groups) => {
    const dialog = {
      ...draft,
      runbookId: 'dialogmoede' as const,
      themeIds: ['tillid', 'fordybelse'] as const,
    };
    expect(parsePlanDraft({ ...dialog, themeIds: [...dialog.themeIds], groups }).errors).toEqual({
      groups: 'groupsRange',
    });
  });
});

describe('draftFromPrefill', () => {
  const base = { teamIds: ['a', 'b'], today: '2026-11-22' };

  it('takes runbook, themes and team from the query string, with tables for the themes', () => {
    const result = draftFromPrefill({
      ...base,
      runbook: 'dialogmoede',
      themes: 'tillid,fordybelse,bogus',
      team: 'b',
    });
    expect(result).toMatchObject({
      runbookId: 'dialogmoede',
      themeIds: ['tillid', 'fordybelse'],
      teamId: 'b',
      date: '2026-11-22',
      participants: '12',
      groups: '2',
      decisionMode: 'A',
      availableMinutes: '',
    });
  });

  it.each([
    [{ themes: 'fordybelse' }, 'fordybelse'],
    [{ themes: 'tillid,retfaerdighed' }, 'dialogmoede'],
    [{ runbook: 'nonsense' }, 'sammenhaengskraft'],
    [{}, 'sammenhaengskraft'],
  ])('chooses the drejebog from %j: %s', (query, runbookId) => {
    expect(draftFromPrefill({ ...base, ...query }).runbookId).toBe(runbookId);
  });

  it('ignores an unknown team, and picks the only team when there is one', () => {
    expect(draftFromPrefill({ ...base, team: 'zzz' }).teamId).toBe('');
    expect(draftFromPrefill({ teamIds: ['solo'], today: '2026-11-22' }).teamId).toBe('solo');
  });

  it('counts the scoring round’s respondents as participants, with tables of about six', () => {
    const result = draftFromPrefill({
      ...base,
      runbook: 'dialogmoede',
      themes: 'tillid,fordybelse',
      respondents: 25,
    });
    expect(result).toMatchObject({ participants: '25', groups: '5' });
  });
});

describe('draftFromMeeting', () => {
  it('round-trips a stored meeting through the parser', () => {
    // An empty time available and an empty place: what the parser gives back for fields left blank.
    const meeting = dialogMeeting({
      themeIds: ['fleksibilitet', 'tillid'],
      date: '2026-12-01',
      startTime: '13:00',
      availableMinutes: 0,
      participants: 18,
      groups: 3,
      decisionMode: 'B',
    });
    const draftOf = draftFromMeeting(meeting);
    expect(draftOf.availableMinutes).toBe('');
    const {
      id: _id,
      assessmentRoundId: _r,
      stepMinutes: _s,
      checklist: _c,
      notes: _n,
      run: _run,
      createdAt: _a,
      ...plan
    } = meeting;
    expect(parsePlanDraft(draftOf)).toEqual({ values: plan, errors: {} });
  });
});

describe('number and date helpers', () => {
  it.each([
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['26-01-01', false],
  ])('isIsoDate(%j) = %j', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});
