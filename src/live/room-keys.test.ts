import { fromBase64Url, randomSecret } from './base64url';
import { nobleCryptoPrimitives, webCryptoPrimitives } from './crypto-primitives';
import { deriveRoomKeys, pidOf } from './room-keys';

const sid = randomSecret(16);
const k = randomSecret(32);
const BALLOT = `${sid}/b/0123456789abcdef0123456789abcdef`;

describe('room keys', () => {
  it('seals a value that opens again with the same key, document and purpose', async () => {
    const keys = await deriveRoomKeys(k, sid);
    const sealed = await keys.seal(BALLOT, 'ballot', { scores: { tillid: 4 } });
    expect(await keys.open(BALLOT, 'ballot', sealed)).toEqual({ scores: { tillid: 4 } });
  });

  it('puts neither a theme name nor a plain score into what it seals', async () => {
    const keys = await deriveRoomKeys(k, sid);
    const sealed = await keys.seal(BALLOT, 'ballot', { scores: { tillid: 4, fordybelse: 5 } });
    expect(sealed).not.toMatch(/tillid|fordybelse|scores/);
    expect(new TextDecoder().decode(fromBase64Url(sealed) ?? undefined)).not.toContain('tillid');
  });

  it('refuses to open under another room key', async () => {
    const sealed = await (await deriveRoomKeys(k, sid)).seal(BALLOT, 'ballot', { a: 1 });
    const other = await deriveRoomKeys(randomSecret(32), sid);
    expect(await other.open(BALLOT, 'ballot', sealed)).toBeNull();
  });

  it('refuses to open under the same key in another room', async () => {
    const sealed = await (await deriveRoomKeys(k, sid)).seal(BALLOT, 'ballot', { a: 1 });
    const sameKeyOtherRoom = await deriveRoomKeys(k, randomSecret(16));
    expect(await sameKeyOtherRoom.open(BALLOT, 'ballot', sealed)).toBeNull();
  });

  it('refuses a value copied into another phone’s ballot or under another purpose', async () => {
    const keys = await deriveRoomKeys(k, sid);
    const sealed = await keys.seal(BALLOT, 'ballot', { a: 1 });
    expect(await keys.open(`${sid}/b/ffffffffffffffffffffffffffffffff`, 'ballot', sealed)).toBeNull();
    expect(await keys.open(BALLOT, 'board', sealed)).toBeNull();
  });

  it.each([
    ['a flipped bit in the ciphertext', (bytes: string) => flip(bytes, 20)],
    ['a flipped bit in the iv', (bytes: string) => flip(bytes, 2)],
    ['a cut-off tag', (bytes: string) => bytes.slice(0, -4)],
    ['not base64url at all', () => 'not sealed!'],
    ['an empty string', () => ''],
  ])('refuses %s', async (_name, tamper) => {
    const keys = await deriveRoomKeys(k, sid);
    const sealed = await keys.seal(BALLOT, 'ballot', { scores: { tillid: 4 } });
    expect(await keys.open(BALLOT, 'ballot', tamper(sealed))).toBeNull();
  });

  it('uses a fresh iv every time, so equal answers do not look equal on the wire', async () => {
    const keys = await deriveRoomKeys(k, sid);
    const one = await keys.seal(BALLOT, 'ballot', { scores: { tillid: 4 } });
    const two = await keys.seal(BALLOT, 'ballot', { scores: { tillid: 4 } });
    expect(one).not.toBe(two);
  });

  it('derives a join token that is neither the room key nor the encryption key', async () => {
    const keys = await deriveRoomKeys(k, sid);
    expect(keys.joinToken).toHaveLength(43);
    expect(keys.joinToken).not.toBe(k);
    expect((await deriveRoomKeys(k, sid)).joinToken).toBe(keys.joinToken);
  });

  it('throws on a room key that is not 256 bits', async () => {
    await expect(deriveRoomKeys(randomSecret(16), sid)).rejects.toThrow('bad-key');
    await expect(deriveRoomKeys('%%%', sid)).rejects.toThrow('bad-key');
  });

  it('gives the same tokens and opens each other’s values with WebCrypto and the @noble fallback', async () => {
    const web = await deriveRoomKeys(k, sid, webCryptoPrimitives(globalThis.crypto.subtle));
    const noble = await deriveRoomKeys(k, sid, await nobleCryptoPrimitives());
    expect(noble.joinToken).toBe(web.joinToken);
    expect(await noble.open(BALLOT, 'ballot', await web.seal(BALLOT, 'ballot', { n: 1 }))).toEqual({ n: 1 });
    expect(await web.open(BALLOT, 'ballot', await noble.seal(BALLOT, 'ballot', { n: 2 }))).toEqual({ n: 2 });
  });

  it('names a phone’s ballot by 32 hex characters of its secret’s hash, the same on both paths', async () => {
    const secret = randomSecret(32);
    const pid = await pidOf(secret);
    expect(pid).toMatch(/^[0-9a-f]{32}$/);
    expect(await pidOf(secret, await nobleCryptoPrimitives())).toBe(pid);
    expect(await pidOf(randomSecret(32))).not.toBe(pid);
  });
});

function flip(base64url: string, index: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const at = alphabet.indexOf(base64url[index] ?? 'A');
  return base64url.slice(0, index) + alphabet[(at + 1) % 64] + base64url.slice(index + 1);
}
