import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIAllowedMentions,
} from 'discord-api-types/v10';
import { fitEmbed, LIMITS, truncate } from './limits.ts';

/** What the bot sends: a message body, always with mentions disabled and within Discord's limits. */
export interface MessageBody {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowed_mentions: APIAllowedMentions;
}

/** The one way views build a message, so that no payload can ping anyone or break a limit. */
export function messageBody(parts: {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}): MessageBody {
  return {
    ...(parts.content ? { content: truncate(parts.content, LIMITS.content) } : {}),
    embeds: (parts.embeds ?? []).slice(0, LIMITS.embedsPerMessage).map(fitEmbed),
    components: (parts.components ?? []).slice(0, LIMITS.actionRows),
    allowed_mentions: { parse: [] },
  };
}
