import type { Collection } from '@/domain/merge-workspace';
import workspaceV1 from '../../tests/fixtures/workspace-v1.json';
import { safeStorage } from './storage';
import { readWorkspace, restoreWorkspace, unreadableKeyPrefix } from './workspace-restore';

const KEY = 'servicetjek:workspace';

function withState(edit: (state: Record<Collection, unknown[]>) => void) {
  const copy = structuredClone(workspaceV1) as unknown as {
    state: Record<Collection, unknown[]>;
    version: number;
  };
  edit(copy.state);
  return JSON.stringify(copy);
}

describe('readWorkspace', () => {
  it.each([
    ['nothing stored', null],
    ['an empty string', ''],
  ])('starts empty without a problem when there is %s', (_what, raw) => {
    expect(readWorkspace(raw)).toMatchObject({ problem: null, workspace: { teams: [] } });
  });

  it.each([
    ['broken JSON', '{"state": '],
    ['a JSON array', '[]'],
    ['a number', '42'],
    ['a state that is text', '{"state":"hello","version":1}'],
  ])('reports %s as unreadable', (_what, raw) => {
    expect(readWorkspace(raw).problem).toBe('unreadable');
  });

  it('refuses data from a newer version instead of guessing', () => {
    expect(readWorkspace('{"state":{},"version":99}').problem).toBe('newerVersion');
  });

  it('keeps every valid record and counts the ones it cannot read', () => {
    const raw = withState((state) => {
      (state.meetings[1] as Record<string, unknown>).date = 'next tuesday';
      (state.experiments[0] as Record<string, unknown>).hvad = 42;
    });
    const result = readWorkspace(raw);
    expect(result.problem).toBe('salvaged');
    expect(result.droppedRecords).toBe(2);
    expect(result.workspace.meetings.map((meeting) => meeting.id)).toEqual(['meeting-1']);
    expect(result.workspace.experiments).toEqual([]);
    expect(result.workspace.teams).toHaveLength(2);
  });

  it('drops a duplicate id rather than showing one record twice', () => {
    const raw = withState((state) => state.teams.push(state.teams[0]));
    expect(readWorkspace(raw)).toMatchObject({ problem: 'salvaged', droppedRecords: 1 });
  });

  it('reads the revision from the envelope', () => {
    expect(readWorkspace('{"state":{},"version":1,"revision":7}').revision).toBe(7);
  });
});

describe('restoreWorkspace', () => {
  it('keeps the raw text under a backup key and says so when records were dropped', () => {
    const raw = withState((state) => {
      (state.teams[1] as Record<string, unknown>).name = '';
    });
    const result = restoreWorkspace(raw, KEY, 1000);
    expect(result.notice).toEqual({
      kind: 'salvaged',
      droppedRecords: 1,
      backupKey: `${KEY}:unreadable:1000`,
    });
    expect(safeStorage.getItem(`${KEY}:unreadable:1000`)).toBe(raw);
  });

  it('keeps unreadable text verbatim and starts empty', () => {
    const result = restoreWorkspace('not json', KEY, 5);
    expect(result.notice).toEqual({ kind: 'unreadable', backupKey: `${KEY}:unreadable:5` });
    expect(safeStorage.keys(unreadableKeyPrefix(KEY))).toEqual([`${KEY}:unreadable:5`]);
    expect(result.workspace.teams).toEqual([]);
  });

  it('writes no backup when everything was read', () => {
    restoreWorkspace(JSON.stringify(workspaceV1), KEY, 5);
    expect(safeStorage.keys(unreadableKeyPrefix(KEY))).toEqual([]);
  });
});
