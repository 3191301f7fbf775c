/**
 * The Discord web components write a few words of their own in English inside their shadow DOM ("used", "Only you can
 * see this • Dismiss message", "(edited)") and offer no way to change them. They are static text of the components'
 * templates, drawn once: so, once a component has drawn, its text nodes holding those words are given the page's.
 */
export type ShadowWords = Readonly<Record<string, string>>;

interface DrawnElement extends HTMLElement {
  /** Lit's promise for the end of the element's current render. */
  updateComplete?: Promise<unknown>;
}

/** Replaces, in `element`'s shadow DOM and its descendants' with a shadow root, each text matching a key of `words`. */
export async function translateShadowWords(element: HTMLElement, words: ShadowWords): Promise<void> {
  if (Object.keys(words).length === 0) return;
  const drawn = element as DrawnElement;
  await drawn.updateComplete;
  const root = drawn.shadowRoot;
  if (!root) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const key = text.trim();
    const replacement = words[key];
    if (replacement !== undefined) node.nodeValue = text.replace(key, replacement);
  }
}
