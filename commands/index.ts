import type { ListMode } from '../src/views/customId.ts';
import type { ListSource } from '../src/app/lists.ts';
import type { AnySubcommand } from '../src/app/subcommand.ts';
import { ask, askList } from './ask.ts';
export { askLanguage } from './ask.ts';
import { authority, authorityList } from './authority.ts';
import { country, countryList } from './country.ts';
import { help } from './help.ts';
import { keyword, keywordList } from './keyword.ts';
import { map } from './map.ts';
import { project } from './project.ts';
import { random } from './random.ts';
import { region, regionList } from './region.ts';
import { search, searchList } from './search.ts';
import { stats } from './stats.ts';

/** Every subcommand of `/laureates`, in the order Discord shows them. */
export const SUBCOMMANDS: readonly AnySubcommand[] = [
  ask,
  search,
  authority,
  country,
  keyword,
  region,
  project,
  stats,
  map,
  random,
  help,
];

/** What a page or export button rebuilds, by the list mode its custom_id names. */
export const LIST_SOURCES: Record<ListMode, ListSource> = {
  search: searchList,
  authority: authorityList,
  country: countryList,
  keyword: keywordList,
  region: regionList,
  ask: askList,
};
