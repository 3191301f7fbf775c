import { countryByCode } from '../domain/countries.ts';
import { departementByCode } from '../domain/departements.ts';
import { WORLD_REGIONS } from '../domain/geography.ts';
import { KIND_GROUPS, LEAD_KINDS } from '../domain/leadKinds.ts';
import { regionByCode } from '../domain/regions.ts';
import type { Project } from '../domain/schema.ts';
import { THEMES } from '../domain/themes.ts';
import type { Locale } from '../i18n/index.ts';
import { placeWords, type Place, type PlaceWords } from '../i18n/places.ts';
import type { Answer, Evidence } from '../search/query.ts';
import { LACKING_KEPT, type Value } from '../search/values.ts';
import type { Quantity } from '../understanding/quantity.ts';
import { emptyFilters, hasFilters, type Filters, type Query, type WhichOf } from '../understanding/query.ts';
import { callSentence } from './infoViews.ts';
import { quote } from './text.ts';

/** Values named in one sentence, at most: the rest are counted ("and 12 more"). */
const VALUES_SHOWN = 12;

const worldRegionsById = new Map(WORLD_REGIONS.map((region) => [region.id, region]));

/**
 * Each filter as the reader would name it: "Afrique", "🇨🇲 Cameroun", "thème Santé", "Landes (40)"; countries without
 * their flag for a picture, whose fonts have no emoji.
 */
export function filterLabels(
  filters: Filters,
  words: readonly string[],
  { t, language }: Locale,
  flags = true,
): string[] {
  // Kinds that go by one name together ("Intercommunalité") are shown by it.
  const group = KIND_GROUPS.find(
    ({ kinds }) => kinds.length === filters.kinds.length && kinds.every((kind) => filters.kinds.includes(kind)),
  );
  return [
    ...filters.regions.map((code) => regionByCode(code)?.name ?? code),
    ...filters.departements.map((code) => `${departementByCode(code)?.name ?? code} (${code})`),
    ...(group ? [group.label[language]] : filters.kinds.map((kind) => LEAD_KINDS[kind].label[language])),
    ...filters.authorities.map((authority) => authority.name),
    ...filters.worldRegions.map((id) => worldRegionsById.get(id)?.name[language] ?? id),
    ...filters.countries.map((code) => {
      const country = countryByCode(code);
      if (!country) return code;
      return flags ? `${country.flag} ${country.name[language]}` : country.name[language];
    }),
    ...filters.themes.map((id) => t.ask.theme(THEMES[id].label[language])),
    ...(words.length > 0 ? [t.ask.words(words.join(' '))] : []),
  ];
}

/** What a question selects, as the reader would name it: its filters and words, then what it leaves out. */
function selectionLabels(query: Query, locale: Locale, flags = true): string[] {
  const excluded = filterLabels(query.excluded, [], locale, flags);
  const { perValue } = query;
  return [
    ...filterLabels(query.filters, query.words, locale, flags),
    ...(excluded.length > 0 ? [locale.t.ask.except(excluded.join(', '))] : []),
    ...(perValue ? [quantityLabel(perValue, locale)] : []),
  ];
}

/** "plus de pays que Normandie (2)": what the values asked for must outdo, as counted. */
function outnumberLabels({ outnumber }: Query, against: Answer['against'], locale: Locale): string[] {
  if (!outnumber || !against) return [];
  const { t } = locale;
  const named = filterLabels(outnumber.than, [], locale).join(t.ask.evidenceJoin);
  return [t.ask.outnumber[outnumber.sense](t.ask.nouns[outnumber.of](2), named, against.count)];
}

/** "Oui", "Non", or "Si" to a question asked in the negative. */
function verdictOf(holds: boolean, query: Query, { t }: Locale): string {
  return !holds ? t.ask.no : query.askedNegatively ? t.ask.yesToNegative : t.ask.yes;
}

/** "au moins 2 pays", "exactly 1 project", "au plus 2 projets" (one at least: a value with none is not listed). */
function quantityLabel({ of, min, max }: Quantity, { t }: Locale): string {
  const { quantity, nouns } = t.ask;
  if (min === max) return quantity.exactly(min, nouns[of](min));
  if (max === Infinity) return quantity.atLeast(min, nouns[of](min));
  return min <= 1 ? quantity.atMost(max, nouns[of](max)) : quantity.between(min, max, nouns[of](max));
}

