import { h } from './dom.ts';

/**
 * Pictures as Discord's client shows them: an embed's picture at up to 400 px wide (the embed component caps it at
 * 300 px, too small to read a map), and a click on any picture opens it full size over the page; a click or Escape
 * closes it.
 */
const EMBED_PICTURE_STYLE = new CSSStyleSheet();
EMBED_PICTURE_STYLE.replaceSync(
  ':host .discord-embed-image { max-width: min(100%, 400px); width: 400px; height: auto; cursor: zoom-in; }',
);

/** Widens the picture of a `discord-embed` once the component has drawn itself, and makes it open full size. */
export function showEmbedPicture(embed: HTMLElement): void {
  void customElements.whenDefined('discord-embed').then(async () => {
    await (embed as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    const root = embed.shadowRoot;
    if (root && !root.adoptedStyleSheets.includes(EMBED_PICTURE_STYLE))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, EMBED_PICTURE_STYLE];
  });
  embed.addEventListener('click', (event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLImageElement && target.classList.contains('discord-embed-image')) {
      openFullSize(target.src, target.alt);
    }
  });
}

/** The picture over the page at its own size (or the window's, whichever is smaller). */
export function openFullSize(src: string, alt: string): void {
  const picture = h('img', { class: 'pg-lightbox-image', src, alt });
  const dialog = h('dialog', { class: 'pg-lightbox', 'aria-label': alt }, [picture]);
  dialog.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
