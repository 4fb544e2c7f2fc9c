/** A child of `h()`: nodes and text; null, undefined and false are skipped. */
export type Child = Node | string | null | undefined | false;

type Props = Readonly<
  Record<string, string | number | true | false | null | undefined | ((event: Event) => void)>
>;

/**
 * Builds an element: attributes from `props` (false, null and undefined leave one out; `onClick` and
 * the like add listeners), then the children. The phone page is built from this and plain DOM:
 * React alone would take two thirds of its size budget.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: readonly (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

/** Sets an element's text only when it differs, so a live region does not announce it again. */
export function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
