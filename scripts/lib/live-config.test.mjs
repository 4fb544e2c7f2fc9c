import { describe, expect, it } from 'vitest';
import { allowRelayInPolicy, liveConfigJson, relayOrigin } from './live-config.mjs';

const page = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self'; object-src 'none'" /></head>`;

describe('pointing a build at a relay', () => {
  it('adds the relay’s origin to connect-src and changes nothing else', () => {
    expect(allowRelayInPolicy(page, 'wss://relay.kommune.dk/live')).toBe(
      `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self' wss://relay.kommune.dk; object-src 'none'" /></head>`,
    );
  });

  it('reads a policy whose quotes the build wrote as entities', () => {
    const built = `<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; connect-src &#39;self&#39;; form-action &#39;none&#39;">`;
    expect(allowRelayInPolicy(built, 'ws://192.168.1.20:1234')).toBe(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self' ws://192.168.1.20:1234; form-action 'none'">`,
    );
  });

  it('replaces an earlier relay instead of adding a second', () => {
    const once = allowRelayInPolicy(page, 'ws://192.168.1.20:1234');
    expect(allowRelayInPolicy(once, 'wss://relay.kommune.dk')).toContain(
      "connect-src 'self' wss://relay.kommune.dk;",
    );
  });

  it.each(['https://relay.kommune.dk', 'relay.kommune.dk', 'javascript:alert(1)'])(
    'refuses %s',
    (address) => {
      expect(() => relayOrigin(address)).toThrow();
    },
  );

  it('refuses a page without the policy', () => {
    expect(() => allowRelayInPolicy('<head></head>', 'wss://relay.kommune.dk')).toThrow(
      'Content-Security-Policy',
    );
  });

  it('writes the config the app reads', () => {
    expect(JSON.parse(liveConfigJson({ relayUrl: 'wss://relay.kommune.dk' }))).toEqual({
      relayUrl: 'wss://relay.kommune.dk',
    });
  });
});
