/**
 * Queries chosen to be the worst for the search index, not typical: one-letter and two-letter prefixes (a large
 * share of the vocabulary each), the most common words of the data, long words within no typo of any term (the
 * typo walk and the substring scan on their longest path), and many short words at once.
 */
export const ADVERSARIAL_QUERIES: readonly string[] = [
  ...'abcdeilmprst'.split(''),
  'de',
  'la',
  'co',
  'communaute',
  'commune',
  'agglomeration',
  'conseil departemental',
  'developpement',
  'cooperation',
  'de la',
  'anticonstitutionnellementtt',
  'developpementdurableetsolidaire',
  'commnauteedagglomeratoin',
  'communautedagglomeration',
  'x'.repeat(40),
  'a'.repeat(30),
  'a b c d e f g h i j k l',
  'communaute agglomeration commune ville conseil departement region metropole',
  'agglomeratoin communaute',
  // Made-up long words from the data's own syllables, found nowhere: "did you mean" walks the vocabulary for each.
  'boutilimitcotetombbordimiten periementalouanebordrenneren ouanebordlinesementalcommdep perimetroauderennekhamaggloe ' +
    'boutiloiseentincoteementalma merationkhammerationlinescom merationmouagglolineslinesoi perieauxchauboutiltebordyvee',
];

/**
 * Questions that weigh the whole catalogue rather than search it: every value of a kind tallied, counted, ranked,
 * intersected or left out ("which authorities have exactly one project?" lists nearly every lead of 100,000 projects).
 */
export const ADVERSARIAL_QUESTIONS: readonly string[] = [
  'quelles collectivités ont le plus de projets ?',
  'which partner authorities have the most projects?',
  'quelle collectivité partenaire a le plus de projets ?',
  'which authorities have exactly one project?',
  'quelles collectivités partenaires ont au moins deux projets ?',
  'does every partner authority have at least two projects?',
  "toutes les collectivités partenaires travaillent-elles avec l'Afrique ?",
  'quelles collectivités ne travaillent pas en Afrique ?',
  'quelles collectivités travaillent seulement en Afrique ?',
  'which authorities work only in Africa?',
  'quelles collectivités travaillent à la fois en Afrique et en Asie ?',
  'which projects are about both youth and climate and health and culture and water?',
  'y a-t-il plus de projets en Afrique ou en Asie ?',
  "y a-t-il plus de projets en Europe qu'en Afrique ?",
  'quelles régions ont plus de projets que la Normandie ?',
  'combien de projets par collectivité ?',
  'which towns have more than one project?',
  'qui travaille avec qui ?',
  'which partner authorities work with several regions?',
  'which themes have the most partner countries?',
  // Found by a performance review: a count per authority where nearly every one is level.
  'do all authorities have at least one theme?',
  'quelles collectivités partenaires ont le moins de thèmes ?',
  'quelles collectivités ont le moins de partenaires ?',
  'toutes les collectivités ont-elles exactement un pays ?',
  'quelles collectivités ne travaillent pas en Afrique et ont le moins de thèmes ?',
];
