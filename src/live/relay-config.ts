/**
 * The relay a copy of the app uses comes from `config.json` beside index.html, so IT can point a
 * static copy at its own relay without rebuilding: `{ "relayUrl": "wss://relay.kommune.dk" }`.
 * No file, or no usable address, means live participation is not set up here.
 */
export async function loadRelayUrl(base: string = document.baseURI): Promise<string | null> {
  return (await loadLiveConfig(base))?.relayUrl ?? null;
}

export interface LiveConfig {
  relayUrl: string;
  /**
   * Where phones open the app: the facilitator may run it on `localhost`, which a phone cannot reach
   * (`npm run live` writes the laptop's address on the local network here). Defaults to the app's own.
   */
  joinBase: string;
}

/** The live set-up in config.json, or null when there is none (live participation is then off). */
export async function loadLiveConfig(base: string = document.baseURI): Promise<LiveConfig | null> {
  try {
    const response = await fetch(new URL('config.json', base), { cache: 'no-store' });
    if (!response.ok) return null;
    const config: unknown = await response.json();
    const relayUrl = relayUrlOf(config);
    if (!relayUrl) return null;
    return { relayUrl, joinBase: httpUrlOf(config, 'joinBase') ?? new URL('.', base).href };
  } catch {
    return null;
  }
}

function httpUrlOf(config: unknown, field: string): string | null {
  const value = (config as Record<string, unknown>)[field];
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The relay address in a parsed config.json, or null; only ws: and wss: addresses are taken. */
export function relayUrlOf(config: unknown): string | null {
  if (typeof config !== 'object' || config === null) return null;
  const value = (config as { relayUrl?: unknown }).relayUrl;
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'ws:' || url.protocol === 'wss:' ? value : null;
  } catch {
    return null;
  }
}
