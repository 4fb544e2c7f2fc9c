/**
 * The three primitives the live protocol needs: HKDF-SHA-256, SHA-256 and AES-256-GCM.
 *
 * WebCrypto where the page is a secure context (https, localhost). A phone that opens the app over
 * plain http on the meeting room's network (`npm run live`) has no `crypto.subtle`, so there the
 * audited @noble implementations do the same maths; both produce identical bytes, so a phone on one
 * and a facilitator on the other read each other. The fallback is loaded only when it is needed.
 */
export interface CryptoPrimitives {
  hkdf(ikm: Uint8Array, salt: Uint8Array, info: string, length: number): Promise<Uint8Array>;
  sha256(data: Uint8Array): Promise<Uint8Array>;
  /** AES-256-GCM with a 12-byte iv; the result carries the 16-byte tag at its end. */
  encrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Promise<Uint8Array>;
  /** Throws when the key, iv, additional data or ciphertext do not match. */
  decrypt(key: Uint8Array, iv: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Promise<Uint8Array>;
}

const encoder = new TextEncoder();

// TypeScript 5.9's DOM types want ArrayBuffer-backed views; every view made here is one.
const buffer = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>;

export function webCryptoPrimitives(subtle: SubtleCrypto): CryptoPrimitives {
  const aesKey = (key: Uint8Array, usage: KeyUsage) =>
    subtle.importKey('raw', buffer(key), 'AES-GCM', false, [usage]);
  return {
    async hkdf(ikm, salt, info, length) {
      const base = await subtle.importKey('raw', buffer(ikm), 'HKDF', false, ['deriveBits']);
      const bits = await subtle.deriveBits(
        { name: 'HKDF', hash: 'SHA-256', salt: buffer(salt), info: encoder.encode(info) },
        base,
        length * 8,
      );
      return new Uint8Array(bits);
    },
    async sha256(data) {
      return new Uint8Array(await subtle.digest('SHA-256', buffer(data)));
    },
    async encrypt(key, iv, plaintext, aad) {
      const sealed = await subtle.encrypt(
        { name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(aad) },
        await aesKey(key, 'encrypt'),
        buffer(plaintext),
      );
      return new Uint8Array(sealed);
    },
    async decrypt(key, iv, sealed, aad) {
      const plain = await subtle.decrypt(
        { name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(aad) },
        await aesKey(key, 'decrypt'),
        buffer(sealed),
      );
      return new Uint8Array(plain);
    },
  };
}

export async function nobleCryptoPrimitives(): Promise<CryptoPrimitives> {
  const [{ gcm }, { hkdf }, { sha256 }] = await Promise.all([
    import('@noble/ciphers/aes.js'),
    import('@noble/hashes/hkdf.js'),
    import('@noble/hashes/sha2.js'),
  ]);
  return {
    hkdf: async (ikm, salt, info, length) => hkdf(sha256, ikm, salt, encoder.encode(info), length),
    sha256: async (data) => sha256(data),
    encrypt: async (key, iv, plaintext, aad) => gcm(key, iv, aad).encrypt(plaintext),
    decrypt: async (key, iv, sealed, aad) => gcm(key, iv, aad).decrypt(sealed),
  };
}

let primitives: Promise<CryptoPrimitives> | undefined;

/** WebCrypto when the page may use it, the @noble fallback otherwise; chosen once per page. */
export function cryptoPrimitives(): Promise<CryptoPrimitives> {
  primitives ??= globalThis.crypto?.subtle
    ? Promise.resolve(webCryptoPrimitives(globalThis.crypto.subtle))
    : nobleCryptoPrimitives();
  return primitives;
}
