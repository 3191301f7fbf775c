import { MessageFlags } from 'discord-api-types/v10';
import type { APIApplicationCommandOptionChoice, APIEmbed } from 'discord-api-types/v10';
import { DiscordHttpError, invalidFormBody } from './http.ts';

/**
 * A subset of Discord's limits: the ones a bot realistically trips over, so tests fail here exactly as they
 * would against Discord instead of passing locally and breaking in production.
 */
const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  actionRows: 5,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

type FieldErrors = Record<string, unknown>;

/** Bodies come from the bot under test: never trust that a nested string is really there. */
const len = (value: unknown): number => (typeof value === 'string' ? value.length : 0);

function maxLength(max: number): unknown {
  return { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` }] };
}

/** Discord nests per-item errors under the array index: `{ embeds: { 0: { title: ... } } }`. */
function addIndexed(errors: FieldErrors, key: string, index: number, itemErrors: FieldErrors): void {
  if (Object.keys(itemErrors).length === 0) return;
  const previous = errors[key];
  errors[key] = { ...(typeof previous === 'object' && previous !== null ? previous : {}), [index]: itemErrors };
}

function embedErrors(embed: APIEmbed): FieldErrors {
  const errors: FieldErrors = {};
  if (len(embed.title) > LIMITS.title) errors.title = maxLength(LIMITS.title);
  if (len(embed.description) > LIMITS.description) errors.description = maxLength(LIMITS.description);
  if (len(embed.footer?.text) > LIMITS.footer) errors.footer = { text: maxLength(LIMITS.footer) };
  if (len(embed.author?.name) > LIMITS.authorName) errors.author = { name: maxLength(LIMITS.authorName) };
  const fields = Array.isArray(embed.fields) ? embed.fields : [];
  if (fields.length > LIMITS.fields) errors.fields = maxLength(LIMITS.fields);
  fields.forEach((field, index) => {
    const fieldErrors: FieldErrors = {};
    if (len(field.name) > LIMITS.fieldName) fieldErrors.name = maxLength(LIMITS.fieldName);
    if (len(field.value) > LIMITS.fieldValue) fieldErrors.value = maxLength(LIMITS.fieldValue);
    addIndexed(errors, 'fields', index, fieldErrors);
  });
  return errors;
}

function embedLength(embed: APIEmbed): number {
  const fields = Array.isArray(embed.fields) ? embed.fields : [];
  return (
    len(embed.title) +
    len(embed.description) +
    len(embed.footer?.text) +
    len(embed.author?.name) +
    fields.reduce((sum, f) => sum + len(f.name) + len(f.value), 0)
  );
}

export interface MessageContentToCheck {
  content?: string | null;
  embeds?: APIEmbed[] | null;
  components?: unknown[] | null;
  flags?: number | null;
}

/** Throws Discord's 50035 Invalid Form Body for over-limit message payloads. */
export function validateMessage(body: MessageContentToCheck): void {
  const errors: FieldErrors = {};
  if (len(body.content) > LIMITS.content) errors.content = maxLength(LIMITS.content);
  const embeds = body.embeds ?? [];
  if (embeds.length > LIMITS.embeds) errors.embeds = maxLength(LIMITS.embeds);
  embeds.forEach((embed, index) => addIndexed(errors, 'embeds', index, embedErrors(embed)));
  if (embeds.reduce((sum, e) => sum + embedLength(e), 0) > LIMITS.embedTotal) {
    errors.embeds = {
      _errors: [{ code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' }],
    };
  }
  const componentsV2 = ((body.flags ?? 0) & MessageFlags.IsComponentsV2) !== 0;
  if (!componentsV2 && (body.components?.length ?? 0) > LIMITS.actionRows) {
    errors.components = maxLength(LIMITS.actionRows);
  }
  if (Object.keys(errors).length > 0) throw invalidFormBody(errors);
}

export function assertNotEmpty(body: {
  content?: string | null;
  embeds?: unknown[] | null;
  components?: unknown[] | null;
  attachmentCount: number;
  hasPoll: boolean;
}): void {
  const empty =
    !body.content &&
    (body.embeds?.length ?? 0) === 0 &&
    (body.components?.length ?? 0) === 0 &&
    body.attachmentCount === 0 &&
    !body.hasPoll;
  if (empty) throw new DiscordHttpError(400, 50006, 'Cannot send an empty message');
}

export function validateChoices(choices: APIApplicationCommandOptionChoice[]): void {
  const errors: FieldErrors = {};
  if (choices.length > LIMITS.choices) errors.choices = maxLength(LIMITS.choices);
  choices.forEach((choice, index) => {
    const choiceErrors: FieldErrors = {};
    if (len(choice.name) === 0 || len(choice.name) > LIMITS.choiceName) {
      choiceErrors.name = maxLength(LIMITS.choiceName);
    }
    if (len(choice.value) > LIMITS.choiceValue) choiceErrors.value = maxLength(LIMITS.choiceValue);
    addIndexed(errors, 'choices', index, choiceErrors);
  });
  if (Object.keys(errors).length > 0) throw invalidFormBody({ data: errors });
}
