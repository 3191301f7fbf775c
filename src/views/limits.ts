import type { APIEmbed } from 'discord-api-types/v10';

/** Discord's hard limits (../shared/reference/discord-platform-limits.md): a payload over any is rejected. */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedAuthor: 256,
  embedDescription: 4096,
  fieldsPerEmbed: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  selectOptionText: 100,
  selectPlaceholder: 150,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  filesPerMessage: 10,
  /** Per file, for a bot in a server without boosts. */
  fileBytes: 10 * 1024 * 1024,
} as const;

const ELLIPSIS = '…';

/** At most `max` UTF-16 units (what Discord counts), cut with an ellipsis, never inside a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - ELLIPSIS.length));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd() + ELLIPSIS;
}

/**
 * Typed text made to fit `max` UTF-16 units without an ellipsis, which would be read as part of it: cut after the
 * last whole word that fits (a title's first words still find it), never inside a surrogate pair.
 */
export function shortenAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.search(/\s\S*$/);
  const words = space > 0 ? cut.slice(0, space) : cut.slice(0, max).replace(/[\uD800-\uDBFF]$/, '');
  return words.trimEnd();
}

/** The characters of an embed that count towards the 6,000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** An embed within every per-part limit and within the 6,000-character total. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = {
    ...embed,
    title: embed.title === undefined ? undefined : truncate(embed.title, LIMITS.embedTitle),
    description: embed.description === undefined ? undefined : truncate(embed.description, LIMITS.embedDescription),
    author: embed.author && { ...embed.author, name: truncate(embed.author.name, LIMITS.embedAuthor) },
    footer: embed.footer && { ...embed.footer, text: truncate(embed.footer.text, LIMITS.footer) },
    fields: embed.fields?.slice(0, LIMITS.fieldsPerEmbed).map((field) => ({
      ...field,
      name: truncate(field.name, LIMITS.fieldName) || '\u200b',
      value: truncate(field.value, LIMITS.fieldValue) || '\u200b',
    })),
  };
  // Over the 6,000 total: the description gives way first, then the last fields, then the footer.
  const shrink = (text: string) => truncate(text, Math.max(1, text.length - (embedLength(fitted) - LIMITS.embedTotal)));
  if (embedLength(fitted) > LIMITS.embedTotal && fitted.description) fitted.description = shrink(fitted.description);
  while (embedLength(fitted) > LIMITS.embedTotal && fitted.fields && fitted.fields.length > 0)
    fitted.fields = fitted.fields.slice(0, -1);
  if (embedLength(fitted) > LIMITS.embedTotal && fitted.footer)
    fitted.footer = { ...fitted.footer, text: shrink(fitted.footer.text) };
  return fitted;
}
