import type { PageLocale } from '../locales.ts';

/** The page's words for plain messages, the DM and the message menu (kept apart from the composer's, in i18n.ts). */
const STRINGS = {
  'en-US': {
    guildChannel: 'general',
    dmWith: (bot: string) => `${bot} (DM)`,
    places: 'Channels',
    moreActions: 'More',
    apps: 'Apps',
    noMessageCommand: 'The bot registered no message command.',
  },
  fr: {
    guildChannel: 'général',
    dmWith: (bot: string) => `${bot} (MP)`,
    places: 'Salons',
    moreActions: 'Plus',
    apps: 'Applications',
    noMessageCommand: 'Le bot n’a enregistré aucune commande de message.',
  },
} satisfies Record<PageLocale, Record<string, unknown>>;

export type MessageStrings = (typeof STRINGS)['en-US'];

export function messageStringsFor(locale: PageLocale): MessageStrings {
  return STRINGS[locale];
}
