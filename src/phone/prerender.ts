import { mountPhonePage } from './phone-page';

/**
 * The phone page's first drawing, for join.html (scripts/prerender-plugin.ts runs this at build
 * time in a DOM made by jsdom): the vurderingsskema's heading and "Forbinder til mødet …" in
 * Danish. The page's script draws the same thing over it at once, then goes on from the address.
 */
export function drawPhonePage(): string {
  const root = document.createElement('div');
  const page = mountPhonePage(root, {
    initialLanguage: 'da',
    // Mounting draws from the language alone; without start() it reads no address and connects nowhere.
    hash: '',
    connect: () => new Promise(() => undefined),
  });
  page.destroy();
  return root.innerHTML;
}
