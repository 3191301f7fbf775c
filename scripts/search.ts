import { countryByCode } from '../src/domain/countries.ts';
import type { Project } from '../src/domain/schema.ts';
import { loadCatalog } from '../src/data/dataset.ts';
import type { AuthoritySide, NamedSuggestion, ProjectAnswer, Resolution } from '../src/search/catalog.ts';
import { runCli } from './cli.ts';

const MODES = ['all', 'authority', 'country', 'region', 'keyword'] as const;
type Mode = (typeof MODES)[number];
const USAGE = `usage: npm run search -- <${MODES.join('|')}> <text>   (authority accepts --side=french|partner)`;

function line(project: Project, rank: number): string {
  const partners = project.partners
    .map((partner) => `${countryByCode(partner.country)?.flag ?? ''} ${partner.name} (${partner.country})`)
    .join(' + ');
  return `${String(rank).padStart(2)}. ${project.lead.name} → ${partners}\n    ${project.title}\n    [${project.id}] ${project.region.name} · ${project.themes.join(', ')}`;
}

function suggestionLabel(suggestion: NamedSuggestion): string {
  switch (suggestion.kind) {
    case 'authority':
      return suggestion.authority.name;
    case 'country':
      return suggestion.country.name.en;
    case 'region':
      return suggestion.region.name;
    case 'theme':
      return suggestion.theme.label.en;
  }
}

function printAnswer(answer: ProjectAnswer): void {
  for (const { typed, read } of answer.corrections) console.log(`(read "${typed}" as "${read}")`);
  if (answer.projects.length === 0) {
    const close = answer.suggestions.map(suggestionLabel);
    console.log(`No result.${close.length > 0 ? ` Did you mean: ${close.join(', ')}?` : ''}`);
  }
  answer.projects.forEach((project, index) => console.log(line(project, index + 1)));
}

function printResolution<T>(resolution: Resolution<T>, label: (value: T) => string): void {
  if (!resolution.found) {
    const close = resolution.suggestions.map(label);
    console.log(`Not found.${close.length > 0 ? ` Did you mean: ${close.join(', ')}?` : ''}`);
    return;
  }
  console.log(
    `${label(resolution.value)}${resolution.certain ? '' : ' (best guess)'}: ${resolution.projects.length} project(s)`,
  );
  if (resolution.alternatives.length > 0) console.log(`  also: ${resolution.alternatives.map(label).join(', ')}`);
  resolution.projects.forEach((project, index) => console.log(line(project, index + 1)));
}

runCli(() => {
  const args = process.argv.slice(2);
  const side = (args.find((arg) => arg.startsWith('--side='))?.slice(7) ?? 'any') as AuthoritySide;
  const [mode, ...rest] = args.filter((arg) => !arg.startsWith('--'));
  const text = rest.join(' ');
  if (!MODES.includes(mode as Mode) || text.trim() === '') {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const catalog = loadCatalog();
  switch (mode as Mode) {
    case 'all':
      return printAnswer(catalog.search(text));
    case 'keyword':
      return printAnswer(catalog.keyword(text));
    case 'authority':
      return printResolution(catalog.authority(text, side), (authority) => `${authority.name} (${authority.side})`);
    case 'country':
      return printResolution(
        catalog.country(text),
        (country) => `${country.flag} ${country.name.en} (${country.code})`,
      );
    case 'region':
      return printResolution(catalog.region(text), (region) => `${region.name} (${region.code})`);
  }
});
