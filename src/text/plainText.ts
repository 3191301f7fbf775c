/**
 * Control characters and every bidirectional formatting character (embeddings, overrides, isolates, and the LRM/RLM/
 * ALM marks): shown, they would garble or visually reverse the text around them.
 */
// eslint-disable-next-line no-control-regex
export const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** What chat apps act on rather than show: a masked or plain link, a mention or tag (`<@id>`, `<#id>`, `<t:…>`). */
const LINK = /\[[^\]]*\]\(\s*<?[a-z][\w+.-]*:|:\/\//i;
const MENTION_OR_TAG = /<(?:@[!&]?\d+|#\d+|\/[^<>:]+:\d+|a?:\w+:\d+|t:-?\d+(?::\w)?)>|(?:^|\s)@(?:everyone|here)\b/i;
/** Any of the above: one test per text, as a large dataset has a million of them. */
const ANY_PROBLEM = new RegExp(`${CONTROL_OR_BIDI.source}|${LINK.source}|${MENTION_OR_TAG.source}`, 'i');

/**
 * Why a name or title of the data is not plain text, or undefined when it is: it is shown as it is written, in chats
 * that would otherwise act on it (a link hidden behind other words, a heading on a line of its own, a reversed text).
 */
export function plainTextProblem(text: string): string | undefined {
  if (!ANY_PROBLEM.test(text)) return undefined;
  if (LINK.test(text)) return 'must not hold a link';
  if (MENTION_OR_TAG.test(text)) return 'must not hold a mention or a tag (@everyone, <@…>, <#…>, <t:…>)';
  return 'must be one line of plain text: no line break, control or bidirectional formatting character';
}
