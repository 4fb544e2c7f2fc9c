import * as Y from 'yjs';
import { randomSecret } from './base64url';
import { parseBallot, type BallotState } from './protocol';
import { deriveRoomKeys } from './room-keys';
import { nextSeq, watchSealed, writeSealed } from './sealed-values';

const sid = randomSecret(16);
const NAME = `${sid}/b/0123456789abcdef0123456789abcdef`;

async function settle() {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('sealed values in a document', () => {
  it('hands on each newer ballot and ignores one played back from earlier', async () => {
    const keys = await deriveRoomKeys(randomSecret(32), sid);
    const doc = new Y.Doc();
    const seen: BallotState[] = [];
    watchSealed(doc, NAME, keys, 'ballot', parseBallot, (ballot) => seen.push(ballot));

    await writeSealed(doc, NAME, keys, 'ballot', { seq: 5, roundId: 'r', scores: { tillid: 2 } });
    await settle();
    const older = await keys.seal(NAME, 'ballot', { seq: 3, roundId: 'r', scores: { tillid: 5 } });
    doc.getMap<string>('sealed').set('ballot', older);
    await settle();
    await writeSealed(doc, NAME, keys, 'ballot', { seq: 6, roundId: 'r', scores: { tillid: 4 } });
    await settle();

    expect(seen.map((ballot) => ballot.scores.tillid)).toEqual([2, 4]);
  });

  it('ignores a value sealed under another key', async () => {
    const keys = await deriveRoomKeys(randomSecret(32), sid);
    const stranger = await deriveRoomKeys(randomSecret(32), sid);
    const doc = new Y.Doc();
    const seen: BallotState[] = [];
    watchSealed(doc, NAME, keys, 'ballot', parseBallot, (ballot) => seen.push(ballot));
    await writeSealed(doc, NAME, stranger, 'ballot', { seq: 9, roundId: 'r', scores: { tillid: 1 } });
    await settle();
    expect(seen).toEqual([]);
  });

  it('reads what a second replica wrote once the documents are merged', async () => {
    const keys = await deriveRoomKeys(randomSecret(32), sid);
    const phone = new Y.Doc();
    const facilitator = new Y.Doc();
    const seen: BallotState[] = [];
    watchSealed(facilitator, NAME, keys, 'ballot', parseBallot, (ballot) => seen.push(ballot));
    await writeSealed(phone, NAME, keys, 'ballot', { seq: 1, roundId: 'r', scores: { fordybelse: 5 } });
    Y.applyUpdate(facilitator, Y.encodeStateAsUpdate(phone));
    await settle();
    expect(seen).toEqual([{ seq: 1, roundId: 'r', scores: { fordybelse: 5 } }]);
  });
});

describe('nextSeq', () => {
  it.each([
    [0, 1_000, 1_000],
    [1_000, 1_000, 1_001],
    [2_000, 1_000, 2_001],
  ])('after %i at clock %i gives %i', (last, now, expected) => {
    expect(nextSeq(last, now)).toBe(expected);
  });
});
