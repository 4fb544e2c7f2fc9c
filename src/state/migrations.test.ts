import { existsSync } from 'node:fs';
import workspaceV1 from '../../tests/fixtures/workspace-v1.json';
import workspaceV2 from '../../tests/fixtures/workspace-v2.json';
import { migrate, WORKSPACE_MIGRATIONS, type MigrationTable } from './migrations';
import { readWorkspace } from './workspace-restore';
import { WORKSPACE_VERSION } from './workspace-version';

// A made-up step 1 → 2 and 2 → 3, to prove the mechanism runs named steps in order without a real bump.
const SYNTHETIC: MigrationTable = {
  1: {
    name: 'teams get a colour',
    up: (data) => ({
      ...data,
      teams: (data.teams as Record<string, unknown>[]).map((team) => ({ ...team, colour: 'blue' })),
    }),
  },
  2: {
    name: 'colour becomes a list',
    up: (data) => ({
      ...data,
      teams: (data.teams as Record<string, unknown>[]).map(({ colour, ...team }) => ({
        ...team,
        colours: [colour],
      })),
    }),
  },
};

describe('migrate', () => {
  it('has a step for every released version below the current one', () => {
    for (let version = 1; version < WORKSPACE_VERSION; version += 1) {
      expect(WORKSPACE_MIGRATIONS[version]?.name).toBeTruthy();
    }
  });

  it('runs the steps in order from the stored version to the target', () => {
    const data = { teams: [{ id: 't', name: 'A' }] };
    expect(migrate(data, 1, 3, SYNTHETIC)).toEqual({ teams: [{ id: 't', name: 'A', colours: ['blue'] }] });
  });

  it('starts at the stored version, skipping steps already applied', () => {
    const data = { teams: [{ id: 't', colour: 'red' }] };
    expect(migrate(data, 2, 3, SYNTHETIC)).toEqual({ teams: [{ id: 't', colours: ['red'] }] });
  });

  it('never changes the object it was given', () => {
    const data = { teams: [{ id: 't' }] };
    migrate(data, 1, 3, SYNTHETIC);
    expect(data).toEqual({ teams: [{ id: 't' }] });
  });

  it('throws when a step is missing, so the caller keeps the raw data', () => {
    expect(() => migrate({ teams: [] }, 1, 4, SYNTHETIC)).toThrow('No migration from version 3');
  });
});

describe('fixtures of released schema versions', () => {
  it('has a fixture for every version up to the current one, so a bump cannot land without one', () => {
    for (let version = 1; version <= WORKSPACE_VERSION; version += 1) {
      expect(existsSync(`tests/fixtures/workspace-v${version}.json`), `workspace-v${version}.json`).toBe(
        true,
      );
    }
  });

  it('keeps what version 2 adds: answers from phones, the round’s phase, earlier periods, the meeting’s vote and the phones’ stop op answers', () => {
    const result = readWorkspace(JSON.stringify(workspaceV2));
    expect(result.problem).toBeNull();
    const round = result.workspace.assessments[0];
    expect(round?.livePhase).toBe('closed');
    expect(round?.responses.filter((response) => response.source === 'live')).toHaveLength(1);
    const extended = result.workspace.experiments.find((experiment) => experiment.id === 'exp-extended');
    expect(extended?.earlierPeriods?.[0]?.checkIns[0]?.learned).toContain('Roen hjælper');
    expect(extended?.earlierPeriods?.[0]?.decision.outcome).toBe('extend');
    const meeting = result.workspace.meetings[0];
    expect(meeting?.dotVote?.counts).toEqual({ 'prop-1': 7 });
    expect(Object.values(meeting?.liveProposals ?? {}).map((decision) => decision.action)).toEqual([
      'accepted',
      'hidden',
    ]);
    expect(result.workspace.experiments[0]?.checkIns[0]?.phoneAnswers?.[0]?.score).toBe(4);
  });

  it.each([
    ['workspace-v1.json', workspaceV1],
    ['workspace-v2.json', workspaceV2],
  ])('%s restores to the current schema in full', (_name, fixture) => {
    const result = readWorkspace(JSON.stringify(fixture));
    expect(result.problem).toBeNull();
    expect(result.workspace.teams.map((team) => team.name)).toEqual(['Hjemmeplejen Nord', 'Borgerservice']);
    expect(result.workspace.meetings).toHaveLength(2);
    expect(result.workspace.experiments[0]?.checkIns[0]?.learned).toContain('Frokosten virker');
    expect(result.workspace.handovers[0]?.proposalIds).toEqual(['prop-3']);
  });
});
