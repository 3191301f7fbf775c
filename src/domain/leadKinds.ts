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
    terms: ['communes', 'mairie', 'mairies', 'municipalities'],
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
    terms: [
      'syndicats mixtes',
      'syndicat',
      'joint authority',
      'joint authorities',
      'joint syndicate',
      'joint syndicates',
      'mixed syndicate',
      'mixed syndicates',
      'syndicate',
      'syndicates',
    ],
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

/**
 * What people mean by a town when they ask who works where ("quelles villes travaillent au Cameroun ?", "which
 * cities…"): a commune, or the urban intercommunality that cooperates for it (Vichy's communauté d'agglomération,
 * Bordeaux Métropole); not a communauté de communes, which is rural.
 */
export const TOWN = {
  id: 'ville',
  label: { fr: 'Ville (commune ou intercommunalité urbaine)', en: 'Town (municipality or urban authority)' },
  terms: ['ville', 'villes', 'town', 'towns', 'city', 'cities'],
  kinds: ['commune', 'metropole', 'communaute-urbaine', 'communaute-agglomeration'] as const,
} satisfies { kinds: readonly LeadKindId[]; label: LeadKind['label']; id: string; terms: string[] };

/** The kinds that go by one name together, with it. */
export const KIND_GROUPS = [INTERCOMMUNALITE, TOWN] as const;
