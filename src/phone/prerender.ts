import { mountPhonePage } from './phone-page';

// A well-formed address of no room: the page draws its "connecting" state for it and never connects.
const ANY_ROOM = `#r=${'A'.repeat(22)}&k=${'A'.repeat(43)}`;

/**
 * The phone page's first drawing, for join.html (scripts/prerender-plugin.ts runs this at build
 * time in a DOM made by jsdom): the vurderingsskema's heading and "Forbinder til mødet …" in
 * Danish. The page's script draws the same thing over it at once, then goes on from the address.
 */
export function drawPhonePage(): string {
  const root = document.createElement('div');
  const page = mountPhonePage(root, {
    initialLanguage: 'da',
    hash: ANY_ROOM,
    connect: () => new Promise(() => undefined),
    makeSecret: () => 'prerender',
  });
  page.destroy();
  return root.innerHTML;
}
