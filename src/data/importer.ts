import * as z from 'zod';
import { countryByName } from '../domain/countries.ts';
import { LEAD_KIND_IDS } from '../domain/leadKinds.ts';
import { REGIONS, type Region } from '../domain/regions.ts';
import {
  callSchema,
  crossRecordProblems,
  duplicateProjectIds,
  projectSchema,
  reportProblems,
  type Dataset,
  type Partner,
  type Project,
} from '../domain/schema.ts';
import { normalize } from '../text/normalize.ts';
import { DataError, formatPath } from './dataError.ts';
import { checkLead } from './officialRecords.ts';
import { readTableRows, type TableRow } from './markdownTable.ts';

/**
 * What a maintainer curates by hand beside a published table: the call it belongs to, and for each row (found by its
 * lead authority and partner cell, as published) a stable id, its themes, optional aliases, the lead's kind, official
 * code and département (checked against the official data, see officialRecords.ts), and an English translation of the
 * title.
 */
export const curationSchema = z
  .object({
    call: callSchema,
    projects: z.array(
      z.object({
        lead: z.string().min(1),
        partners: z.string().min(1),
        // The project's own rules, so that a bad id or theme list is reported in the curation file that holds it.
        id: projectSchema.shape.id,
        themes: projectSchema.shape.themes,
        leadAliases: z.array(z.string().min(1)).default([]),
        leadKind: z.enum(LEAD_KIND_IDS),
        /** INSEE code of the région, département or commune; SIREN of an EPCI; a syndicat mixte's commune. */
        leadCode: z.string().min(1),
        /** INSEE code of the lead's département; none for a région. */
        leadDepartement: z.string().min(1).optional(),
        /** The curator's own faithful translation of the published title: not published, and marked as such. */
        titleEn: z.string().trim().min(1),
        /** Usual other names of a partner, by the partner's name as parsed from the cell ("Timbuktu"). */
        partnerAliases: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
      }),
    ),
  })
  .superRefine((curation, ctx) => reportProblems(duplicateProjectIds(curation.projects), ctx));
export type Curation = z.infer<typeof curationSchema>;

export interface ImportInput {
  sourceFile: string;
  markdown: string;
  curationFile: string;
  curation: unknown;
}

const COLUMNS = ['region', 'lead', 'partners', 'title'] as const;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function rowError(input: ImportInput, row: TableRow, field: string, problem: string): DataError {
  return new DataError(input.sourceFile, `row at line ${row.line}`, field, problem);
}

function resolveRegion(published: string): Region | undefined {
  return REGIONS.find((region) => normalize(region.name) === normalize(published));
}

