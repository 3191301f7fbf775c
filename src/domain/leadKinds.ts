import { normalize } from '../text/normalize.ts';

/**
 * The kinds of French local authority that lead a project ("chef de file"), as French law names them. Curated per
 * project and checked against the official data at import (see src/data/officialRecords.ts).
 */
export const LEAD_KIND_IDS = [
  'region',
  'departement',
  'commune',
  'metropole',
  'communaute-urbaine',
  'communaute-agglomeration',
  'communaute-communes',
  'syndicat-mixte',
] as const;

export type LeadKindId = (typeof LEAD_KIND_IDS)[number];

export interface LeadKind {
  id: LeadKindId;
  label: { fr: string; en: string };
  /** Other names people use for it, both languages (plural forms included: lookups match whole names). */
  terms: string[];
}

export const LEAD_KINDS: Record<LeadKindId, LeadKind> = {
  region: {
    id: 'region',
    label: { fr: 'Région', en: 'Region' },
    terms: ['régions', 'conseil régional', 'conseils régionaux', 'regions', 'regional council', 'regional councils'],
  },
  departement: {
    id: 'departement',
    label: { fr: 'Département', en: 'Département' },
    terms: [
      'départements',
      'conseil départemental',
      'conseils départementaux',
      'conseil général',
      'department',
      'departments',
      'departmental council',
      'departmental councils',
    ],
  },
  commune: {
    id: 'commune',
    label: { fr: 'Commune', en: 'Municipality' },
    terms: ['communes', 'ville', 'villes', 'mairie', 'mairies', 'municipalities', 'town', 'towns', 'city', 'cities'],
  },
  metropole: {
    id: 'metropole',
    label: { fr: 'Métropole', en: 'Metropolitan authority' },
    terms: ['métropoles', 'metropole', 'metropoles', 'metropolitan authorities', 'metropolis'],
  },
  'communaute-urbaine': {
    id: 'communaute-urbaine',
    label: { fr: 'Communauté urbaine', en: 'Urban community' },
    terms: ['communautés urbaines', 'cu', 'urban communities'],
  },
  'communaute-agglomeration': {
    id: 'communaute-agglomeration',
    label: { fr: 'Communauté d’agglomération', en: 'Agglomeration community' },
    terms: ['communautés d’agglomération', 'agglomération', 'agglo', 'ca', 'agglomeration communities'],
  },
  'communaute-communes': {
    id: 'communaute-communes',
    label: { fr: 'Communauté de communes', en: 'Community of municipalities' },
    terms: ['communautés de communes', 'cc', 'communities of municipalities', 'community of communes'],
  },
  'syndicat-mixte': {
    id: 'syndicat-mixte',
    label: { fr: 'Syndicat mixte', en: 'Joint authority (syndicat mixte)' },
    terms: ['syndicats mixtes', 'syndicat', 'joint authority', 'joint authorities'],
  },
};

/**
 * What people call the intercommunal authorities with their own tax base (EPCI à fiscalité propre): métropoles,
 * communautés urbaines, d'agglomération and de communes. A syndicat mixte is a grouping too, but not an EPCI of this
 * kind, so it stays apart.
 */
export const INTERCOMMUNALITE = {
  id: 'intercommunalite',
  label: { fr: 'Intercommunalité', en: 'Inter-municipal authority' },
  terms: [
    'intercommunalités',
    'intercommunal',
    'intercommunale',
    'intercommunales',
    'intercommunaux',
    'epci',
    'inter-municipal authorities',
    'inter-municipal bodies',
    'inter-municipal body',
    'intermunicipal',
    'inter-municipal',
  ],
  kinds: ['metropole', 'communaute-urbaine', 'communaute-agglomeration', 'communaute-communes'] as const,
} satisfies { kinds: readonly LeadKindId[]; label: LeadKind['label']; id: string; terms: string[] };

const byName = new Map<string, readonly LeadKindId[]>();
for (const kind of Object.values(LEAD_KINDS)) {
  for (const name of [kind.id, kind.label.fr, kind.label.en, ...kind.terms]) byName.set(normalize(name), [kind.id]);
}
for (const name of [
  INTERCOMMUNALITE.id,
  INTERCOMMUNALITE.label.fr,
  INTERCOMMUNALITE.label.en,
  ...INTERCOMMUNALITE.terms,
])
  byName.set(normalize(name), INTERCOMMUNALITE.kinds);

/**
 * The kinds a name designates, ignoring case and accents: one kind ("communauté d'agglomération", "agglo", "town"),
 * or every intercommunal kind ("intercommunalité", "EPCI"). Undefined when the whole text names no kind.
 */
export function leadKindsNamed(text: string): readonly LeadKindId[] | undefined {
  return byName.get(normalize(text));
}

export function isIntercommunal(kind: LeadKindId): boolean {
  return (INTERCOMMUNALITE.kinds as readonly LeadKindId[]).includes(kind);
}
