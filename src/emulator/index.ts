export { FakeDiscord } from './fake-discord.ts';
export { CallbackTimeoutError } from './interactions.ts';
export { withAttachmentUrls } from './message-store.ts';
export { DEFAULT_USER } from './fixtures.ts';
export type { SignedHeaders } from './http-delivery.ts';
export type {
  CallbackData,
  ChatInputInput,
  CommandOptionInput,
  ComponentInput,
  EmulatorStats,
  FailureMatch,
  FailureSpec,
  FakeAttachment,
  FakeDiscordEvents,
  FakeDiscordOptions,
  FakeMessage,
  FakeUser,
  InteractionCallback,
  InteractionOutcome,
} from './types.ts';