function whatLabel(query: Query, { t }: Locale): string {
  switch (query.ask) {
    case 'count':
      return t.ask.what.count[query.countOf ?? 'projects'];
    case 'which':
      return t.ask.what.which[valuesNoun(query.which, query.whichSide)];
    case 'yesno':
      return query.allOf ? t.ask.what.allOf[valuesNoun(query.allOf.of, query.whichSide)] : t.ask.what.yesno;
    case 'call':
      return t.ask.what.call;
    default:
      return query.compare?.either ? t.ask.what.either : t.ask.what.projects;
  }
}

/** "là seulement", "à la fois": how the values asked for must have what the question selects. */
function howTheyHaveIt(query: Query, { t }: Locale): string[] {
  if (query.ask !== 'which' && query.ask !== 'list') return [];
  return [...(query.only ? [t.ask.what.only] : []), ...(query.each ? [t.ask.what.each] : [])];
}

/** The one line every answer starts with, saying how the question was read: "Compris : projets · Afrique". */
export function understoodLine(query: Query, locale: Locale, against?: Answer['against']): string {
  const selection = selectionLabels(query, locale);
  // "tous les projets en Afrique sont-ils en Afrique centrale ?": the subject, when the question selects by more.
  const subject = query.everyOf
    ? filterLabels(query.everyOf, [], locale).filter((label) => !selection.includes(label))
    : [];
  const parts = [
    whatLabel(query, locale),
    ...subject,
    ...(query.ranks ? filterLabels(query.ranks, [], locale) : []),
    ...(query.alone ? [locale.t.ask.alone(filterLabels(query.alone.named, [], locale).join(locale.t.ask.and))] : []),
    ...selection,
    ...howTheyHaveIt(query, locale),
    ...(query.top ? [locale.t.ask.top(query.top)] : []),
    ...(query.extreme ? [locale.t.ask[query.extreme](locale.t.ask.nouns[query.extremeBy ?? 'projects'](2))] : []),
    ...outnumberLabels(query, against, locale),
    ...(query.wantsMap ? [locale.t.ask.what.map] : []),
    ...query.corrections.map(({ typed, read }) => locale.t.ask.corrected(typed, read)),
  ];
  return `-# ${locale.t.ask.understood(parts.join(' · '))}`;
}

export function valueLabel(value: Value, locale: Locale): string {
  const name = valueName(value, locale);
  if (value.kind === 'country') return `${value.country.flag} ${name}`;
  if (value.kind === 'departement') return `${value.departement.code} ${name}`;
  return value.kind === 'theme' ? `${value.theme.emoji} ${name}` : name;
}

/** A list an answer names the first few of: an array, or values made as they are read (see ValueList). */
interface Listing<T> {
  readonly length: number;
  slice(from?: number, to?: number): T[];
}

/** "A, B et C", the first few only, then "et 12 autres". */
function enumerate<T>(items: Listing<T>, label: (item: T, at: number) => string, locale: Locale): string {
  // "and 1 more" would take the room of the one it hides. Only those shown are made and labelled: a list may hold
  // 100,000.
  const shown = items.slice(0, items.length === VALUES_SHOWN + 1 ? items.length : VALUES_SHOWN).map(label);
  const rest = items.length - shown.length;
  // "and 12 more" says its own "and".
  if (rest > 0) return `${shown.join(', ')} ${locale.t.ask.moreValues(rest)}`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')}${locale.t.ask.and}${shown.at(-1) ?? ''}`;
}

/** "Normandie (12)": a value with how many of the projects have it. */
const withCount = (locale: Locale) => (value: Value) => `${valueLabel(value, locale)} (${value.count})`;

