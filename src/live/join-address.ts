import { fromBase64Url } from './base64url';

/** What the QR code carries: the room id, and the room key in the fragment only. */
export interface JoinAddress {
  /** 128-bit base64url room id; the relay sees it. */
  sid: string;
  /** 256-bit base64url room key; never sent to any server. */
  k: string;
}

/**
 * The phones' address. The key sits in the `#fragment`, which browsers never send in a request, so
 * neither the web host nor the relay learns it.
 */
export function joinUrl(appBase: string, address: JoinAddress): string {
  const base = appBase.endsWith('/') ? appBase : `${appBase}/`;
  return `${base}join.html#r=${address.sid}&k=${address.k}`;
}

const bytesOf = (text: string | null) => (text === null ? 0 : (fromBase64Url(text)?.length ?? 0));

/** The address in a `location.hash`, or null when it is missing or mangled (a cut-off link, a typo). */
export function parseJoinHash(hash: string): JoinAddress | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const sid = params.get('r');
  const k = params.get('k');
  if (bytesOf(sid) !== 16 || bytesOf(k) !== 32) return null;
  return { sid: sid as string, k: k as string };
}
