import { fromBase64Url, toBase64Url } from './base64url';
import { cryptoPrimitives, type CryptoPrimitives } from './crypto-primitives';

/**
 * What a device derives from the room key `k` (docs/live-protocol.md): the join token it shows the
 * relay, and the encryption key it never shows anyone. Separate HKDF outputs, so the relay, which
 * learns the join token, has no way to the encryption key.
 */
export interface RoomKeys {
  readonly joinToken: string;
  /** Encrypts a JSON value bound to its document and key; returns the sealed string. */
  seal(documentName: string, key: string, value: unknown): Promise<string>;
  /** The JSON value of a sealed string, or null when it was not sealed under this key for this place. */
  open(documentName: string, key: string, sealed: string): Promise<unknown>;
}

const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const additionalData = (documentName: string, key: string) => encoder.encode(`${documentName}|${key}`);

/** Derive the room's keys from `k` (256-bit base64url) and the room id; throws on a malformed `k`. */
export async function deriveRoomKeys(
  k: string,
  sid: string,
  primitives?: CryptoPrimitives,
): Promise<RoomKeys> {
  const ikm = fromBase64Url(k);
  if (!ikm || ikm.length !== 32) throw new Error('bad-key');
  const crypto = primitives ?? (await cryptoPrimitives());
  const salt = encoder.encode(sid);
  const [join, encKey] = await Promise.all([
    crypto.hkdf(ikm, salt, 'servicetjek/join', 32),
    crypto.hkdf(ikm, salt, 'servicetjek/enc', 32),
  ]);
  return {
    joinToken: toBase64Url(join),
    async seal(documentName, key, value) {
      const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const plaintext = encoder.encode(JSON.stringify(value));
      const sealed = await crypto.encrypt(encKey, iv, plaintext, additionalData(documentName, key));
      const out = new Uint8Array(IV_BYTES + sealed.length);
      out.set(iv);
      out.set(sealed, IV_BYTES);
      return toBase64Url(out);
    },
    async open(documentName, key, sealed) {
      const bytes = fromBase64Url(sealed);
      if (!bytes || bytes.length <= IV_BYTES + 16) return null;
      try {
        const plain = await crypto.decrypt(
          encKey,
          bytes.subarray(0, IV_BYTES),
          bytes.subarray(IV_BYTES),
          additionalData(documentName, key),
        );
        return JSON.parse(decoder.decode(plain)) as unknown;
      } catch {
        return null;
      }
    },
  };
}

/** A phone's ballot id: the first 32 hex characters of SHA-256 of its secret, as the relay checks it. */
export async function pidOf(pidSecret: string, primitives?: CryptoPrimitives): Promise<string> {
  const crypto = primitives ?? (await cryptoPrimitives());
  const digest = await crypto.sha256(encoder.encode(pidSecret));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, 32);
}