/** "Départements de l'Alibori et du Borgou (Bénin), et la Région Centrale (Togo)" → two partners, one per country. */
function parsePartners(cell: string, fail: (problem: string) => DataError): Partner[] {
  const partners = [...cell.matchAll(/([^()]+?)\s*\(([^()]+)\)/g)].map(([, rawName = '', countryText = '']) => {
    // List glue (", et la …") belongs to the sentence, not to the partner's name.
    const name = collapse(rawName).replace(/^[,;]?\s*(?:(?:et|and)\s+)?(?:(?:la|le|les)\s+|l['’])?/i, '');
    const country = countryByName(countryText, normalize);
    if (!country) throw fail(`unknown country "${countryText}" (not an ISO 3166-1 country name in French or English)`);
    return {
      name: name.charAt(0).toUpperCase() + name.slice(1),
      country: country.code,
      countryAsPublished: collapse(countryText),
    };
  });
  if (partners.length === 0) throw fail(`no partner with its country in parentheses in "${cell}"`);
  return partners;
}

/** Turns a published table and its curation into a validated dataset; throws a DataError naming what is wrong. */
export function importCall(input: ImportInput): Dataset {
  const parsed = curationSchema.safeParse(input.curation);
  if (!parsed.success) throw issueError(parsed.error.issues, parsed.error.issues.length, input.curationFile);
  const curation = parsed.data;
  const unused = new Set(curation.projects);
  let region: { region: Region; published: string } | undefined;

  const projects: Project[] = readTableRows(input.markdown).map((row) => {
    if (row.cells.length !== COLUMNS.length) {
      throw rowError(
        input,
        row,
        'cells',
        `expected ${COLUMNS.length} cells (${COLUMNS.join(', ')}), found ${row.cells.length}`,
      );
    }
    const [regionCell = '', leadCell = '', partnersCell = '', titleCell = ''] = row.cells.map(collapse);
    // A blank region cell continues the region of the row above, as in the published layout.
    if (regionCell !== '') {
      const resolved = resolveRegion(regionCell);
      if (!resolved) throw rowError(input, row, 'region', `"${regionCell}" is not a French region`);
      region = { region: resolved, published: regionCell };
    }
    if (!region) throw rowError(input, row, 'region', 'the first row must name its region');
    if (leadCell === '') throw rowError(input, row, 'lead', 'must not be empty');
    // `<br>` in a title is a line break of the published layout, not part of the title.
    const title = collapse(titleCell.replace(/<br\s*\/?>/gi, ' '));
    if (title === '') throw rowError(input, row, 'title', 'must not be empty');
    const partners = parsePartners(partnersCell, (problem) => rowError(input, row, 'partners', problem));

    const entry = curation.projects.find(
      (candidate) => collapse(candidate.lead) === leadCell && collapse(candidate.partners) === partnersCell,
    );
    if (!entry) {
      throw rowError(
        input,
        row,
        'curation',
        `no entry in ${input.curationFile} with lead "${leadCell}" and partners "${partnersCell}"`,
      );
    }
    unused.delete(entry);
    const index = curation.projects.indexOf(entry);
    const curationError = (field: string, problem: string) =>
      new DataError(
        input.curationFile,
        `projects[${index}]`,
        field,
        `${problem} (row at line ${row.line} of ${input.sourceFile})`,
      );
    const checked = checkLead({
      names: [leadCell, ...entry.leadAliases],
      kind: entry.leadKind,
      code: entry.leadCode,
      departement: entry.leadDepartement,
      regionCode: region.region.code,
    });
    if ('problem' in checked) throw curationError(checked.field, checked.problem);
    for (const [name, aliases] of Object.entries(entry.partnerAliases)) {
      const partner = partners.find((candidate) => candidate.name === name);
      if (!partner) throw curationError('partnerAliases', `"${name}" is not a partner of this row`);
      partner.aliases = aliases;
    }
    return {
      id: entry.id,
      callId: curation.call.id,
      region: { code: region.region.code, name: region.region.name, nameAsPublished: region.published },
      lead: {
        name: leadCell,
        aliases: entry.leadAliases,
        kind: entry.leadKind,
        ...(checked.departement === undefined ? {} : { departement: checked.departement }),
        ...(checked.official === undefined ? {} : { official: checked.official }),
      },
      partners,
      title,
      titleEn: entry.titleEn,
      themes: entry.themes,
    };
  });

  const stale = [...unused][0];
  if (stale) {
    const index = curation.projects.indexOf(stale);
    throw new DataError(
      input.curationFile,
      `projects[${index}]`,
      'lead',
      `"${stale.lead}" / "${stale.partners}" matches no row of ${input.sourceFile}`,
    );
  }
  return validateDataset({ schemaVersion: 1, calls: [curation.call], projects }, input.sourceFile);
}

/**
 * Past this many, a file's problems are counted, not described: a huge file with a bad field in every record must
 * not build an issue object per record (an 80 MB one took 3.8 GB that way).
 */
const DESCRIBED_PROBLEMS = 5;

/** The dataset with its projects not yet looked at: cheap to check first, whatever the file's size. */
const envelopeSchema = z.object({
  schemaVersion: z.literal(1),
  calls: z.array(callSchema).min(1),
  projects: z.array(z.unknown()),
});

/**
 * Checks a dataset against the schema in stages, each only when the one before passed: the envelope, then each
 * project on its own (describing the first few bad ones, counting the rest), then the rules across records (unique
 * ids, known calls…). The error names the file, the JSON path and the field of the first problem.
 */
export function validateDataset(candidate: unknown, file: string): Dataset {
  const envelope = envelopeSchema.safeParse(candidate);
  if (!envelope.success) throw issueError(envelope.error.issues, envelope.error.issues.length, file);
  const described: z.core.$ZodIssue[] = [];
  let invalid = 0;
  // Each project is checked once, and what the check returns kept: the file's own objects are dropped as it goes.
  const projects: Project[] = [];
  envelope.data.projects.forEach((project, index) => {
    const result = projectSchema.safeParse(project);
    if (result.success) {
      projects.push(result.data);
      return;
    }
    invalid++;
    const [first] = result.error.issues;
    if (first && described.length < DESCRIBED_PROBLEMS) {
      described.push({ ...first, path: ['projects', index, ...first.path] });
    }
  });
  if (invalid > 0) throw issueError(described, invalid, file);
  const dataset = { ...envelope.data, projects };
  const problems = crossRecordProblems(dataset);
  if (problems.length === 0) return dataset;
  const issues = problems.map(({ path, message }): z.core.$ZodIssue => ({
    code: 'custom',
    path,
    message,
    input: undefined,
  }));
  throw issueError(issues, issues.length, file);
}

/**
 * The first issue as a DataError (the field is the last named key: "themes" in projects[2].themes[0]), followed by
 * where the next few are and how many more there are.
 */
function issueError(issues: readonly z.core.$ZodIssue[], total: number, file: string): DataError {
  const [issue, ...others] = issues;
  const path = issue?.path ?? [];
  const field = [...path].reverse().find((key) => typeof key === 'string') ?? '(root)';
  const where = others.slice(0, DESCRIBED_PROBLEMS - 1).map((other) => formatPath(other.path) || '(root)');
  const more =
    total > 1
      ? ` (and ${total - 1} more problems${where.length > 0 ? `: ${where.join(', ')}` : ''}${total - 1 > where.length ? ', …' : ''})`
      : '';
  return new DataError(file, formatPath(path) || '(root)', String(field), `${issue?.message ?? 'invalid'}${more}`);
}
