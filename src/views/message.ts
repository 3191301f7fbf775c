import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIAllowedMentions,
} from 'discord-api-types/v10';
import { embedLength, fitEmbed, LIMITS, truncate } from './limits.ts';

/** What the bot sends: a message body, always with mentions disabled and within Discord's limits. */
export interface MessageBody {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowed_mentions: APIAllowedMentions;
  files?: { name: string; data: Uint8Array; contentType: string; description?: string }[];
}

/** The one way views build a message, so that no payload can ping anyone or break a limit. */
export function messageBody(parts: {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  files?: MessageBody['files'];
}): MessageBody {
  return {
    ...(parts.content ? { content: truncate(parts.content, LIMITS.content) } : {}),
    embeds: withinTotal((parts.embeds ?? []).slice(0, LIMITS.embedsPerMessage).map(fitEmbed)),
    components: (parts.components ?? []).slice(0, LIMITS.actionRows),
    allowed_mentions: { parse: [] },
    ...(parts.files ? { files: parts.files } : {}),
  };
}

/** The 6,000-character total is per message: embeds that would push past it are left out. */
function withinTotal(embeds: APIEmbed[]): APIEmbed[] {
  let total = 0;
  return embeds.filter((embed) => (total += embedLength(embed)) <= LIMITS.embedTotal);
}
