import type * as Y from 'yjs';
import type { RoomKeys } from './room-keys';

/**
 * A document's content: one Y.Map named `sealed` of AES-GCM strings, each under the key that names
 * its purpose ("board", "ballot"). The relay forwards and merges these strings without opening them.
 */
const MAP = 'sealed';

export const sealedMap = (doc: Y.Doc) => doc.getMap<string>(MAP);

/** Seal `value` and put it into the document under `key`. */
export async function writeSealed(
  doc: Y.Doc,
  documentName: string,
  keys: RoomKeys,
  key: string,
  value: unknown,
): Promise<void> {
  const sealed = await keys.seal(documentName, key, value);
  sealedMap(doc).set(key, sealed);
}

/**
 * Reads one sealed value each time it changes and hands on the parsed value only when its `seq` is
 * above the last one accepted: a value played back from earlier (by the relay or a stale replica)
 * never replaces a newer one. Returns a function that stops the reading.
 */
export function watchSealed<T extends { seq: number }>(
  doc: Y.Doc,
  documentName: string,
  keys: RoomKeys,
  key: string,
  parse: (value: unknown) => T | null,
  onValue: (value: T) => void,
): () => void {
  const map = sealedMap(doc);
  let lastSeq = -1;
  let stopped = false;
  // Opening is asynchronous; reads are chained so a slow older value never lands after a newer one.
  let queue = Promise.resolve();
  const read = () => {
    const sealed = map.get(key);
    if (typeof sealed !== 'string') return;
    queue = queue.then(async () => {
      const value = parse(await keys.open(documentName, key, sealed));
      if (stopped || !value || value.seq <= lastSeq) return;
      lastSeq = value.seq;
      onValue(value);
    });
  };
  const observer = (event: Y.YMapEvent<string>) => {
    if (event.keysChanged.has(key)) read();
  };
  map.observe(observer);
  read();
  return () => {
    stopped = true;
    map.unobserve(observer);
  };
}

/** A sequence number above every earlier one, also across reloads: the clock, never below last + 1. */
export function nextSeq(last: number, nowMs: number): number {
  return Math.max(last + 1, nowMs);
}
