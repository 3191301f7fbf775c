/**
 * The fixed, bilingual theme vocabulary. Themes are curated by hand per project (1 to 3) and make thematic and
 * English questions work on French titles: "water" finds "adduction d'eau potable".
 */
export const THEME_IDS = [
  'water-sanitation',
  'health',
  'climate-environment',
  'food-agriculture',
  'culture',
  'tourism',
  'crafts-economy',
  'governance-finance',
  'youth-participation',
  'crisis-recovery',
  'training-exchange',
] as const;

export type ThemeId = (typeof THEME_IDS)[number];

export interface Theme {
  id: ThemeId;
  emoji: string;
  label: { fr: string; en: string };
  /** Extra words people use for the theme, in both languages; searched like the label. */
  terms: string[];
}

export const THEMES: Record<ThemeId, Theme> = {
  'water-sanitation': {
    id: 'water-sanitation',
    emoji: '💧',
    label: { fr: 'Eau et assainissement', en: 'Water & sanitation' },
    terms: ['eau potable', 'drinking water', 'sanitation', 'assainissement', 'hygiène', 'hygiene'],
  },
  health: {
    id: 'health',
    emoji: '🩺',
    label: { fr: 'Santé', en: 'Health' },
    terms: ['centres de santé', 'health centres', 'health care', 'soins', 'médical', 'medical'],
  },
  'climate-environment': {
    id: 'climate-environment',
    emoji: '🌍',
    label: { fr: 'Climat et environnement', en: 'Climate & environment' },
    terms: [
      'développement durable',
      'sustainable development',
      'changement climatique',
      'climate change',
      'sustainable',
      'sustainability',
      'résilience',
      'resilience',
      'écologie',
      'ecology',
      'environnemental',
      'environnementale',
      'environnementaux',
      'environmental',
    ],
  },
  'food-agriculture': {
    id: 'food-agriculture',
    emoji: '🌾',
    label: { fr: 'Sécurité alimentaire et agriculture', en: 'Food security & agriculture' },
    terms: [
      'agriculture durable',
      'sustainable agriculture',
      'sustainable farming',
      'agricole',
      'agricoles',
      'agricultural',
      'farming',
      'food',
      'alimentation',
      'circuits courts',
      'short supply chains',
    ],
  },
  culture: {
    id: 'culture',
    emoji: '🎭',
    label: { fr: 'Culture', en: 'Culture' },
    terms: ['culturel', 'culturelle', 'cultural', 'musique', 'music', 'patrimoine', 'heritage', 'arts'],
  },
  tourism: {
    id: 'tourism',
    emoji: '🧭',
    label: { fr: 'Tourisme', en: 'Tourism' },
    terms: ['tourisme durable', 'touristique', 'touristiques', 'sustainable tourism', 'écotourisme', 'ecotourism'],
  },
  'crafts-economy': {
    id: 'crafts-economy',
    emoji: '🧵',
    label: { fr: 'Artisanat et économie locale', en: 'Crafts & local economy' },
    terms: ['métiers d’art', 'crafts', 'artisans', 'économie locale', 'local economy', 'développement économique'],
  },
  'governance-finance': {
    id: 'governance-finance',
    emoji: '🏛️',
    label: { fr: 'Gouvernance et finances publiques', en: 'Governance & public finance' },
    terms: [
      'fiscalité',
      'taxes',
      'impôts',
      'tax collection',
      'finances locales',
      'local finance',
      'gouvernance',
      'governance',
    ],
  },
  'youth-participation': {
    id: 'youth-participation',
    emoji: '🙋',
    label: { fr: 'Jeunesse et participation', en: 'Youth & participation' },
    terms: ['jeunes', 'young people', 'citoyenneté', 'citizenship', 'participation citoyenne'],
  },
  'crisis-recovery': {
    id: 'crisis-recovery',
    emoji: '🔄',
    label: { fr: 'Sortie de crise et relance', en: 'Crisis recovery' },
    terms: ['covid', 'covid-19', 'pandémie', 'pandemic', 'crise sanitaire', 'relance', 'recovery'],
  },
  'training-exchange': {
    id: 'training-exchange',
    emoji: '🎓',
    label: { fr: 'Formation et échanges', en: 'Training & exchange' },
    terms: [
      'formation',
      'training',
      'échange d’expériences',
      'exchange of experience',
      'compétences',
      'skills',
      'éducation',
      'education',
      'enseignement',
      'teaching',
    ],
  },
};
