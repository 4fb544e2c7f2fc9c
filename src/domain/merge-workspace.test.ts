import type { Workspace } from './entities/workspace';
import { emptyWorkspace } from './empty-workspace';
import {
  countRecords,
  importConflicts,
  mergeIncoming,
  mergeThreeWay,
  previewMerge,
  stampChanges,
} from './merge-workspace';

const team = (id: string, name: string) => ({ id, name, createdAt: '2025-01-01T00:00:00.000Z' });
const ws = (...teams: ReturnType<typeof team>[]): Workspace => ({ ...emptyWorkspace(), teams });
const names = (workspace: Workspace) => workspace.teams.map((t) => t.name);

describe('mergeThreeWay', () => {
  const base = ws(team('a', 'A'), team('b', 'B'));
  it.each([
    ['nobody changed anything', base, base, ['A', 'B']],
    ['only theirs changed', base, ws(team('a', 'A2'), team('b', 'B')), ['A2', 'B']],
    ['only mine changed', ws(team('a', 'A1'), team('b', 'B')), base, ['A1', 'B']],
    [
      'both changed different records',
      ws(team('a', 'A1'), team('b', 'B')),
      ws(team('a', 'A'), team('b', 'B2')),
      ['A1', 'B2'],
    ],
    [
      'both changed the same record (mine is later)',
      ws(team('a', 'A1'), team('b', 'B')),
      ws(team('a', 'A2'), team('b', 'B')),
      ['A1', 'B'],
    ],
    [
      'both added records',
      ws(team('a', 'A'), team('b', 'B'), team('c', 'C')),
      ws(team('a', 'A'), team('b', 'B'), team('d', 'D')),
      ['A', 'B', 'C', 'D'],
    ],
    ['they deleted an unchanged record', base, ws(team('a', 'A')), ['A']],
    ['I deleted an unchanged record', ws(team('a', 'A')), base, ['A']],
    ['they deleted a record I edited', ws(team('a', 'A'), team('b', 'B1')), ws(team('a', 'A')), ['A', 'B1']],
    ['I deleted a record they edited', ws(team('a', 'A')), ws(team('a', 'A'), team('b', 'B2')), ['A', 'B2']],
  ])('when %s', (_case, mine, theirs, expected) => {
    expect(names(mergeThreeWay(base, mine, theirs).workspace)).toEqual(expected);
  });

  it('reports the value that lost when both changed the same field', () => {
    const result = mergeThreeWay(
      base,
      ws(team('a', 'A1'), team('b', 'B')),
      ws(team('a', 'A2'), team('b', 'B')),
    );
    expect(result.conflicts).toEqual([{ collection: 'teams', id: 'a', field: 'name', lost: 'A2' }]);
  });

  it.each([
    ['mine is one the other tab wrote before: theirs wins', 'mine', 'Tirs', ['Tirsdag', 'B']],
    ['theirs is one this tab wrote before: mine wins', 'theirs', 'Tir', ['Tirsdag', 'B']],
    ['neither was written before: mine wins and theirs is reported', 'nobody', '', ['Tirsdag', 'B']],
  ] as const)('when both changed one field and %s', (_case, outdatedSide, value, expected) => {
    const mine = outdatedSide === 'mine' ? 'Tirs' : 'Tirsdag';
    const theirs = outdatedSide === 'mine' ? 'Tirsdag' : 'Tir';
    const result = mergeThreeWay(
      base,
      ws(team('a', mine), team('b', 'B')),
      ws(team('a', theirs), team('b', 'B')),
      (side, field) =>
        side === outdatedSide && field.value === value && field.id === 'a' && field.field === 'name',
    );
    expect(names(result.workspace)).toEqual(expected);
    expect(result.conflicts).toEqual(
      outdatedSide === 'nobody' ? [{ collection: 'teams', id: 'a', field: 'name', lost: 'Tir' }] : [],
    );
  });

  it('reports nothing when both made the same change', () => {
    const same = ws(team('a', 'A1'), team('b', 'B'));
    expect(mergeThreeWay(base, same, same).conflicts).toEqual([]);
  });

  it('keeps both when two tabs changed different fields of one record', () => {
    const experiment = (fields: { hvad?: string; hvorfor?: string; updatedAt?: string }) => ({
      ...emptyWorkspace(),
      experiments: [{ id: 'e', hvad: '', hvorfor: '', ...fields }] as unknown as Workspace['experiments'],
    });
    const merged = mergeThreeWay(
      experiment({}),
      experiment({ hvad: 'Stille formiddag', updatedAt: '2026-12-02T10:00:01.000Z' }),
      experiment({ hvorfor: 'Ro til fordybelse', updatedAt: '2026-12-02T10:00:02.000Z' }),
    );
    expect(merged.conflicts).toEqual([]);
    expect(merged.workspace.experiments[0]).toMatchObject({
      hvad: 'Stille formiddag',
      hvorfor: 'Ro til fordybelse',
      updatedAt: '2026-12-02T10:00:02.000Z',
    });
  });
});

describe('mergeIncoming and previewMerge', () => {
  const at = (record: ReturnType<typeof team>, updatedAt: string) => ({ ...record, updatedAt });
  const current = ws(at(team('a', 'A here'), '2026-11-20T10:00:00.000Z'), team('b', 'B'), team('d', 'D'));
  const incoming = ws(
    at(team('a', 'A old in file'), '2026-11-01T10:00:00.000Z'),
    at(team('b', 'B newer in file'), '2026-11-25T10:00:00.000Z'),
    team('c', 'C'),
    team('d', 'D'),
  );

  it('adds new records, takes a record from the file only when it was changed later, keeps the rest', () => {
    expect(names(mergeIncoming(current, incoming))).toEqual(['A here', 'B newer in file', 'D', 'C']);
  });

  it('keeps what is here when both have the same change time', () => {
    expect(names(mergeIncoming(ws(team('a', 'Here')), ws(team('a', 'File'))))).toEqual(['Here']);
  });

  it('lists each conflict and the side it keeps', () => {
    expect(importConflicts(current, incoming).map(({ id, kept }) => ({ id, kept }))).toEqual([
      { id: 'a', kept: 'here' },
      { id: 'b', kept: 'file' },
    ]);
  });

  it('counts what a merge would add, replace, keep and leave as it is', () => {
    expect(previewMerge(current, incoming).teams).toEqual({
      added: 1,
      replaced: 1,
      keptHere: 1,
      unchanged: 1,
    });
    expect(previewMerge(current, incoming).meetings).toEqual({
      added: 0,
      replaced: 0,
      keptHere: 0,
      unchanged: 0,
    });
  });

  it('counts records across collections', () => {
    expect(countRecords(incoming)).toBe(4);
  });
});

describe('stampChanges', () => {
  const before = ws(team('a', 'A'), team('b', 'B'));
  it('stamps added and changed records and leaves untouched ones as they are', () => {
    const untouched = before.teams[1];
    const next = { teams: [{ ...before.teams[0]!, name: 'A2' }, untouched!, team('c', 'C')] };
    const stamped = stampChanges(before, next, '2026-12-02T10:00:00.000Z');
    expect(stamped.teams?.map((t) => t.updatedAt)).toEqual([
      '2026-12-02T10:00:00.000Z',
      undefined,
      '2026-12-02T10:00:00.000Z',
    ]);
    expect(stamped.teams?.[1]).toBe(untouched);
  });

  it('leaves collections the change did not set', () => {
    expect(stampChanges(before, { meetings: before.meetings }, 'now')).toEqual({ meetings: before.meetings });
    expect(stampChanges(before, {}, 'now')).toEqual({});
  });
});
