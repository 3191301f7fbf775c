import type {
  APIButtonComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIMessageComponentEmoji,
  APIStringSelectComponent,
} from 'discord-api-types/v10';
import type { PageLocale } from '../locales.ts';
import type { PageAttachment, PageMessage } from '../message-view.ts';
import { ButtonStyle, ComponentKind } from './discord-numbers.ts';
import { h, markdown } from './dom.ts';
import { openFullSize, showEmbedPicture } from './pictures.ts';
import type { PageStrings } from './i18n.ts';
import { translateShadowWords } from './shadow-words.ts';

export interface RenderContext {
  locale: PageLocale;
  strings: PageStrings;
  /** "/laureates country", localised, for the "used /command" header. */
  commandLabel(command: string, subcommand: string | undefined): string;
  onButton(message: PageMessage, customId: string): void;
  onSelect(message: PageMessage, customId: string, value: string): void;
  onDismiss(message: PageMessage): void;
  /** Adds what surrounds a message in Discord's client (its "…" menu). */
  decorate(element: HTMLElement, message: PageMessage): void;
}

const AVATARS = { bot: '/avatars/bot.svg', user: '/avatars/user.svg' };
const BUTTON_TYPES: Record<number, 'primary' | 'secondary' | 'success' | 'destructive'> = {
  [ButtonStyle.Primary]: 'primary',
  [ButtonStyle.Secondary]: 'secondary',
  [ButtonStyle.Success]: 'success',
  [ButtonStyle.Danger]: 'destructive',
  [ButtonStyle.Link]: 'secondary',
};
/** Discord's embed background grey, for embeds without a colour. */
const NO_COLOUR = '#1e1f22';

/** One channel message as Discord draws it, with working buttons and menus. */
export function renderMessage(message: PageMessage, context: RenderContext): HTMLElement {
  const element = h('discord-message', {
    'data-message-id': message.id,
    author: message.author.name,
    avatar: message.author.bot ? AVATARS.bot : AVATARS.user,
    bot: message.author.bot,
    ephemeral: message.ephemeral,
    // Discord marks edited text; a bot updating its embeds or buttons (pagination) shows no "(edited)".
    edited: message.editedAt !== null && !message.loading && message.content !== '',
  });
  element.timestamp = timestamp(message.createdAt, context);
  element.dismissMessageClicked = () => context.onDismiss(message);
  if (message.invocation) {
    const { userName, command, subcommand, menu } = message.invocation;
    element.append(
      h('discord-command', {
        slot: 'reply',
        author: userName,
        avatar: AVATARS.user,
        command: menu ? context.commandLabel(command, undefined) : context.commandLabel(command, subcommand),
      }),
    );
  } else if (message.replyTo) {
    // The quoted line above a reply; `mentions` off, as the bot never pings whom it answers.
    const { authorName, bot, excerpt } = message.replyTo;
    element.append(
      h('discord-reply', { slot: 'reply', author: authorName, bot, avatar: bot ? AVATARS.bot : AVATARS.user }, [
        excerpt || '…',
      ]),
    );
  }
  if (message.loading) {
    element.append(h('span', { class: 'pg-thinking' }, [context.strings.thinking(message.author.name)]));
  }
  element.append(...markdown(message.content));
  if (message.embeds.length > 0) element.append(...message.embeds.map((embed) => renderEmbed(embed)));
  const files = message.attachments.filter((attachment) => !attachment.inEmbed);
  if (files.length > 0) element.append(h('discord-attachments', { slot: 'attachments' }, files.map(renderAttachment)));
  const rows = message.components.flatMap((row) => (row.type === ComponentKind.ActionRow ? [row.components] : []));
  if (rows.length > 0) {
    element.append(
      h(
        'discord-attachments',
        { slot: 'components' },
        rows.map((row) =>
          h(
            'discord-action-row',
            {},
            row.map((component) => renderComponent(component, message, context)),
          ),
        ),
      ),
    );
  }
  context.decorate(element, message);
  void translateShadowWords(element, context.strings.shadowWords);
  for (const command of Array.from(element.querySelectorAll('discord-command'))) {
    void translateShadowWords(command, context.strings.shadowWords);
  }
  return element;
}

