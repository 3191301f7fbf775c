import { PAGE_LOCALES } from '../locales.ts';
import type { PageLocale } from '../locales.ts';

const DEFAULT_NAME = 'Ada Lovelace';
const STORAGE_KEY = 'laureates-playground';

export interface Settings {
  locale: PageLocale;
  userName: string;
}

/** Who the page acts as and in which language; kept in localStorage so a reload keeps them. */
export class SettingsStore {
  #settings: Settings;
  readonly #listeners = new Set<(settings: Settings) => void>();

  constructor() {
    this.#settings = load();
  }

  get current(): Settings {
    return this.#settings;
  }

  update(change: Partial<Settings>): void {
    this.#settings = { ...this.#settings, ...change };
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(this.#settings));
    } catch {
      // Storage may be disabled (private mode): the settings still apply to this visit.
    }
    for (const listener of this.#listeners) listener(this.#settings);
  }

  onChange(listener: (settings: Settings) => void): void {
    this.#listeners.add(listener);
  }
}

function load(): Settings {
  const fallback: Settings = {
    locale: navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en-US',
    userName: DEFAULT_NAME,
  };
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Record<keyof Settings, unknown>>;
    const locale = PAGE_LOCALES.find((candidate) => candidate === saved.locale) ?? fallback.locale;
    const userName = typeof saved.userName === 'string' && saved.userName.trim() ? saved.userName : fallback.userName;
    return { locale, userName };
  } catch {
    return fallback;
  }
}
