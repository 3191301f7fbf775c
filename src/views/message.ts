import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIAllowedMentions,
} from 'discord-api-types/v10';
import { embedLength, fitEmbed, LIMITS, truncate } from './limits.ts';

/** A file sent with a message (a picture, an export); an embed shows an image file as `attachment://<name>`. */
export interface MessageFile {
  name: string;
  data: Uint8Array;
  contentType: string;
  /** Alt text, for screen readers. */
  description?: string;
}

/** What the bot sends: a message body, always with mentions disabled and within Discord's limits. */
export interface MessageBody {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowed_mentions: APIAllowedMentions;
  files?: MessageFile[];
}

/** The one way views build a message, so that no payload can ping anyone or break a limit. */
export function messageBody(parts: {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  files?: MessageFile[];
}): MessageBody {
  const files = parts.files ?? [];
  // A view making too many or too big files is a bug: fail loudly (the router turns it into an apology and a log).
  if (files.length > LIMITS.filesPerMessage) throw new RangeError(`${files.length} files in one message`);
  for (const file of files) {
    if (file.data.byteLength > LIMITS.fileBytes) throw new RangeError(`${file.name} is ${file.data.byteLength} bytes`);
  }
  return {
    ...(parts.content ? { content: truncate(parts.content, LIMITS.content) } : {}),
    embeds: withinTotal((parts.embeds ?? []).slice(0, LIMITS.embedsPerMessage).map(fitEmbed)),
    components: (parts.components ?? []).slice(0, LIMITS.actionRows),
    allowed_mentions: { parse: [] },
    ...(files.length > 0 ? { files } : {}),
  };
}

/** The 6,000-character total is per message: embeds that would push past it are left out. */
function withinTotal(embeds: APIEmbed[]): APIEmbed[] {
  let total = 0;
  return embeds.filter((embed) => (total += embedLength(embed)) <= LIMITS.embedTotal);
}
