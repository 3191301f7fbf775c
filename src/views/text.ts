import { escapeMarkdown } from 'discord.js';

/**
 * Text a user typed, made safe to echo back: markdown shown literally, and mentions (@everyone, <@id>, <#id>) broken
 * with a zero-width space so they neither ping (allowed_mentions is none anyway) nor render as mentions.
 */
export function escapeUserText(text: string): string {
  // Control characters and bidirectional overrides would garble or visually reverse the text around them.
  // eslint-disable-next-line no-control-regex
  return escapeMarkdown(text.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ' '))
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<(@[!&]?|#)/g, '<\u200b$1');
}

/** User text shown in a title or quotes: escaped and shortened, so one long query can't crowd out the answer. */
export function quote(text: string, max = 80): string {
  return escapeUserText(text.trim().length > max ? `${text.trim().slice(0, max - 1)}…` : text.trim());
}
