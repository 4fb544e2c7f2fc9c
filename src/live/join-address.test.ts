import { randomSecret } from './base64url';
import { joinUrl, parseJoinHash } from './join-address';
import { refusalReason } from './refusal';
import { relayUrlOf } from './relay-config';

describe('the join address', () => {
  const address = { sid: randomSecret(16), k: randomSecret(32) };

  it('carries the room key in the fragment only', () => {
    const url = new URL(joinUrl('https://servicetjek.kommune.dk/app', address));
    expect(url.pathname).toBe('/app/join.html');
    expect(url.search).toBe('');
    expect(url.hash).toContain(address.k);
  });

  it('reads back what it wrote', () => {
    const url = new URL(joinUrl('http://192.168.1.20:4173/', address));
    expect(parseJoinHash(url.hash)).toEqual(address);
  });

  it.each([
    ['an empty fragment', ''],
    ['no key', `#r=${randomSecret(16)}`],
    ['a cut-off key', `#r=${randomSecret(16)}&k=${randomSecret(32).slice(0, 30)}`],
    ['a key with a typo', `#r=${randomSecret(16)}&k=${randomSecret(32).slice(0, 42)}!`],
    ['a short room id', `#r=abc&k=${randomSecret(32)}`],
  ])('refuses %s', (_name, hash) => {
    expect(parseJoinHash(hash)).toBeNull();
  });
});

describe('refusalReason', () => {
  it.each([
    ['room-unknown', 'room-unknown'],
    ['Error: bad-key', 'bad-key'],
    ['permission-denied', 'unreachable'],
    [undefined, 'unreachable'],
  ])('reads %s as %s', (message, reason) => {
    expect(refusalReason(message)).toBe(reason);
  });
});

describe('relayUrlOf', () => {
  it.each([
    [{ relayUrl: 'wss://relay.kommune.dk' }, 'wss://relay.kommune.dk'],
    [{ relayUrl: 'ws://192.168.1.20:1234' }, 'ws://192.168.1.20:1234'],
    [{ relayUrl: 'https://relay.kommune.dk' }, null],
    [{ relayUrl: 'not a url' }, null],
    [{}, null],
    [null, null],
  ])('reads %j as %s', (config, url) => {
    expect(relayUrlOf(config)).toBe(url);
  });
});
