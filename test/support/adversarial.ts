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
];
