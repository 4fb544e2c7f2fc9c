// Point a built copy of the app (dist/) at a relay without rebuilding: the app reads config.json
// beside index.html, and the content security policy in each page must allow that relay and no other.

/**
 * The page's CSP with `relayUrl`'s origin added to connect-src (and nothing else changed).
 * @param {string} html
 * @param {string} relayUrl ws: or wss: address
 */
export function allowRelayInPolicy(html, relayUrl) {
  const origin = relayOrigin(relayUrl);
  const meta = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;
  if (!meta.test(html))
    throw new Error('No Content-Security-Policy meta tag found: is this a build of the app?');
  return html.replace(meta, (_all, start, attribute, end) => {
    // The build writes the quotes of 'self' as &#39;: read the attribute's text, not its markup.
    const policy = attribute
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    const directives = policy.split(';').map((part) => part.trim());
    const patched = directives.map((directive) => {
      if (!directive.startsWith('connect-src')) return directive;
      const sources = directive
        .split(/\s+/)
        .slice(1)
        .filter((source) => !/^wss?:/.test(source));
      return ['connect-src', ...sources, origin].join(' ');
    });
    return `${start}${patched.join('; ').replace(/&/g, '&amp;').replace(/"/g, '&quot;')}${end}`;
  });
}

/**
 * The origin of a relay address, refusing anything that is not ws: or wss:.
 * @param {string} relayUrl
 */
export function relayOrigin(relayUrl) {
  const url = new URL(relayUrl);
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw new Error(`The relay address must start with wss:// (or ws:// on a local network): ${relayUrl}`);
  }
  return `${url.protocol}//${url.host}`;
}

/**
 * The config.json the app reads.
 * @param {{ relayUrl: string, joinBase?: string }} config
 */
export function liveConfigJson({ relayUrl, joinBase }) {
  relayOrigin(relayUrl);
  return `${JSON.stringify(joinBase ? { relayUrl, joinBase } : { relayUrl }, null, 2)}\n`;
}
