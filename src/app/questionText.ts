/**
 * Discord's markup in a message: mentions of users, roles and channels, slash-command mentions, custom emoji,
 * timestamps and guild navigation (`<@1>`, `<@!1>`, `<@&1>`, `<#1>`, `</ask:1>`, `<:x:1>`, `<a:x:1>`, `<t:1:R>`,
 * `<id:home>`). Read as words they would be ids and names the question never asked about.
 */
const MARKUP = /<(?:@[!&]?\d+|#\d+|\/[^<>\n]+:\d+|a?:\w+:\d+|t:-?\d+(?::\w)?|id:\w+)>|@(?:everyone|here)\b/gi;
/** A masked link (`[Mali](https://…)`, `[Mali](<https://…>)`): its words are the question's, its address is not. */
const MASKED_LINKS = /\[([^[\]\n]*)\]\(\s*(?:<https?:\/\/[^\s<>]*>|https?:\/\/[^\s()<>]*)\s*\)/gi;
/** Links, bare or in angle brackets (which stop Discord's preview): their words are a site's, not a question's. */
const LINKS = /<?\bhttps?:\/\/[^\s<>]+>?/gi;

/**
 * The question a message's text asks, Discord's markup and links left out: one reading for a message that mentions
 * the bot (its own mention goes too) and for the message menu's target.
 */
export function questionText(text: string): string {
  return text.replace(MARKUP, ' ').replace(MASKED_LINKS, '$1').replace(LINKS, ' ').replace(/\s+/g, ' ').trim();
}
