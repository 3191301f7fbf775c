import { parseMarkdown } from './markdown.ts';
import type { MarkdownNode } from './markdown.ts';

/** `document.createElement` with attributes and children; text children become text nodes, never markup. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

/** Discord markdown as DOM nodes. */
export function markdown(text: string): Node[] {
  return parseMarkdown(text).map(toNode);
}

const TAGS = { bold: 'strong', italic: 'em', underline: 'u', strike: 's' } as const;

function toNode(node: MarkdownNode): Node {
  switch (node.kind) {
    case 'text':
      return document.createTextNode(node.text);
    case 'break':
      return h('br');
    case 'code':
      return h('code', { class: 'pg-inline-code' }, [node.text]);
    case 'subtext':
      return h('small', { class: 'pg-subtext' }, node.children.map(toNode));
    case 'link':
      // Only http(s) gets through the parser, so no javascript: URL can be built from bot or user text.
      return h('a', { href: node.href, target: '_blank', rel: 'noopener noreferrer' }, node.children.map(toNode));
    default:
      return h(TAGS[node.kind], {}, node.children.map(toNode));
  }
}
