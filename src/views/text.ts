import { escapeMarkdown } from '@discordjs/formatters';
import { CONTROL_OR_BIDI } from '../text/plainText.ts';
import { truncate } from './limits.ts';

/**
 * Text a user typed (or chose as their name), made safe to echo back: markdown shown literally — masked links
 * (`[Free Nitro](https://…)` would hide where a link goes), headings and lists included, which discord.js's
 * escapeMarkdown leaves alone by default — and mentions (@everyone, <@id>, <#id>) broken with a zero-width space so they neither ping
 * (allowed_mentions is none anyway) nor render as mentions; tags are broken first, as escapeMarkdown leaves the text
 * after "<:" (an emoji's) unescaped.
 */
export function escapeUserText(text: string): string {
  const tagsBroken = text.replace(CONTROL_OR_BIDI, ' ').replace(/<(@[!&]?|#|\/|a?:|t:)/g, '<\u200b$1');
  return (
    escapeMarkdown(tagsBroken, { heading: true, bulletedList: true, numberedList: true })
      // escapeMarkdown leaves what follows "<scheme:/" alone, taking it for a link whatever the scheme ("<!;:/x *"):
      // a mark there that no backslash escapes (an even number of them is escaped backslashes) is escaped now.
      .replace(/<[^\s:]+:\/[^\s>]*/g, (link) =>
        link.replace(/(\\*)([*_~|`])/g, (found: string, slashes: string, mark: string) =>
          slashes.length % 2 === 0 ? `${slashes}\\${mark}` : found,
        ),
      )
      // discord.js's own maskedLink option escapes only the first of several links: every bracket is escaped instead.
      .replace(/[[\]]/g, '\\$&')
      .replace(/@(everyone|here)/gi, '@\u200b$1')
  );
}

/** User text shown in a title or quotes: escaped and shortened, so one long query can't crowd out the answer. */
export function quote(text: string, max = 80): string {
  return escapeUserText(truncate(text.trim(), max));
}
