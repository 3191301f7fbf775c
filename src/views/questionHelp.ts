import type { Language } from '../domain/countries.ts';
import { catalogue } from '../i18n/index.ts';
import { messageBody, type MessageBody } from './message.ts';
import { NEUTRAL_COLOUR } from './palette.ts';

/**
 * How to ask, with examples: for an empty mention, which has no language to detect, in both (English first, then
 * French), as the bot's two audiences read them; for "aide", "hello", in the language asked. Asked with the ask command
 * (`via: 'command'`), it does not send people to mentions and DMs.
 */
export function questionHelpView(
  languages: readonly Language[] = ['en', 'fr'],
  via: 'message' | 'command' = 'message',
): MessageBody {
  const sections = languages.map((language) => {
    const { emptyQuestion } = catalogue(language).messages;
    return [
      `**${emptyQuestion.title}**`,
      via === 'command' ? emptyQuestion.commandIntro : emptyQuestion.intro,
      ...emptyQuestion.examples.map((example) => `• *${example}*`),
    ].join('\n');
  });
  return messageBody({ embeds: [{ color: NEUTRAL_COLOUR, description: sections.join('\n\n') }] });
}
