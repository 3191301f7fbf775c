import '@skyra/discord-components-core/discord-messages.js';
import '@skyra/discord-components-core/discord-message.js';
import '@skyra/discord-components-core/discord-command.js';
import '@skyra/discord-components-core/discord-reply.js';
import '@skyra/discord-components-core/discord-embed.js';
import '@skyra/discord-components-core/discord-embed-description.js';
import '@skyra/discord-components-core/discord-embed-fields.js';
import '@skyra/discord-components-core/discord-embed-field.js';
import '@skyra/discord-components-core/discord-embed-footer.js';
import '@skyra/discord-components-core/discord-attachments.js';
import '@skyra/discord-components-core/discord-file-attachment.js';
import '@skyra/discord-components-core/discord-action-row.js';
import '@skyra/discord-components-core/discord-button.js';
import '@skyra/discord-components-core/discord-string-select-menu.js';
import '@skyra/discord-components-core/discord-string-select-menu-option.js';
import type { SlashCommand } from '../command-model.ts';
import type { PageLocale } from '../locales.ts';
import type { PageMessage } from '../message-view.ts';
import { api } from './api-client.ts';
import { Channel } from './channel.ts';
import { commandEntries, entryLabel } from './commands.ts';
import type { CommandEntry } from './commands.ts';
import { Composer } from './composer.ts';
import { MessageMenu } from './message-menu.ts';
import { messageStringsFor } from './message-strings.ts';
import { Places } from './places.ts';
import { ComponentKind } from './discord-numbers.ts';
import { localized, stringsFor } from './i18n.ts';
import type { PageStrings } from './i18n.ts';
import { Notices } from './notices.ts';
import { Popup } from './popup.ts';
import type { RenderContext } from './render.ts';
import { SettingsStore } from './settings.ts';

/** Discord's type for a message context-menu command. */
const MESSAGE_COMMAND = 3;

interface RegisteredMessageCommand {
  type: number;
  name: string;
  name_localizations?: Record<string, string> | null;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}

/** The page's fixed texts, marked with data-i18n="<key of PageStrings>". */
function translatePage(locale: PageLocale, strings: PageStrings): void {
  document.documentElement.lang = locale === 'fr' ? 'fr' : 'en';
  document.title = strings.title;
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    const text = strings[element.dataset.i18n as keyof PageStrings];
    if (typeof text === 'string') element.textContent = text;
  }
}

