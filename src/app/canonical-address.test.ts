import { describe, expect, it } from 'vitest';
import { canonicalAddress } from './canonical-address';
import { fileForRoute, PRERENDERED_PAGES } from './prerendered-pages';

describe('canonicalAddress', () => {
  it('moves a theme page’s own file to the app’s hash route, in the folder the app lives in', () => {
    expect(canonicalAddress('https://intra.example/apps/st/temaer/fordybelse/', '/temaer/fordybelse')).toBe(
      'https://intra.example/apps/st/#/temaer/fordybelse',
    );
    expect(canonicalAddress('http://127.0.0.1:4194/temaer/fordybelse/index.html', '/temaer/fordybelse')).toBe(
      'http://127.0.0.1:4194/#/temaer/fordybelse',
    );
    expect(canonicalAddress('http://127.0.0.1:4194/om', '/om')).toBe('http://127.0.0.1:4194/#/om');
  });

  it('keeps the query and a hash route already in the address', () => {
    expect(canonicalAddress('http://h/x/om/?a=1', '/om')).toBe('http://h/x/?a=1#/om');
    expect(canonicalAddress('http://h/x/om/#/vurdering', '/om')).toBe('http://h/x/#/vurdering');
  });

  it('leaves index.html and addresses that are not the page’s own path alone', () => {
    expect(canonicalAddress('http://h/x/', '/')).toBeNull();
    expect(canonicalAddress('http://h/x/#/temaer', '/')).toBeNull();
    expect(canonicalAddress('http://h/x/andet/', '/om')).toBeNull();
    expect(canonicalAddress('http://h/x/omkring/', '/om')).toBeNull();
  });
});

describe('prerendered pages', () => {
  it('writes each route to its own folder’s index.html', () => {
    expect(fileForRoute('/')).toBe('index.html');
    expect(fileForRoute('/om')).toBe('om/index.html');
    expect(fileForRoute('/temaer/fordybelse')).toBe('temaer/fordybelse/index.html');
  });

  it('covers home, the themes, all six theme pages, the dialogmøde page and About', () => {
    expect(PRERENDERED_PAGES.map((page) => page.route)).toEqual([
      '/',
      '/temaer',
      '/temaer/dialogmoede',
      '/temaer/sammenhaengskraft',
      '/temaer/fleksibilitet',
      '/temaer/tilgaengelighed',
      '/temaer/fordybelse',
      '/temaer/tillid',
      '/temaer/retfaerdighed',
      '/om',
    ]);
  });
});