/** The one place filters name, and nothing else: "Normandie", "🇲🇱 Mali", "Afrique". */
function onlyPlace(filters: Filters): Place | undefined {
  const places: Place[] = [
    ...filters.regions.flatMap((code) => regionOf(code)),
    ...filters.departements.flatMap((code) => departementOf(code)),
    ...filters.countries.flatMap((code) => countryOf(code)),
    ...filters.worldRegions.flatMap((id) => worldRegionOf(id)),
  ];
  const others = filters.kinds.length + filters.themes.length + filters.authorities.length;
  return places.length === 1 && others === 0 ? places[0] : undefined;
}

const regionOf = (code: string): Place[] => {
  const region = regionByCode(code);
  return region ? [{ kind: 'region', region }] : [];
};
const departementOf = (code: string): Place[] => {
  const departement = departementByCode(code);
  return departement ? [{ kind: 'departement', departement }] : [];
};
const countryOf = (code: string): Place[] => {
  const country = countryByCode(code);
  return country ? [{ kind: 'country', country }] : [];
};
const worldRegionOf = (id: string): Place[] => {
  const region = worldRegionsById.get(id);
  return region ? [{ kind: 'worldRegion', region }] : [];
};

/**
 * What a question selects, as a title (a map's): "Projets en Afrique", "Projects · Normandie · theme Health"; none for
 * every project. Holds the words typed: escape it where markdown is read.
 */
export function selectionTitle(query: Query, locale: Locale): string | undefined {
  const { t, language } = locale;
  const place = onlyPlace(query.filters);
  const labels = selectionLabels(query, locale, false);
  if (place && labels.length === 1) return t.ask.projectsIn(placeWords(place, language).in);
  return labels.length > 0 ? t.ask.projectsOf(labels.join(' · ')) : undefined;
}

