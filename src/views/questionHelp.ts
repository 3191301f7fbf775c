import { catalogue } from '../i18n/index.ts';
import { messageBody, type MessageBody } from './message.ts';
import { NEUTRAL_COLOUR } from './palette.ts';

/**
 * What an empty mention gets: how to ask, with examples. An empty message has no language to detect, so it speaks
 * both (English first, then French), as the bot's two audiences read them.
 */
export function questionHelpView(): MessageBody {
  const sections = (['en', 'fr'] as const).map((language) => {
    const { emptyQuestion } = catalogue(language).messages;
    return [
      `**${emptyQuestion.title}**`,
      emptyQuestion.intro,
      ...emptyQuestion.examples.map((example) => `• *${example}*`),
    ].join('\n');
  });
  return messageBody({ embeds: [{ color: NEUTRAL_COLOUR, description: sections.join('\n\n') }] });
}
