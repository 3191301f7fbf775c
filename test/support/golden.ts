import { readFileSync } from 'node:fs';
import * as z from 'zod';

/** One golden question (test/golden/README.md): asked as a person would, with the answer the published table gives. */
export const goldenQuestionSchema = z.strictObject({
  question: z.string().min(1),
  lang: z.enum(['fr', 'en']),
  via: z.enum(['ask', 'search', 'keyword']).optional(),
  expect: z.strictObject({
    ask: z.enum(['list', 'count', 'which', 'yesno', 'call', 'nothing', 'notUnderstood', 'help']),
    projects: z.array(z.string()).optional(),
    firstProjects: z.array(z.string()).optional(),
    count: z.number().int().min(0).optional(),
    countOf: z.enum(['projects', 'countries', 'regions', 'authorities', 'partners']).optional(),
    which: z.enum(['regions', 'departements', 'countries', 'authorities', 'themes']).optional(),
    values: z.array(z.string()).optional(),
    answer: z.enum(['yes', 'no']).optional(),
    understood: z.array(z.string().min(1)).optional(),
  }),
});

export type GoldenQuestion = z.infer<typeof goldenQuestionSchema>;

/** test/golden/questions.json, checked against the schema. */
export const GOLDEN_QUESTIONS: GoldenQuestion[] = z
  .array(goldenQuestionSchema)
  .parse(JSON.parse(readFileSync(new URL('../golden/questions.json', import.meta.url), 'utf8')));
