/**
 * The Discord markdown the bot writes (bold, italic, underline, strikethrough, inline code, masked links, escapes,
 * line breaks, `-# ` subtext lines), parsed into a tree the page turns into DOM nodes with textContent: text never becomes HTML.
 */
export type MarkdownNode =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: MarkdownNode[] }
  /** A line opened by `-# `: Discord's small grey text ("Understood: …"). */
  | { kind: 'subtext'; children: MarkdownNode[] }
  | { kind: 'bold' | 'italic' | 'underline' | 'strike'; children: MarkdownNode[] };

type Wrapper = 'bold' | 'italic' | 'underline' | 'strike';

/** Longest delimiters first, so `**` is bold rather than two italics. */
const DELIMITERS: readonly { mark: string; kind: Wrapper | 'code' }[] = [
  { mark: '**', kind: 'bold' },
  { mark: '__', kind: 'underline' },
  { mark: '~~', kind: 'strike' },
  { mark: '*', kind: 'italic' },
  { mark: '_', kind: 'italic' },
  { mark: '`', kind: 'code' },
];

/** What Discord lets a backslash escape. */
const ESCAPABLE = /[\\*_~`|[\]()<>#\-.:!+{}]/;
const MASKED_LINK = /^\[([^\]\n]+)\]\((https?:\/\/[^\s()]+)\)/;
const WORD = /[\p{L}\p{N}]/u;
/** `-# ` then something that is not a space: Discord reads it as subtext only at the start of a line. */
const SUBTEXT = /^-# \S/;

export function parseMarkdown(text: string): MarkdownNode[] {
  const nodes: MarkdownNode[] = [];
  let plain = '';
  const flush = () => {
    if (plain) nodes.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? '';
    const next = text[i + 1] ?? '';
    if (char === '\\' && ESCAPABLE.test(next)) {
      plain += next;
      i += 2;
      continue;
    }
    if (char === '\n') {
      flush();
      nodes.push({ kind: 'break' });
      i += 1;
      continue;
    }
    if ((i === 0 || text[i - 1] === '\n') && SUBTEXT.test(text.slice(i, i + 4))) {
      flush();
      const end = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
      nodes.push({ kind: 'subtext', children: parseMarkdown(text.slice(i + 3, end)) });
      i = end;
      continue;
    }
    const link = char === '[' ? MASKED_LINK.exec(text.slice(i)) : null;
    if (link) {
      flush();
      nodes.push({ kind: 'link', href: link[2] ?? '', children: parseMarkdown(link[1] ?? '') });
      i += link[0].length;
      continue;
    }
    const span = spanAt(text, i);
    if (span) {
      flush();
      nodes.push(span.node);
      i = span.end;
      continue;
    }
    plain += char;
    i += 1;
  }
  flush();
  return nodes;
}

/** A delimited span opening at `start`, if its closing delimiter exists and the span is not empty. */
function spanAt(text: string, start: number): { node: MarkdownNode; end: number } | undefined {
  for (const { mark, kind } of DELIMITERS) {
    if (!text.startsWith(mark, start)) continue;
    const from = start + mark.length;
    // `_` inside a word (snake_case) and `*` before a space (a list bullet, "5 * 3") do not open a span.
    if (mark === '_' && WORD.test(text[start - 1] ?? '')) continue;
    if (mark.length === 1 && mark !== '`' && /\s/.test(text[from] ?? ' ')) continue;
    const close = closingIndex(text, mark, from);
    if (close === undefined || close === from) continue;
    const inner = text.slice(from, close);
    const node: MarkdownNode =
      kind === 'code' ? { kind: 'code', text: inner } : { kind, children: parseMarkdown(inner) };
    return { node, end: close + mark.length };
  }
  return undefined;
}

function closingIndex(text: string, mark: string, from: number): number | undefined {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\' && mark !== '`') {
      i++;
      continue;
    }
    if (!text.startsWith(mark, i)) continue;
    // A single `*` or `_` is not closed by half of a doubled one (`*a **b** c*`).
    if (mark.length === 1 && mark !== '`' && text[i + 1] === mark) {
      i++;
      continue;
    }
    if (mark === '_' && WORD.test(text[i + 1] ?? '')) continue;
    return i;
  }
  return undefined;
}