async function main(): Promise<void> {
  const settings = new SettingsStore();
  let strings = stringsFor(settings.current.locale);
  const notices = new Notices(byId('notices'), strings.dismiss);
  const report = (message: string) => notices.show(message);
  const actor = () => ({ locale: settings.current.locale, userName: settings.current.userName });

  // The server hands out what the bot registered; it is the bot's own command JSON, read as such.
  let entries: CommandEntry[] = [];
  let messageCommands: RegisteredMessageCommand[] = [];
  try {
    const registered = (await api.commands()) as (SlashCommand | RegisteredMessageCommand)[];
    // Slash commands for the composer, message commands for each message's "…" menu.
    const isMenu = (command: SlashCommand | RegisteredMessageCommand): command is RegisteredMessageCommand =>
      command.type === MESSAGE_COMMAND;
    entries = commandEntries(registered.filter((command): command is SlashCommand => !isMenu(command)));
    messageCommands = registered.filter(isMenu);
  } catch (error) {
    report(error instanceof Error ? error.message : String(error));
  }
  const bot = await api.bot().catch(() => ({ name: 'bot' }));
  let messageStrings = messageStringsFor(settings.current.locale);
  const menuLabel = (command: RegisteredMessageCommand) =>
    localized(command.name, command.name_localizations, settings.current.locale);

  // Something new asked: last time's notices go. Sending something new also brings the channel back to the latest
  // message (as Discord does); a click on an older message's button leaves the reader where they are.
  const acting = ({ follow }: { follow: boolean }) => {
    notices.clearTransient();
    if (follow) channel.followLatest();
  };
  const useComponent = (message: PageMessage, customId: string, values?: string[]) => {
    acting({ follow: false });
    return api
      .component({
        messageId: message.id,
        customId,
        componentType: values ? ComponentKind.StringSelect : ComponentKind.Button,
        ...(values ? { values } : {}),
        ...actor(),
      })
      .catch((error: unknown) => report(error instanceof Error ? error.message : String(error)));
  };

  const renderContext = (): RenderContext => ({
    locale: settings.current.locale,
    strings,
    commandLabel: (command, subcommand) => {
      const menu = messageCommands.find((candidate) => candidate.name === command);
      if (menu) return menuLabel(menu);
      const entry = entries.find((e) => e.command.name === command && e.subcommand.name === subcommand);
      return entry ? entryLabel(entry, settings.current.locale) : `/${[command, subcommand].filter(Boolean).join(' ')}`;
    },
    onButton: (message, customId) => void useComponent(message, customId),
    onSelect: (message, customId, value) => {
      // A fresh drawing closes the menu; the bot's answer arrives through the channel feed.
      channel.redraw(message.id);
      void useComponent(message, customId, [value]);
    },
    onDismiss: (message) => channel.dismiss(message.id),
    decorate: (element, message) => messageMenu.attach(element, message),
  });
  const messageMenu = new MessageMenu(
    () => messageCommands.map((command) => ({ label: menuLabel(command) })),
    messageStrings,
    (message) => {
      acting({ follow: true });
      api
        .messageCommand({ messageId: message.id, ...actor() })
        .catch((error: unknown) => report(error instanceof Error ? error.message : String(error)));
    },
  );
  // One place at a time, as Discord shows one channel: the guild channel, or this person's DM with the bot.
  const shownIn = (message: PageMessage) =>
    places.current === 'guild'
      ? message.place.kind === 'guild'
      : message.place.kind === 'dm' && message.place.userName === settings.current.userName;
  // Another place opens at its latest message, as a channel does in Discord.
  const places = new Places(byId('places'), bot.name, messageStrings, () => {
    channel.setFilter(shownIn);
    channel.followLatest();
  });
  const channel = new Channel(byId('messages'), byId('scroller'), renderContext());
  channel.setFilter(shownIn);

  const composer = new Composer(
    byId('composer'),
    {
      entries,
      popup: new Popup(byId('popup')),
      run: async (subcommand, options) => {
        acting({ follow: true });
        await api.invoke({ subcommand, options, channel: places.current, ...actor() });
      },
      say: async (content) => {
        acting({ follow: true });
        await api.say({ content, channel: places.current, ...actor() });
      },
      suggest: async (subcommand, options, focused) =>
        (await api.autocomplete({ subcommand, options, focused, channel: places.current, ...actor() })).choices,
      report,
    },
    settings.current.locale,
    strings,
  );

  const localeSelect = byId<HTMLSelectElement>('locale');
  const nameInput = byId<HTMLInputElement>('user-name');
  localeSelect.value = settings.current.locale;
  nameInput.value = settings.current.userName;
  localeSelect.addEventListener('change', () => settings.update({ locale: localeSelect.value as PageLocale }));
  nameInput.addEventListener('change', () => {
    const name = nameInput.value.trim();
    if (name) settings.update({ userName: name });
    else nameInput.value = settings.current.userName;
  });
  // Another name is another person, with their own DM.
  settings.onChange(() => channel.setFilter(shownIn));
  settings.onChange(({ locale }) => {
    if (strings === stringsFor(locale)) return;
    strings = stringsFor(locale);
    messageStrings = messageStringsFor(locale);
    places.setStrings(messageStrings);
    messageMenu.setStrings(messageStrings);
    translatePage(locale, strings);
    notices.setDismissLabel(strings.dismiss);
    composer.setLocale(locale, strings);
    channel.setContext(renderContext());
  });
  translatePage(settings.current.locale, strings);

  const feed = new EventSource('/api/events');
  feed.addEventListener('message', (event) => channel.upsert(JSON.parse(event.data as string) as PageMessage));
  feed.addEventListener('delete', (event) => {
    const { id } = JSON.parse((event as MessageEvent<string>).data) as { id: string };
    channel.remove(id);
  });
  feed.addEventListener('open', () => notices.clear('connection'));
  feed.addEventListener('error', () => notices.show(strings.connectionLost, 'connection'));
  document.body.dataset.ready = 'true';
}

main().catch((error: unknown) => {
  // Last resort: the page could not even start; say so where the user is looking.
  const message = document.createElement('p');
  message.className = 'pg-fatal';
  message.textContent = `The playground page failed to start: ${error instanceof Error ? error.message : String(error)}`;
  document.body.prepend(message);
});
