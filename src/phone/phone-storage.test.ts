import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLanguage, loadRoom, saveLanguage, saveRoom, type StoredRoom } from './phone-storage';
import { SID } from '../../tests/phone-boards';

/** Where the phone keeps this room's state. */
const KEY = `servicetjek:phone:${SID}`;

const room: StoredRoom = {
  pidSecret: 'secret',
  lastSeq: 7,
  board: { seq: 1, phase: 'open', roundId: 'r1', label: '', themes: ['tillid'] },
  roundId: 'r1',
  draft: { tillid: 4 },
  sent: { tillid: 3 },
  editing: true,
};

afterEach(() => vi.restoreAllMocks());

describe('what the phone keeps per room', () => {
  it('reads back what it wrote, under a key of its own per room', () => {
    saveRoom(SID, room);
    expect(loadRoom(SID)).toEqual(room);
    expect(loadRoom('another-room')).toBeNull();
    expect(Object.keys(localStorage)).toEqual([KEY]);
  });

  it.each([
    ['not JSON', '{'],
    ['no secret', JSON.stringify({ ...room, pidSecret: '' })],
    ['an array', '[]'],
  ])('starts afresh from a kept value that is %s', (_case, raw) => {
    localStorage.setItem(KEY, raw);
    expect(loadRoom(SID)).toBeNull();
  });

  it('drops what does not belong in a ballot and keeps the rest', () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        ...room,
        lastSeq: -1,
        board: { seq: 1, phase: 'open' },
        draft: { tillid: 6, fordybelse: 0, nonsense: 3, fleksibilitet: 2, retfaerdighed: 2.5 },
        sent: null,
      }),
    );
    expect(loadRoom(SID)).toEqual({
      ...room,
      lastSeq: 0,
      board: null,
      draft: { fleksibilitet: 2 },
      sent: null,
    });
  });

  it('goes on from memory when the browser refuses to store', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => saveRoom(SID, room)).not.toThrow();
    expect(() => saveLanguage('en')).not.toThrow();
    expect(loadRoom(SID)).toBeNull();
  });

  it('remembers the language chosen on the phone, and nothing else', () => {
    expect(loadLanguage()).toBeNull();
    saveLanguage('en');
    expect(loadLanguage()).toBe('en');
    localStorage.setItem('servicetjek:phone-language', 'tlh');
    expect(loadLanguage()).toBeNull();
  });
});
