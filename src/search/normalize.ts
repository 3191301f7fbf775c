/**
 * Text normalisation shared by indexing and querying, so that what people type matches what was published:
 * case, accents (é → e, œ → oe), typographic vs straight apostrophes, hyphens and punctuation are ignored.
 */

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lower-case, accent-free text where every run of non-alphanumerics is one space. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (ligature) => LIGATURES[ligature] ?? ligature)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a text, normalised. */
export function words(text: string): string[] {
  const normalized = normalize(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * The words of a text plus the forms people type when they drop an apostrophe or a hyphen:
 * "d'Ivoire" also gives "divoire", "Porto-Novo" also gives "portonovo".
 */
export function indexTerms(text: string): string[] {
  const terms = words(text);
  for (const joined of text.split(/\s+/)) {
    if (/['’\-‐]/.test(joined)) {
      const glued = normalize(joined).replace(/ /g, '');
      if (glued !== '') terms.push(glued);
    }
  }
  return terms;
}

/** Words that carry no meaning on their own in a query ("commune de Makénéne", "the water project"). */
export const STOP_WORDS = new Set(
  'a au aux d de des du en et l la le les pour par sur un une and for in of on the to with'.split(' '),
);
