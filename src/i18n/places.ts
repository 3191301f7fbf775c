import type { Country, Language } from '../domain/countries.ts';
import type { Departement, FrenchArticle } from '../domain/departements.ts';
import type { WorldRegion } from '../domain/geography.ts';
import type { Region } from '../domain/regions.ts';

/** A place a sentence names: a partner country, a French region or département, a world region. */
export type Place =
  | { kind: 'country'; country: Country }
  | { kind: 'region'; region: Region }
  | { kind: 'departement'; departement: Departement }
  | { kind: 'worldRegion'; region: WorldRegion };

/** A place as a sentence says it: as a subject or object ("le Mali"), and where ("au Mali"), and whether plural. */
export interface PlaceWords {
  the: string;
  in: string;
  plural: boolean;
}

/** Countries French names without an article: islands and city-states ("à Cuba", "avec Madagascar"). */
const BARE_COUNTRIES = new Set(
  'AG BH BN CU CY DJ HT IL KI KN LC MC MG MT MU NR OM PW SG SM ST TO TT TV TW VC VU WS'.split(' '),
);
/** Plural country names: "les Comores", "aux Philippines", "the Netherlands". */
const PLURAL_COUNTRIES = new Set('AE BS FJ KM MH MV NL PH SB SC US'.split(' '));
/** Masculine names whose first word ends in -e: "le Mexique", "au Cambodge", "le Royaume-Uni". */
const MASCULINE_IN_E = new Set('BZ GB KH MX MZ SR ZW'.split(' '));
/** English says "the" before these: "the United Kingdom", "the Central African Republic". */
const ENGLISH_THE_COUNTRIES = new Set([...PLURAL_COUNTRIES, 'CD', 'CF', 'CZ', 'DO', 'GB', 'GM']);

/** French regions, by INSEE code: the article people use, and the preposition of "in". */
const FRENCH_REGIONS: Readonly<Record<string, [FrenchArticle, string]>> = {
  '01': ['la', 'en'],
  '02': ['la', 'en'],
  '03': ['la', 'en'],
  // "La Réunion" and "Mayotte" are named so, with "à".
  '04': ['', 'à'],
  '06': ['', 'à'],
  '11': ['l’', 'en'],
  '24': ['le', 'en'],
  '27': ['la', 'en'],
  '28': ['la', 'en'],
  '32': ['les', 'dans les'],
  '44': ['le', 'dans le'],
  '52': ['les', 'dans les'],
  '53': ['la', 'en'],
  '75': ['la', 'en'],
  '76': ['l’', 'en'],
  // Usually said without an article: "Auvergne-Rhône-Alpes coopère avec…", "en Auvergne-Rhône-Alpes".
  '84': ['', 'en'],
  '93': ['la', 'en'],
  '94': ['la', 'en'],
};

/** World regions French names with "le" or "les" (the others are feminine, most with "l’": "l’Afrique"). */
const WORLD_REGION_ARTICLES: Readonly<Record<string, FrenchArticle>> = {
  maghreb: 'le',
  sahel: 'le',
  'middle-east': 'le',
  balkans: 'les',
  'western-balkans': 'les',
  'm49-019': 'les',
  'm49-029': 'les',
};
/** English says "the" before these: "the Sahel", "the Balkans", "the Caribbean". */
const ENGLISH_THE_REGIONS = new Set([
  'maghreb',
  'sahel',
  'middle-east',
  'balkans',
  'western-balkans',
  'm49-019',
  'm49-029',
]);

const startsWithVowel = (name: string) => /^[aeiouâàéèêëîïôöûüœ]/i.test(name);

function countryArticle({ code, name }: Country): FrenchArticle {
  if (BARE_COUNTRIES.has(code)) return '';
  if (PLURAL_COUNTRIES.has(code)) return 'les';
  if (startsWithVowel(name.fr)) return 'l’';
  // The first word is the noun that has the gender: "la Macédoine du Nord", "le Burkina Faso".
  const noun = name.fr.split(/[\s-]/)[0] ?? name.fr;
  return noun.endsWith('e') && !MASCULINE_IN_E.has(code) ? 'la' : 'le';
}

/** The preposition of "in" after an article, as French contracts it: "au" Mali, "aux" Comores, "en" France. */
function frenchIn(article: FrenchArticle, name: string): string {
  switch (article) {
    case 'le':
      return `au ${name}`;
    case 'les':
      return `aux ${name}`;
    case '':
      return `à ${name}`;
    default:
      return `en ${name}`;
  }
}

const withArticle = (article: FrenchArticle, name: string) =>
  article === '' ? name : article === 'l’' ? `l’${name}` : `${article} ${name}`;

function french(place: Place): PlaceWords {
  switch (place.kind) {
    case 'country': {
      const { name, code } = place.country;
      const article = countryArticle(place.country);
      // "en Israël": the one bare name with "en".
      const where = code === 'IL' ? `en ${name.fr}` : frenchIn(article, name.fr);
      return { the: withArticle(article, name.fr), in: where, plural: article === 'les' };
    }
    case 'region': {
      const { code, name } = place.region;
      const [article, preposition] = FRENCH_REGIONS[code] ?? ['', 'en'];
      return { the: withArticle(article, name), in: `${preposition} ${name}`, plural: article === 'les' };
    }
    case 'departement': {
      const { article, name } = place.departement;
      // "dans le Calvados", "dans les Landes", "dans l’Aude", "en Gironde", "en Seine-et-Marne", "à Paris".
      const where =
        article === 'la' || (article === '' && name.includes('-et-'))
          ? `en ${name}`
          : article === ''
            ? `à ${name}`
            : `dans ${withArticle(article, name)}`;
      return { the: withArticle(article, name), in: where, plural: article === 'les' };
    }
    case 'worldRegion': {
      const name = place.region.name.fr;
      const article = WORLD_REGION_ARTICLES[place.region.id] ?? (startsWithVowel(name) ? 'l’' : 'la');
      const where = article === 'les' ? `dans les ${name}` : frenchIn(article, name);
      return { the: withArticle(article, name), in: where, plural: article === 'les' };
    }
  }
}

function english(place: Place): PlaceWords {
  switch (place.kind) {
    case 'country': {
      const { code, name } = place.country;
      const the = ENGLISH_THE_COUNTRIES.has(code) ? `the ${name.en}` : name.en;
      return { the, in: `in ${the}`, plural: PLURAL_COUNTRIES.has(code) };
    }
    case 'worldRegion': {
      const { id, name } = place.region;
      const the = ENGLISH_THE_REGIONS.has(id) ? `the ${name.en}` : name.en;
      return { the, in: `in ${the}`, plural: name.en.endsWith('s') };
    }
    case 'region':
      return { the: place.region.name, in: `in ${place.region.name}`, plural: false };
    case 'departement':
      return { the: place.departement.name, in: `in ${place.departement.name}`, plural: false };
  }
}

/** A place as a sentence in this language says it: "le Mali" / "Mali", "au Mali" / "in Mali". */
export function placeWords(place: Place, language: Language): PlaceWords {
  return language === 'fr' ? french(place) : english(place);
}