/** Pictures inline (click opens the full size), other files as a named download with their size. */
function renderAttachment(attachment: PageAttachment): HTMLElement {
  if (/^image\/(png|jpeg|gif|webp)$/.test(attachment.contentType ?? '')) {
    const link = h('a', { href: attachment.url, target: '_blank', rel: 'noopener' }, [
      h('img', { class: 'pg-image', src: attachment.url, alt: attachment.filename }),
    ]);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      openFullSize(attachment.url, attachment.filename);
    });
    return link;
  }
  return h('discord-file-attachment', {
    name: attachment.filename,
    bytes: String(attachment.size),
    href: attachment.url,
    target: '_blank',
    rel: 'noopener',
  });
}

/** Only the page's own attachment URLs are shown as embed pictures (no request to any other host). */
const ownUrl = (url: string | undefined): string | undefined =>
  url?.startsWith('/api/attachments/') ? url : undefined;

function renderEmbed(embed: APIEmbed): HTMLElement {
  const colour = embed.color === undefined ? NO_COLOUR : `#${embed.color.toString(16).padStart(6, '0')}`;
  const element = h('discord-embed', {
    slot: 'embeds',
    color: colour,
    'author-name': embed.author?.name,
    'embed-title': embed.title,
    url: embed.url && /^https?:\/\//.test(embed.url) ? embed.url : undefined,
    image: ownUrl(embed.image?.url),
    thumbnail: ownUrl(embed.thumbnail?.url),
  });
  if (ownUrl(embed.image?.url)) showEmbedPicture(element);
  if (embed.description) {
    element.append(h('discord-embed-description', { slot: 'description' }, markdown(embed.description)));
  }
  if (embed.fields && embed.fields.length > 0) {
    let inlineRun = 0;
    const fields = embed.fields.map((field) => {
      // Discord puts up to three inline fields side by side; a block field starts a new row.
      inlineRun = field.inline ? inlineRun + 1 : 0;
      const position = field.inline ? String(((inlineRun - 1) % 3) + 1) : undefined;
      return h(
        'discord-embed-field',
        { 'field-title': field.name, inline: field.inline === true, 'inline-index': position },
        markdown(field.value),
      );
    });
    element.append(h('discord-embed-fields', { slot: 'fields' }, fields));
  }
  if (embed.footer) element.append(h('discord-embed-footer', { slot: 'footer' }, [embed.footer.text]));
  return element;
}

function renderComponent(
  component: APIComponentInMessageActionRow,
  message: PageMessage,
  context: RenderContext,
): HTMLElement {
  if (component.type === ComponentKind.Button) return renderButton(component, message, context);
  if (component.type === ComponentKind.StringSelect) return renderSelect(component, message, context);
  return h('span', { class: 'pg-unsupported' }, [`[component type ${component.type}]`]);
}

function renderButton(button: APIButtonComponent, message: PageMessage, context: RenderContext): HTMLElement {
  // Premium (SKU) buttons carry neither label nor emoji.
  const label = 'label' in button ? [emojiText(button.emoji), button.label].filter(Boolean).join(' ') : '';
  const url = 'url' in button ? button.url : undefined;
  const element = h(
    'discord-button',
    {
      type: BUTTON_TYPES[button.style] ?? 'secondary',
      disabled: button.disabled === true,
      url: url && /^https?:\/\//.test(url) ? url : undefined,
    },
    [label],
  );
  if ('custom_id' in button && !button.disabled) {
    const customId = button.custom_id;
    element.addEventListener('click', () => context.onButton(message, customId));
  }
  return element;
}

function renderSelect(menu: APIStringSelectComponent, message: PageMessage, context: RenderContext): HTMLElement {
  const options = menu.options.map((option) => {
    const element = h('discord-string-select-menu-option', {
      label: option.label,
      description: option.description,
      emoji: emojiText(option.emoji),
      // The menu cuts long text on one line: the whole of it on hover.
      title: [option.label, option.description].filter(Boolean).join(' — '),
    });
    element.selectOption = () => context.onSelect(message, menu.custom_id, option.value);
    return element;
  });
  return h('discord-string-select-menu', { placeholder: menu.placeholder, disabled: menu.disabled === true }, options);
}

/** Unicode emoji only: custom emoji would need Discord's CDN, which a local playground does not reach. */
function emojiText(emoji: APIMessageComponentEmoji | undefined): string | undefined {
  return emoji?.id ? undefined : (emoji?.name ?? undefined);
}

function timestamp(iso: string, context: RenderContext): string {
  const date = new Date(iso);
  const time = date.toLocaleTimeString(context.locale, { hour: '2-digit', minute: '2-digit' });
  return `${context.strings.today} ${time}`;
}
