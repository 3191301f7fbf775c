import { countryByCode } from '../domain/countries.ts';
import type { Partner, Project } from '../domain/schema.ts';
import { THEMES } from '../domain/themes.ts';
import type { Locale } from '../i18n/index.ts';

/** Short, shared wordings of a project, so every view names things the same way. */

export function flagOf(partner: Partner): string {
  return countryByCode(partner.country)?.flag ?? '🏳️';
}

export function countryName(code: string, { language }: Locale): string {
  return countryByCode(code)?.name[language] ?? code;
}

export function flags(project: Project): string {
  return [...new Set(project.partners.map(flagOf))].join('');
}

/** "Départements de l'Alibori et du Borgou (Bénin), Région Centrale (Togo)" in the reader's language. */
export function partnersInline(project: Project, locale: Locale): string {
  return project.partners.map((partner) => `${partner.name} (${countryName(partner.country, locale)})`).join(', ');
}

export function themesInline(project: Project, { language }: Locale): string {
  return project.themes.map((id) => `${THEMES[id].emoji} ${THEMES[id].label[language]}`).join(' · ');
}

/**
 * The title a reader reads first: the curated English translation for English readers when there is one, else the
 * published French title (the card shows the published one too).
 */
export function displayTitle(project: Project, { language }: Locale): string {
  return language === 'en' && project.titleEn ? project.titleEn : project.title;
}

/** One line a reader can recognise a project by: "Dijon → Fier". */
export function headline(project: Project): string {
  return `${project.lead.name} → ${project.partners.map((partner) => partner.name).join(', ')}`;
}
