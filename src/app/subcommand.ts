import * as z from 'zod';
import type { PictureRenderer } from '../render/service.ts';
import type { Catalog } from '../search/catalog.ts';
import type { en } from '../i18n/en.ts';
import type { Locale } from '../i18n/index.ts';
import type { Choice } from '../views/choices.ts';
import type { MessageBody } from '../views/message.ts';

/** The subcommands, by their English API names (the public interface: never rename). */
export type SubcommandName = keyof typeof en.subcommands;

export interface Requester {
  id: string;
  /** As shown in the server (nickname, else global name, else username). */
  displayName: string;
}

/** What a command may use: the data, the reader's language, who asked. No Discord client in sight. */
export interface CommandContext {
  catalog: Catalog;
  locale: Locale;
  user: Requester;
  /** Maps and charts, drawn off the event loop. */
  pictures: PictureRenderer;
  /**
   * Claims the person's next post for everyone (a shared card): false within the short pause after their last one,
   * so nobody floods a channel with cards.
   */
  claimPublicShare: () => boolean;
}

export type Reply =
  | { type: 'message'; body: MessageBody; ephemeral: boolean }
  /** An edit of the message clicked, then maybe a new message (a card shared from a private one). */
  | { type: 'update'; body: MessageBody; followUp?: { body: MessageBody; ephemeral: boolean } }
  | { type: 'choices'; choices: Choice[] };

interface StringOption {
  name: string;
  type: 'string';
  required?: boolean;
  autocomplete?: boolean;
  maxLength?: number;
  /** Fixed choices, value → label key; Discord enforces them, we check them again. */
  choices?: readonly { value: string; name: (locale: Locale) => string }[];
}
interface BooleanOption {
  name: string;
  type: 'boolean';
  required?: boolean;
}
export type OptionSpec = StringOption | BooleanOption;

type ValueOf<S extends OptionSpec> = S extends BooleanOption ? boolean : string;
/** The validated options of a subcommand, typed from its option specs. */
export type OptionsOf<Specs extends readonly OptionSpec[]> = {
  [S in Specs[number] as S['name']]: S extends { required: true } ? ValueOf<S> : ValueOf<S> | undefined;
};

export interface Subcommand<Specs extends readonly OptionSpec[] = readonly OptionSpec[]> {
  name: SubcommandName;
  options: Specs;
  /** A promise for work done off the event loop (pictures); the transport defers it when slow. */
  run: (context: CommandContext, options: OptionsOf<Specs>) => Reply | Promise<Reply>;
  /** Choices for the focused option, given what it holds so far. */
  autocomplete?: (
    context: CommandContext,
    focused: { name: string; value: string },
    options: Partial<OptionsOf<Specs>>,
  ) => Choice[];
}

/** A subcommand whose options are known only at run time, as the router holds them. */
export type AnySubcommand = Subcommand<readonly OptionSpec[]>;

/**
 * Declares a subcommand: plain data (name, options) and plain functions, type-checked against its own options.
 * The router validates options with `optionsSchema(options)` before calling `run`, which is what makes erasing the
 * option types here sound.
 */
export function defineSubcommand<const Specs extends readonly OptionSpec[]>(
  subcommand: Subcommand<Specs>,
): AnySubcommand {
  return subcommand as unknown as AnySubcommand;
}

/** The zod schema of a subcommand's options, derived from its specs: one definition for Discord and for checking. */
export function optionsSchema(options: readonly OptionSpec[]): z.ZodType<Record<string, string | boolean | undefined>> {
  const shape: Record<string, z.ZodType> = {};
  for (const option of options) {
    let schema: z.ZodType;
    if (option.type === 'boolean') schema = z.boolean();
    else {
      let text = z.string().trim().min(1);
      if (option.maxLength !== undefined) text = text.max(option.maxLength);
      schema = option.choices ? text.refine((value) => option.choices?.some((choice) => choice.value === value)) : text;
    }
    shape[option.name] = option.required ? schema : schema.optional();
  }
  return z.object(shape) as z.ZodType<Record<string, string | boolean | undefined>>;
}

export type { MessageBody };
