import type { PageLocale } from '../locales.ts';
import type { ShadowWords } from './shadow-words.ts';

/** The page's own words (the bot's words come from the bot, in the interaction's locale). */
const STRINGS = {
  'en-US': {
    title: 'Laureates bot playground',
    subtitle: 'The real bot, on a local fake Discord: nothing leaves this machine.',
    welcome: 'Welcome to #playground!',
    welcomeHint:
      'This channel runs the real bot against a fake Discord. Type / to pick a command, or mention @laureates-bot with a question; a message’s “…” menu has Apps → Find laureates. Change the language or your name above.',
    commands: 'Commands',
    language: 'Language',
    userName: 'Your name',
    placeholder: 'Type / for a command, or a message: @laureates-bot which projects in Benin?',
    unknownCommand: (text: string) => `No command matches “${text}”.`,
    required: (name: string) => `“${name}” is required.`,
    pickChoice: (name: string) => `Pick one of the choices offered for “${name}”.`,
    notANumber: (name: string) => `“${name}” must be a number.`,
    optional: 'optional',
    cancel: 'Cancel command',
    true: 'True',
    false: 'False',
    thinking: (bot: string) => `${bot} is thinking…`,
    loading: 'Loading options…',
    noChoices: 'No suggestions',
    connectionLost: 'Lost the connection to the playground; retrying…',
    dismiss: 'Dismiss',
    today: 'Today at',
    composerHint: 'Enter picks the highlighted suggestion · Esc, then Enter, sends what you typed',
    /** The Discord components' own English words, as they are (see shadow-words.ts). */
    shadowWords: {},
  },
  fr: {
    title: 'Bac à sable du bot des lauréats',
    subtitle: 'Le vrai bot, sur un faux Discord local : rien ne sort de cette machine.',
    welcome: 'Bienvenue dans #playground !',
    welcomeHint:
      'Ce salon fait tourner le vrai bot sur un faux Discord. Tapez / pour choisir une commande, ou mentionnez @laureates-bot avec une question ; le menu « … » d’un message propose Applications → Trouver des lauréats. Langue et nom se changent en haut.',
    commands: 'Commandes',
    language: 'Langue',
    userName: 'Votre nom',
    placeholder: 'Tapez / pour une commande, ou un message : @laureates-bot quels projets au Bénin ?',
    unknownCommand: (text: string) => `Aucune commande ne correspond à « ${text} ».`,
    required: (name: string) => `« ${name} » est obligatoire.`,
    pickChoice: (name: string) => `Choisissez une des valeurs proposées pour « ${name} ».`,
    notANumber: (name: string) => `« ${name} » doit être un nombre.`,
    optional: 'facultatif',
    cancel: 'Annuler la commande',
    true: 'Vrai',
    false: 'Faux',
    thinking: (bot: string) => `${bot} réfléchit…`,
    loading: 'Chargement des options…',
    noChoices: 'Aucune suggestion',
    connectionLost: 'Connexion au bac à sable perdue ; nouvel essai…',
    dismiss: 'Fermer',
    today: "Aujourd'hui à",
    composerHint: 'Entrée choisit la suggestion en surbrillance · Échap, puis Entrée, envoie ce que vous avez tapé',
    shadowWords: {
      used: 'a utilisé',
      'Only you can see this •': 'Vous seul pouvez voir ceci •',
      'Dismiss message': 'Ignorer le message',
      '(edited)': '(modifié)',
      'Original message was deleted': 'Le message d’origine a été supprimé',
    },
  },
} satisfies Record<PageLocale, Record<string, unknown>>;

export type PageStrings = Omit<(typeof STRINGS)['en-US'], 'shadowWords'> & { shadowWords: ShadowWords };

export function stringsFor(locale: PageLocale): PageStrings {
  return STRINGS[locale];
}

/** A name or description in the page's locale, as a Discord client shows a localised command. */
export function localized(
  base: string,
  localizations: Record<string, string> | null | undefined,
  locale: PageLocale,
): string {
  return localizations?.[locale] ?? base;
}