/** A value as a sentence says it: "le Burkina Faso", "la Nouvelle-Aquitaine"; a name or theme as listed. */
function valueWords(value: Value, locale: Locale): string {
  if (value.kind === 'country') return placeWords({ kind: 'country', country: value.country }, locale.language).the;
  if (value.kind === 'region') return placeWords({ kind: 'region', region: value.region }, locale.language).the;
  return valueLabel(value, locale);
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "**9 projets** en Afrique.", "**2 projets** : thème Eau · 🇨🇲 Cameroun.", "**14 pays partenaires** en tout." */
function countSentence(answer: Answer, locale: Locale): string {
  const { t, language } = locale;
  const { query, counts } = answer;
  const countOf = query.countOf ?? 'projects';
  const counted = t.ask.counted[countOf](counts?.[countOf] ?? answer.projects.length);
  const labels = selectionLabels(query, locale);
  if (labels.length === 0) return t.ask.inAll(counted);
  // "combien de communes ?": of that kind, not "4 collectivités chefs de file : Commune".
  const kindLabels = filterLabels({ ...emptyFilters(), kinds: query.filters.kinds }, [], locale);
  const kindsOnly = kindLabels.length > 0 && labels.length === kindLabels.length;
  if (kindsOnly && countOf === 'authorities') return t.ask.ofKind(counted, labels.join(' · '));
  if (kindsOnly && countOf === 'projects') return t.ask.ledBy(counted, labels.join(' · '));
  const place = labels.length === 1 ? onlyPlace(query.filters) : undefined;
  // Partners are not in the French region they work with: "2 pays partenaires : Grand Est", not "dans le Grand Est".
  const abroad = countOf === 'countries' || countOf === 'partners';
  const there = place && !(abroad && (place.kind === 'region' || place.kind === 'departement'));
  return there ? t.ask.inPlace(counted, placeWords(place, language).in) : t.ask.countedFor(counted, labels.join(' · '));
}

/**
 * Asked of every value of a kind, and all but this many have one: those are named instead of the others (no more than
 * an answer keeps of them).
 */
const FEW_LACKING = Math.min(3, LACKING_KEPT);

/** What the values asked for are called: partner authorities are authorities on the partner side. */
const valuesNoun = (which: WhichOf | undefined, side: Query['whichSide']) =>
  which === 'authorities' && side === 'partner' ? 'partners' : (which ?? 'regions');

function whichSentence(answer: Answer, locale: Locale): string {
  const { query, values } = answer;
  const key = valuesNoun(query.which, query.whichSide);
  // "qui travaille avec le plus de pays ?": each one's number of countries, not of projects, beside its name — or,
  // when more are level than asked for, once after them.
  const { measured } = answer;
  const quantity = query.extreme ? query.extremeBy : query.perValue?.of;
  const by = quantity !== 'projects' ? quantity : undefined;
  const measure = (at: number) => `${measured?.[at] ?? 0} ${by ? locale.t.ask.nouns[by](measured?.[at] ?? 0) : ''}`;
  // More of the most (or fewest) than asked for: some are level.
  const tied = query.extreme !== undefined && values.length > (query.top ?? 1);
  const level = tied && by !== undefined && measured !== undefined && measured.every((count) => count === measured[0]);
  const label =
    measured && by
      ? (value: Value, at: number) =>
          level ? valueLabel(value, locale) : `${valueLabel(value, locale)} (${measure(at)})`
      : withCount(locale);
  const sentence = locale.t.ask.values(locale.t.ask.counted[key](values.length), enumerate(values, label, locale));
  if (!tied) return sentence;
  return `${sentence} ${level ? locale.t.ask.tiedAt(measure(0)) : locale.t.ask.tied}`;
}

/** "**10 régions françaises** sans projet : Bretagne, Centre-Val de Loire, …": names alone, each has none. */
function withoutSentence({ query, values }: Answer, locale: Locale): string {
  const key = query.which ?? query.countOf ?? 'regions';
  const counted = locale.t.ask.counted[key](values.length);
  // In the reader's alphabetical order, by name (the flag or emoji before it would sort first).
  const named = values.slice().map((value) => ({ label: valueLabel(value, locale), name: valueName(value, locale) }));
  named.sort((a, b) => a.name.localeCompare(b.name, locale.language));
  return locale.t.ask.withoutProjects(
    counted,
    enumerate(named, ({ label }) => label, locale),
  );
}

/** A value's name alone, in the reader's language. */
function valueName(value: Value, { language }: Locale): string {
  switch (value.kind) {
    case 'region':
      return value.region.name;
    case 'departement':
      return value.departement.name;
    case 'country':
      return value.country.name[language];
    case 'theme':
      return value.theme.label[language];
    default:
      return value.name;
  }
}

/** "la Normandie coopère avec le Burkina Faso et la Macédoine du Nord", "les Comores : aucun projet". */
function evidenceSentence(evidence: Evidence, locale: Locale): string {
  const place = evidence.words.length === 0 ? onlyPlace(evidence.about) : undefined;
  const words: PlaceWords | undefined = place && placeWords(place, locale.language);
  const subject = words?.the ?? filterLabels(evidence.about, evidence.words, locale).join(' · ');
  if (evidence.projects.length === 0) return locale.t.ask.hasNone(subject);
  const others = enumerate(evidence.values, (value) => valueWords(value, locale), locale);
  return evidence.side === 'topic'
    ? locale.t.ask.topicIn(subject, others)
    : locale.t.ask.worksWith(subject, others, words?.plural ?? false);
}

/**
 * The sentences under the "understood" line, and the projects to list below them. A question asking for what the list
 * does not hold (an amount, a date, a contact…) is told so first, then the rest of it is answered, if it asks more.
 */
function body(answer: Answer, locale: Locale): { lines: string[]; projects: readonly Project[] } {
  const { query } = answer;
  if (query.otherYears) {
    const calls = (answer.calls ?? []).map((call) => `**${call.name}**`);
    const note = locale.t.ask.otherYears(query.otherYears, calls);
    if (query.otherYearsOnly) return { lines: [note], projects: [] };
    const rest = body({ ...answer, query: { ...query, otherYears: undefined } }, locale);
    return { lines: [note, ...rest.lines], projects: rest.projects };
  }
  const notes = [
    ...(query.namesFrance ? [locale.t.ask.franceSide] : []),
    ...(query.ranked ? [locale.t.ask.notRanked] : []),
  ];
  const rest = unpublishedBody(answer, locale);
  return { lines: [...notes, ...rest.lines], projects: rest.projects };
}

function unpublishedBody(answer: Answer, locale: Locale): { lines: string[]; projects: readonly Project[] } {
  const { query } = answer;
  if (query.unpublished.length === 0) return answerBody(answer, locale);
  const { lacks, holds } = locale.t.help.data;
  const asksMore =
    query.ask !== 'list' || query.words.length > 0 || hasFilters(query.filters) || hasFilters(query.excluded);
  // Nothing else asked: what the list does hold instead.
  if (!asksMore) return { lines: [lacks, holds], projects: [] };
  const rest = answerBody(answer, locale);
  return { lines: [lacks, ...rest.lines], projects: rest.projects };
}

function answerBody(answer: Answer, locale: Locale): { lines: string[]; projects: readonly Project[] } {
  const { t } = locale;
  const { query, projects } = answer;
  if (query.withoutProjects) return { lines: [withoutSentence(answer, locale)], projects: [] };
  // "y a-t-il plus de projets en Europe qu'en Afrique ?": yes or no, with both numbers.
  if (query.compare && answer.compared) {
    const { of } = query.compare;
    const side = (filters: Filters, count: number) =>
      t.ask.compared(selectionLabels({ ...query, filters }, locale).join(' · '), t.ask.counted[of](count));
    const { first, second, counts } = answer.compared;
    const sides = `${side(query.compare.first, counts[0])}${t.ask.evidenceJoin}${side(query.compare.second, counts[1])}`;
    // "y a-t-il plus de projets en Europe ou en Asie ?": the one with more (fewer), or a tie.
    if (query.compare.either) {
      const [a, b] = counts;
      const firstOne = query.compare.sense === 'fewer' ? a < b : a > b;
      const one = selectionLabels({ ...query, filters: firstOne ? query.compare.first : query.compare.second }, locale);
      const lead = a === b ? t.ask.tied : `**${one.join(' · ')}**.`;
      return { lines: [`${lead} ${upperFirst(sides)}.`], projects };
    }
    const verdict = verdictOf(projects.length > 0, query, locale);
    // A yes lists what it is about, as any yes; a no, both sides as its evidence.
    const shown = projects.length > 0 ? projects : [...new Set([...first, ...second])];
    return { lines: [`${verdict} ${upperFirst(sides)}.`], projects: shown };
  }
  // "tous les projets sont-ils en Afrique ?", "la majorité…": how many of them are, when not all.
  if (
    query.ask === 'yesno' &&
    answer.every &&
    (projects.length === 0 || answer.every.selected.length < answer.every.of.length)
  ) {
    const { selected, of } = answer.every;
    const about = selectionLabels(query, locale).join(' · ');
    const share = t.ask.share(selected.length, of.length, about);
    const line =
      projects.length > 0
        ? `${verdictOf(true, query, locale)} ${share}`
        : `${t.ask.no} ${selected.length === 0 ? t.ask.noneOf(of.length, about) : `${t.ask.only} ${share}`}`;
    // None of them: the subject's own projects show why.
    return { lines: [line], projects: selected.length > 0 ? selected : of };
  }
  // "l'Occitanie est-elle la seule région à travailler avec le Burkina ?": yes, or no with every one that does.
  if (query.ask === 'yesno' && query.alone && answer.alone) {
    if (projects.length > 0) return { lines: [verdictOf(true, query, locale)], projects };
    const which = whichSentence({ ...answer, query: { ...query, which: query.alone.which } }, locale);
    return { lines: [`${t.ask.no} ${which}`], projects: answer.alone.selected };
  }
  // "toutes les régions travaillent-elles avec l'Afrique ?": yes or no, with those that do, of how many.
  if (query.ask === 'yesno' && query.allOf && answer.allOf) {
    const { total, lacking, firstLacking, selected } = answer.allOf;
    const { values } = answer;
    const noun = valuesNoun(query.allOf.of, query.whichSide);
    const counted = t.ask.counted[noun](values.length);
    if (lacking === 0)
      return { lines: [`${verdictOf(true, query, locale)} ${t.ask.ofAll(counted, total, '')}`], projects: selected };
    // All but a few: those few are the answer (the search keeps more than a few of them).
    const named = enumerate(firstLacking, (value) => valueLabel(value, locale), locale);
    const line =
      lacking <= FEW_LACKING && lacking < values.length
        ? `${t.ask.no} ${t.ask.allBut(noun, counted, total, named)}`
        : `${t.ask.no}${values.length > 0 ? ` ${t.ask.only}` : ''} ${t.ask.ofAll(counted, total, enumerate(values, withCount(locale), locale))}`;
    return { lines: [line], projects: selected };
  }
  // "la Normandie a-t-elle le plus de projets ?": yes or no, with the first ones and its own number.
  if (query.ask === 'yesno' && query.ranks && query.extreme && answer.ranked) {
    const counted = query.extremeBy ?? 'projects';
    const first = t.ask.compared(
      t.ask[query.extreme](t.ask.nouns[counted](2)),
      enumerate(answer.values, withCount(locale), locale),
    );
    // A no says its own number beside the first ones'.
    const named = filterLabels(query.ranks, [], locale).join(' · ');
    const ownCount = t.ask.compared(named, t.ask.counted[counted](answer.ranked.count));
    const own = projects.length > 0 ? '' : `${t.ask.evidenceJoin}${ownCount}`;
    const verdict = verdictOf(projects.length > 0, query, locale);
    return { lines: [`${verdict} ${upperFirst(first)}${own}.`], projects: answer.ranked.own };
  }
  if (query.ask === 'yesno' && projects.length > 0) return { lines: [verdictOf(true, query, locale)], projects };
  if (query.ask === 'yesno' && answer.evidence.length > 0) {
    const sentences = answer.evidence.map((evidence) => evidenceSentence(evidence, locale));
    const shown = [...new Set(answer.evidence.flatMap((evidence) => evidence.projects))];
    return { lines: [`${t.ask.no} ${upperFirst(sentences.join(t.ask.evidenceJoin))}.`], projects: shown };
  }
  if (projects.length === 0) {
    const about = [
      ...selectionLabels(answer.lacking ?? query, locale),
      ...howTheyHaveIt(query, locale),
      ...outnumberLabels(query, answer.against, locale),
    ];
    const nothing = t.ask.nothing(about.join(' · '));
    const lead = query.ask === 'yesno' ? `${t.ask.no} ${nothing}` : nothing;
    const { closest } = answer;
    if (!closest) return { lines: [lead, t.ask.nothingClose], projects: [] };
    const count = t.ask.counted.projects(closest.projects.length);
    const how =
      closest.reason === 'nearby'
        ? t.ask.nearby(placeWords({ kind: 'worldRegion', region: closest.near }, locale.language).in, count)
        : closest.reason === 'sameRegion'
          ? t.ask.nearby(placeWords({ kind: 'region', region: closest.region }, locale.language).in, count)
          : t.ask.looser(filterLabels(closest.dropped, closest.droppedWords, locale).join(' · '), count);
    return { lines: [lead, how], projects: closest.projects };
  }
  if (query.ask === 'call') return { lines: (answer.calls ?? []).map((call) => callSentence(call, locale)), projects };
  if (query.ask === 'count') return { lines: [countSentence(answer, locale)], projects };
  if (query.ask === 'which') return { lines: [whichSentence(answer, locale)], projects };
  return { lines: [], projects };
}

/** An answer as a list command shows it: a title, sentences above the list, and the projects to list (maybe none). */
export interface AnswerContent {
  title: string;
  lines: string[];
  projects: readonly Project[];
}

/** The answer to a question: what was understood, the answer in a sentence, then the projects to list. */
export function answerContent(answer: Answer, question: string, locale: Locale): AnswerContent {
  const { lines, projects } = body(answer, locale);
  return {
    title: locale.t.ask.title(quote(question)),
    lines: [understoodLine(answer.query, locale, answer.against), ...lines],
    projects,
  };
}

/** A question read for nothing the bot knows: examples to ask, and what a plain search finds, if anything. */
export function notUnderstoodContent(
  plainResults: readonly Project[],
  question: string,
  locale: Locale,
): AnswerContent {
  const { t } = locale;
  const lines = [t.ask.notUnderstood, ...t.ask.examples.map((example) => `• ${example}`)];
  return {
    title: t.ask.title(quote(question)),
    lines: plainResults.length > 0 ? [...lines, '', t.ask.plainResults] : lines,
    projects: plainResults,
  };
}
