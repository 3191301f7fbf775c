import type { FakeDiscord, InteractionOutcome } from '../emulator/index.ts';
import { CallbackTimeoutError } from '../emulator/index.ts';
import type { ChannelFeed } from './feed.ts';
import { ApiError } from './http-io.ts';
import type { InteractionReply } from './message-view.ts';

/**
 * What every route of the page's API shares: the fake Discord and the channel's feed, how long the bot may take,
 * and how its answer (or its silence) becomes the page's reply. Below both the interaction and the message routes.
 */

/** Beyond Discord's 3 s callback deadline (set on the emulator), so a late bot is reported as Discord would. */
export const BOT_TIMEOUT_MS = 4000;

export interface ApiContext {
  fake: FakeDiscord;
  feed: ChannelFeed;
}

export function replyOf(outcome: InteractionOutcome, feed: ChannelFeed): InteractionReply {
  return {
    callbackType: outcome.callback.type,
    message: outcome.message ? feed.view(outcome.message) : null,
  };
}

/**
 * The bot's answer, or an error the page can show: no callback in time is what Discord reports as "The application
 * did not respond"; anything else the emulator refused is a bad gateway.
 */
export async function answered(dispatch: () => Promise<InteractionOutcome>): Promise<InteractionOutcome> {
  try {
    return await dispatch();
  } catch (error) {
    if (error instanceof CallbackTimeoutError) {
      throw new ApiError(
        504,
        `The application did not respond (no answer from the bot within ${BOT_TIMEOUT_MS / 1000} s).`,
      );
    }
    throw new ApiError(
      502,
      `The Discord emulator refused the interaction: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
