// @ts-check
import { describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  MessageType,
  Reader,
  Writer,
  readAwarenessUpdate,
  readHead,
  writeAwarenessMessage,
} from '../src/wire.mjs';

describe('wire format', () => {
  it('reads and writes numbers as lib0 does, across the byte boundaries', () => {
    for (const value of [0, 1, 127, 128, 16_383, 16_384, 2 ** 31, 2 ** 32 - 1, 2 ** 40 + 5]) {
      const bytes = new Writer().varUint(value).toUint8Array();
      expect(new Reader(bytes).varUint()).toBe(value);
    }
    expect(new Writer().varUint(127).toUint8Array()).toEqual(Uint8Array.from([0x7f]));
    expect(new Writer().varUint(128).toUint8Array()).toEqual(Uint8Array.from([0x80, 0x01]));
    expect(() => new Reader(Uint8Array.from([0x80])).varUint()).toThrow(RangeError);
  });

  it('reads an awareness update as y-protocols writes it, and writes it back byte for byte', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ pid: '0123456789abcdef0123456789abcdef', note: 'Ærø' });
    const update = encodeAwarenessUpdate(awareness, [awareness.clientID]);
    const entries = readAwarenessUpdate(update);
    expect(entries).toEqual([
      {
        clientId: awareness.clientID,
        clock: 1,
        state: JSON.stringify({ pid: '0123456789abcdef0123456789abcdef', note: 'Ærø' }),
      },
    ]);
    const message = writeAwarenessMessage('room/board', entries);
    const head = readHead(message);
    expect(head?.documentName).toBe('room/board');
    expect(head?.type).toBe(MessageType.Awareness);
    expect(head?.reader.varBytes()).toEqual(update);
  });

  it('gives no head for bytes that are not a message', () => {
    expect(readHead(Uint8Array.from([0xff, 0xff, 0xff]))).toBeNull();
    expect(readHead(Uint8Array.from([5, 0x61]))).toBeNull();
  });
});
