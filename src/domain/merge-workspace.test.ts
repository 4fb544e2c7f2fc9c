import type { Workspace } from './entities/workspace';
import { emptyWorkspace } from './empty-workspace';
import { countRecords, mergeIncoming, mergeThreeWay, previewMerge } from './merge-workspace';

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
    expect(names(mergeThreeWay(base, mine, theirs))).toEqual(expected);
  });
});

describe('mergeIncoming and previewMerge', () => {
  const current = ws(team('a', 'A'), team('b', 'B'));
  const incoming = ws(team('b', 'B new'), team('c', 'C'), team('a', 'A'));

  it('adds new records, replaces same-id records and keeps the rest', () => {
    expect(names(mergeIncoming(current, incoming))).toEqual(['A', 'B new', 'C']);
  });

  it('counts what a merge would add, change and leave as it is', () => {
    expect(previewMerge(current, incoming).teams).toEqual({ added: 1, changed: 1, unchanged: 1 });
    expect(previewMerge(current, incoming).meetings).toEqual({ added: 0, changed: 0, unchanged: 0 });
  });

  it('counts records across collections', () => {
    expect(countRecords(incoming)).toBe(3);
  });
});
