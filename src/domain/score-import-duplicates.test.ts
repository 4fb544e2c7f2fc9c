import { describe, expect, it } from 'vitest';
import type { AssessmentResponse } from '@/domain/entities/assessment';
import { findAlreadyImported } from './score-import-duplicates';
import type { ImportedRow } from './score-table';

function stored(key: string | null, scores: AssessmentResponse['scores'], batch = 'b1'): AssessmentResponse {
  return {
    id: `r-${key}`,
    name: '',
    scores,
    source: key ? 'import' : 'sheet',
    createdAt: '2026-11-02T10:00:00Z',
    ...(key ? { importRef: { batch, key } } : {}),
  };
}
const row = (line: number, key: string, scores: AssessmentResponse['scores']): ImportedRow => ({
  line,
  key,
  scores,
});

describe('findAlreadyImported', () => {
  it('finds nothing in a round without imports, even when typed answers are the same', () => {
    expect(findAlreadyImported([row(2, 'id:1', { tillid: 4 })], [stored(null, { tillid: 4 })])).toEqual({
      lines: [],
      basis: null,
      changedAnswers: 0,
    });
  });

  it('knows rows by their Forms Id: a newer download of the same form brings only its new rows', () => {
    const existing = [stored('id:1', { tillid: 4 }), stored('id:2', { tillid: 2 })];
    const rows = [
      row(2, 'id:1', { tillid: 4 }),
      row(3, 'id:2', { tillid: 2 }),
      row(4, 'id:3', { tillid: 5 }),
    ];
    expect(findAlreadyImported(rows, existing)).toEqual({ lines: [2, 3], basis: 'ids', changedAnswers: 0 });
  });

  it('counts an Id whose answers differ now, so another form with the same ids can be told apart', () => {
    const existing = [stored('id:1', { tillid: 4 }), stored('id:2', { tillid: 2 })];
    const rows = [row(2, 'id:1', { tillid: 1 }), row(3, 'id:2', { tillid: 2 })];
    expect(findAlreadyImported(rows, existing)).toEqual({ lines: [2, 3], basis: 'ids', changedAnswers: 1 });
  });

  it('knows a file without ids when every row of an earlier import is on the same line with the same answers', () => {
    const existing = [stored('line:2', { tillid: 4 }), stored('line:3', { fordybelse: 1 })];
    const same = [row(2, 'line:2', { tillid: 4 }), row(3, 'line:3', { fordybelse: 1 })];
    expect(findAlreadyImported(same, existing)).toEqual({ lines: [2, 3], basis: 'rows', changedAnswers: 0 });
    const grown = [...same, row(4, 'line:4', { tillid: 3 })];
    expect(findAlreadyImported(grown, existing).lines).toEqual([2, 3]);
  });

  it('does not take a different file without ids for the same one because one row happens to match', () => {
    const existing = [stored('line:2', { tillid: 4 }), stored('line:3', { fordybelse: 1 })];
    const other = [row(2, 'line:2', { tillid: 4 }), row(3, 'line:3', { fordybelse: 2 })];
    expect(findAlreadyImported(other, existing)).toEqual({ lines: [], basis: null, changedAnswers: 0 });
  });

  it('judges each earlier import of a file without ids on its own', () => {
    const existing = [
      stored('line:2', { tillid: 4 }, 'first'),
      stored('line:2', { tillid: 1 }, 'second'),
      stored('line:3', { tillid: 1 }, 'second'),
    ];
    const rows = [row(2, 'line:2', { tillid: 4 }), row(3, 'line:3', { tillid: 5 })];
    expect(findAlreadyImported(rows, existing)).toEqual({ lines: [2], basis: 'rows', changedAnswers: 0 });
  });
});
