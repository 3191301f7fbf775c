import * as z from 'zod';
import { countryByCode } from './countries.ts';
import { departementByCode } from './departements.ts';
import { LEAD_KIND_IDS } from './leadKinds.ts';
import { regionByCode } from './regions.ts';
import { THEME_IDS } from './themes.ts';
import { plainTextProblem } from '../text/plainText.ts';

/** The single definition of the dataset: the importer writes it, the loader checks it, types are inferred from it. */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "aapg-2021-dijon-fier"');
const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((value, ctx) => {
    const problem = plainTextProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const callSchema = z.object({
  id: slug,
  name: text,
  year: z.number().int().min(2000).max(2100),
  announcedOn: z.iso.date(),
  announcedIn: text,
  publisher: text,
  /** The published table the call's projects were imported from, relative to data/sources/. */
  source: text,
});

export const countryCodeSchema = z
  .string()
  .refine((code) => countryByCode(code)?.code === code, 'must be an upper-case ISO 3166-1 alpha-2 code');

export const partnerSchema = z.object({
  name: text,
  country: countryCodeSchema,
  /** The country as the source wrote it, kept for traceability. */
  countryAsPublished: text,
  /** Other names people use for it, curated (exonyms: "Timbuktu" for Tombouctou). */
  aliases: z.array(text).optional(),
});

export const authoritySchema = z.object({
  name: text,
  /** Other names people use for it (never replaces the published name). */
  aliases: z.array(text).default([]),
});

export const departementCodeSchema = z
  .string()
  .refine((code) => departementByCode(code) !== undefined, 'must be the INSEE code of a French département');

/**
 * The French lead authority. Its kind, département and official record are curated and checked against the official
 * data at import; they are optional here so that a call can be loaded before its curation is complete.
 */
export const leadSchema = authoritySchema.extend({
  kind: z.enum(LEAD_KIND_IDS).optional(),
  /** INSEE code of the département it is in; absent for a région, which spans several. */
  departement: departementCodeSchema.optional(),
  /** The official record it was checked against: INSEE code (région, département, commune) or SIREN (EPCI). */
  official: z.object({ code: text, name: text }).optional(),
});

export const projectSchema = z.object({
  id: slug,
  callId: slug,
  region: z.object({
    code: z.string().refine((code) => regionByCode(code) !== undefined, 'must be the INSEE code of a French region'),
    name: text,
    nameAsPublished: text,
  }),
  lead: leadSchema,
  partners: z.array(partnerSchema).min(1, 'needs at least one partner'),
  title: text,
  /** A curated English translation of the published French title, not published by the ministry. */
  titleEn: text.describe('curated translation, not published').optional(),
  themes: z
    .array(z.enum(THEME_IDS))
    .min(1, 'needs 1 to 3 themes')
    .max(3, 'needs 1 to 3 themes')
    .refine((themes) => new Set(themes).size === themes.length, 'themes must not repeat'),
});

/** A problem found across records, where it is (its JSON path) and what it is. */
export interface RecordProblem {
  path: (string | number)[];
  message: string;
}

/** Each project id seen before, at `projects[i].id`: shared by the dataset and the curation beside a table. */
export function duplicateProjectIds(projects: readonly { id: string }[]): RecordProblem[] {
  const seen = new Set<string>();
  const problems: RecordProblem[] = [];
  projects.forEach((project, index) => {
    if (seen.has(project.id)) {
      problems.push({ path: ['projects', index, 'id'], message: `duplicate project id "${project.id}"` });
    }
    seen.add(project.id);
  });
  return problems;
}

/** Reports the problems as issues of a zod refinement. */
export function reportProblems(problems: readonly RecordProblem[], ctx: z.RefinementCtx): void {
  for (const { path, message } of problems) ctx.addIssue({ code: 'custom', path, message });
}

const datasetFields = z.object({
  schemaVersion: z.literal(1),
  calls: z.array(callSchema).min(1),
  projects: z.array(projectSchema),
});

/**
 * The rules across records, on records each valid on its own: unique ids, known calls, a lead's département in its
 * project's region, and none for a région.
 */
export function crossRecordProblems(dataset: z.infer<typeof datasetFields>): RecordProblem[] {
  const callIds = new Set(dataset.calls.map((call) => call.id));
  const problems = duplicateProjectIds(dataset.projects);
  dataset.projects.forEach((project, index) => {
    const departement = project.lead.departement && departementByCode(project.lead.departement);
    if (departement && departement.regionCode !== project.region.code) {
      problems.push({
        path: ['projects', index, 'lead', 'departement'],
        message: `${departement.code} ${departement.name} is not in the project's region ${project.region.name}`,
      });
    }
    if (project.lead.kind === 'region' && project.lead.departement !== undefined) {
      problems.push({
        path: ['projects', index, 'lead', 'departement'],
        message: 'a région spans several départements: it has none',
      });
    }
    if (!callIds.has(project.callId)) {
      problems.push({ path: ['projects', index, 'callId'], message: `unknown call "${project.callId}"` });
    }
  });
  return problems;
}

export const datasetSchema = datasetFields.superRefine((dataset, ctx) =>
  reportProblems(crossRecordProblems(dataset), ctx),
);

export type Call = z.infer<typeof callSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Authority = z.infer<typeof authoritySchema>;
export type Lead = z.infer<typeof leadSchema>;
export type Project = z.infer<typeof projectSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
