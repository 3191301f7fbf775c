import { expect } from 'vitest';
import { embedLength, LIMITS } from '../../src/views/limits.ts';
import type { MessageBody } from '../../src/views/message.ts';

/** Asserts a message body is one Discord would accept and that it cannot ping anyone. */
export function expectWithinDiscordLimits(body: MessageBody): void {
  expect(body.allowed_mentions).toEqual({ parse: [] });
  expect(body.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
  expect(body.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
  expect(body.embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const embed of body.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(LIMITS.embedAuthor);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fieldsPerEmbed);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
  }
  expect(body.components.length).toBeLessThanOrEqual(LIMITS.actionRows);
  const ids: string[] = [];
  for (const row of body.components) {
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const item of row.components) {
      if ('custom_id' in item) {
        expect(item.custom_id.length).toBeGreaterThan(0);
        expect(item.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
        ids.push(item.custom_id);
      }
      if (item.type === 2 && 'label' in item) expect(item.label?.length ?? 0).toBeLessThanOrEqual(LIMITS.buttonLabel);
      if (item.type === 3) {
        expect(item.options.length).toBeGreaterThan(0);
        expect(item.options.length).toBeLessThanOrEqual(LIMITS.selectOptions);
        expect(item.placeholder?.length ?? 0).toBeLessThanOrEqual(LIMITS.selectPlaceholder);
        for (const option of item.options) {
          expect(option.label.length).toBeLessThanOrEqual(LIMITS.selectOptionText);
          expect(option.value.length).toBeLessThanOrEqual(LIMITS.selectOptionText);
          expect(option.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.selectOptionText);
        }
      }
    }
  }
  expect(new Set(ids).size).toBe(ids.length);
}

/** Asserts autocomplete choices are ones Discord would accept: at most 25, names and values of 1 to 100 characters. */
export function expectChoicesWithinDiscordLimits(choices: readonly { name: string; value: string | number }[]): void {
  expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
  for (const { name, value } of choices) {
    expect(name.length).toBeGreaterThan(0);
    expect(name.length).toBeLessThanOrEqual(LIMITS.choiceName);
    expect(String(value).length).toBeGreaterThan(0);
    expect(String(value).length).toBeLessThanOrEqual(LIMITS.choiceValue);
  }
  expect(new Set(choices.map((choice) => choice.value)).size).toBe(choices.length);
}

/** A masked link Discord would render: `[label](url)` whose bracket is not escaped. The bot's own text has none. */
export const LIVE_MASKED_LINK = /(?<!\\)\[[^\]]*\]\(\s*<?[a-z][a-z0-9+.-]*:/i;

/**
 * Asserts text shown to people can't mention anyone, hide a link behind a label, nor hide or reverse text with
 * control or bidi characters.
 */
export function expectInertText(text: string): void {
  expect(text).not.toMatch(/@(everyone|here)|<[@#]/);
  expect(text).not.toMatch(LIVE_MASKED_LINK);
  // Line breaks are ours to use; every other control and bidi formatting character is user text gone unescaped.
  // eslint-disable-next-line no-control-regex
  expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
}
