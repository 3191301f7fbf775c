import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../src/data/build.ts';
import { importCall, type Curation } from '../src/data/importer.ts';
import { loadDataset } from '../src/data/loader.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import { dataError } from './support/dataError.ts';

const SOURCE = 'fixture.md';
const CURATION = 'fixture.curation.json';

/** Line 3 names its region, line 4 continues it: the smallest table that exercises the importer. */
const TABLE = [
  '| Région française | Chef de file | Partenaire | Titre |',
  '|---|---|---|---|',
  '| Bretagne | Rennes | Sendou (Sénégal) | Adduction d’eau potable |',
  '|          | Brest  | Porto Novo (Bénin) | Jeunesse et climat |',
].join('\n');

function curation(): Curation {
  return {
    call: {
      id: 'fixture-call',
      name: 'Fixture call',
      year: 2021,
      announcedOn: '2021-04-28',
      announcedIn: 'Paris',
      publisher: 'Tests',
      source: SOURCE,
    },
    projects: [
      {
        lead: 'Rennes',
        partners: 'Sendou (Sénégal)',
        id: 'fx-rennes',
        themes: ['water-sanitation'],
        leadAliases: [],
        leadKind: 'commune',
        leadCode: '35238',
        leadDepartement: '35',
        titleEn: 'Drinking water supply',
        partnerAliases: {},
      },
      {
        lead: 'Brest',
        partners: 'Porto Novo (Bénin)',
        id: 'fx-brest',
        themes: ['youth-participation', 'climate-environment'],
        leadAliases: [],
        leadKind: 'commune',
        leadCode: '29019',
        leadDepartement: '29',
        titleEn: 'Youth and climate',
        partnerAliases: { 'Porto Novo': ['Porto-Novo'] },
      },
    ],
  };
}

function importFixture(markdown: string, curationData: unknown = curation()) {
  return importCall({ sourceFile: SOURCE, markdown, curationFile: CURATION, curation: curationData });
}

function withCuration(edit: (data: Curation) => void): Curation {
  const data = curation();
  edit(data);
  return data;
}

function project(data: Curation, index: number): Curation['projects'][number] {
  const entry = data.projects[index];
  if (!entry) throw new Error(`fixture has no project ${index}`);
  return entry;
}

const temp = mkdtempSync(join(tmpdir(), 'laureates-data-errors-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function tempFile(name: string, text: string): string {
  const file = join(temp, name);
  writeFileSync(file, text);
  return file;
}

const committed = JSON.parse(readFileSync(DATASET_FILE, 'utf8')) as {
  projects: { id: string; partners: { country: string }[] }[];
};

/** The committed dataset with one edit, written to a temp file. */
function brokenDataset(name: string, edit: (data: typeof committed) => void): string {
  const data = structuredClone(committed);
  edit(data);
  return tempFile(name, JSON.stringify(data));
}

describe('the fixture', () => {
  it('imports when nothing is wrong, so every failure below is caused by its one edit', () => {
    const dataset = importFixture(TABLE);
    expect(dataset.projects.map((entry) => [entry.id, entry.region.name, entry.partners[0]?.country])).toEqual([
      ['fx-rennes', 'Bretagne', 'SN'],
      ['fx-brest', 'Bretagne', 'BJ'],
    ]);
    expect(dataset.projects[1]?.lead).toEqual({
      name: 'Brest',
      aliases: [],
      kind: 'commune',
      departement: '29',
      official: { code: '29019', name: 'Brest' },
    });
    expect(dataset.projects[1]?.partners[0]?.aliases).toEqual(['Porto-Novo']);
  });
});

describe('the importer rejects a table', () => {
  it.each([
    {
      problem: 'an unknown country in a partner cell',
      markdown: TABLE.replace('(Sénégal)', '(Atlantide)'),
      expected: { location: 'row at line 3', field: 'partners', message: /unknown country "Atlantide"/ },
    },
    {
      problem: 'a row with 3 cells',
      markdown: TABLE.replace('| Brest  | Porto Novo (Bénin) |', '| Brest  |'),
      expected: { location: 'row at line 4', field: 'cells', message: /expected 4 cells .* found 3/ },
    },
    {
      problem: 'a first row with a blank region',
      markdown: TABLE.replace('| Bretagne |', '|          |'),
      expected: { location: 'row at line 3', field: 'region', message: /first row must name its region/ },
    },
    {
      problem: 'an unknown region',
      markdown: TABLE.replace('| Bretagne |', '| Bavière |'),
      expected: { location: 'row at line 3', field: 'region', message: /"Bavière" is not a French region/ },
    },
    {
      problem: 'a partner cell without a country in parentheses',
      markdown: TABLE.replace('Sendou (Sénégal)', 'Sendou'),
      expected: { location: 'row at line 3', field: 'partners', message: /no partner with its country/ },
    },
    {
      problem: 'a row with no curation entry',
      markdown: `${TABLE}\n| | Quimper | Sendou (Sénégal) | Culture |`,
      expected: { location: 'row at line 5', field: 'curation', message: /no entry in fixture\.curation\.json/ },
    },
  ])('with $problem, naming the file, the line and the field', ({ markdown, expected }) => {
    const error = dataError(() => importFixture(markdown));
    expect(error).toMatchObject({ file: SOURCE, location: expected.location, field: expected.field });
    expect(error.message).toMatch(expected.message);
    expect(error.message).toContain(`${SOURCE}: ${expected.location}, field "${expected.field}"`);
  });
});

describe('the importer rejects a curation', () => {
  it.each([
    {
      problem: 'an entry matching no row',
      edit: (data: Curation) => data.projects.push({ ...project(data, 0), partners: 'Dakar (Sénégal)', id: 'fx-x' }),
      expected: { location: 'projects[2]', field: 'lead', message: /matches no row of fixture\.md/ },
    },
    {
      problem: 'a theme outside the vocabulary',
      edit: (data: Curation) => (project(data, 1).themes = ['youth-participation', 'space' as 'health']),
      expected: { location: 'projects[1].themes[1]', field: 'themes', message: /Invalid option/ },
    },
    {
      problem: '4 themes',
      edit: (data: Curation) => (project(data, 0).themes = ['water-sanitation', 'health', 'culture', 'tourism']),
      expected: { location: 'projects[0].themes', field: 'themes', message: /needs 1 to 3 themes/ },
    },
    {
      problem: 'no theme',
      edit: (data: Curation) => (project(data, 0).themes = []),
      expected: { location: 'projects[0].themes', field: 'themes', message: /needs 1 to 3 themes/ },
    },
    {
      problem: 'a duplicate project id',
      edit: (data: Curation) => (project(data, 1).id = 'fx-rennes'),
      expected: { location: 'projects[1].id', field: 'id', message: /duplicate project id "fx-rennes"/ },
    },
    {
      problem: 'an id that is not a slug',
      edit: (data: Curation) => (project(data, 0).id = 'FX Rennes'),
      expected: { location: 'projects[0].id', field: 'id', message: /lowercase slug/ },
    },
    {
      problem: 'no English title',
      edit: (data: Curation) => (project(data, 0).titleEn = ' '),
      expected: { location: 'projects[0].titleEn', field: 'titleEn', message: /too_small|>=1|at least/i },
    },
    {
      problem: 'a lead kind outside the list',
      edit: (data: Curation) => (project(data, 0).leadKind = 'canton' as 'commune'),
      expected: { location: 'projects[0].leadKind', field: 'leadKind', message: /Invalid option/ },
    },
    {
      problem: 'a département the official data does not put the commune in',
      edit: (data: Curation) => (project(data, 0).leadDepartement = '29'),
      expected: {
        location: 'projects[0]',
        field: 'leadDepartement',
        message: /official data puts Rennes \(35238\): 35 Ille-et-Vilaine.*line 3 of fixture\.md/,
      },
    },
    {
      problem: 'a commune code that is not the lead’s',
      edit: (data: Curation) => Object.assign(project(data, 0), { leadCode: '29019', leadDepartement: '29' }),
      expected: {
        location: 'projects[0]',
        field: 'leadCode',
        message: /official name of 29019, "Brest", is not what "Rennes" says/,
      },
    },
    {
      problem: 'a commune code that does not exist',
      edit: (data: Curation) => (project(data, 0).leadCode = '35999'),
      expected: { location: 'projects[0]', field: 'leadCode', message: /not the INSEE code of a current commune/ },
    },
    {
      problem: 'a commune in another region than its row',
      edit: (data: Curation) =>
        Object.assign(project(data, 0), {
          lead: 'Rennes',
          leadCode: '63113',
          leadDepartement: '63',
          leadAliases: ['Clermont-Ferrand'],
        }),
      expected: {
        location: 'projects[0]',
        field: 'leadDepartement',
        message: /63 Puy-de-Dôme is not in the row's region \(53\)/,
      },
    },
    {
      problem: 'an EPCI kind that is not the official one (MACS is a communauté de communes)',
      edit: (data: Curation) =>
        Object.assign(project(data, 0), {
          leadKind: 'communaute-agglomeration',
          leadCode: '244000865',
          leadDepartement: '40',
        }),
      expected: {
        location: 'projects[0]',
        field: 'leadKind',
        message: /official type of CC Maremne Adour Côte Sud: CC/,
      },
    },
    {
      problem: 'a région lead with a département',
      edit: (data: Curation) =>
        Object.assign(project(data, 0), { leadKind: 'region', leadCode: '53', leadDepartement: '35' }),
      expected: { location: 'projects[0]', field: 'leadDepartement', message: /région spans several départements/ },
    },
    {
      problem: 'a région lead that is not the row’s region',
      edit: (data: Curation) =>
        Object.assign(project(data, 0), { leadKind: 'region', leadCode: '84', leadDepartement: undefined }),
      expected: {
        location: 'projects[0]',
        field: 'leadCode',
        message: /not the INSEE code of the row's region \(53\)/,
      },
    },
    {
      problem: 'aliases for a partner the row does not have',
      edit: (data: Curation) => (project(data, 1).partnerAliases = { Cotonou: ['Kutonu'] }),
      expected: { location: 'projects[1]', field: 'partnerAliases', message: /"Cotonou" is not a partner of this row/ },
    },
    {
      problem: 'a call without a date',
      edit: (data: Curation) => (data.call.announcedOn = '28 avril 2021'),
      expected: { location: 'call.announcedOn', field: 'announcedOn', message: /date/i },
    },
  ])('with $problem, naming the curation file, the JSON path and the field', ({ edit, expected }) => {
    const error = dataError(() => importFixture(TABLE, withCuration(edit)));
    expect(error).toMatchObject({ file: CURATION, location: expected.location, field: expected.field });
    expect(error.message).toMatch(expected.message);
  });
});

describe('building from a sources folder', () => {
  it('rejects a curation file that is not valid JSON, naming it', () => {
    const sources = join(temp, 'sources');
    mkdirSync(sources);
    writeFileSync(join(sources, 'broken.curation.json'), '{ "call": ');
    const error = dataError(() => buildDataset(`${sources}/`));
    expect(error.file).toMatch(/broken\.curation\.json$/);
    expect(error.field).toBe('(json)');
    expect(error.message).toMatch(/is not valid JSON/);
  });
});

describe('the loader rejects a dataset file', () => {
  it('that is not valid JSON', () => {
    const file = tempFile('invalid.json', '{ "schemaVersion": 1, ');
    const error = dataError(() => loadDataset(file));
    expect(error).toMatchObject({ file, location: '(root)', field: '(json)' });
    expect(error.message).toMatch(/is not valid JSON/);
  });

  it('that cannot be read', () => {
    const file = join(temp, 'missing.json');
    expect(dataError(() => loadDataset(file))).toMatchObject({ file, field: '(file)' });
  });

  it.each([
    {
      problem: 'a country that is not an ISO code',
      edit: (data: typeof committed) => {
        const partner = data.projects[5]?.partners[1];
        if (partner) partner.country = 'XX';
      },
      expected: { location: 'projects[5].partners[1].country', field: 'country', message: /ISO 3166-1 alpha-2/ },
    },
    {
      problem: 'a lower-case country code',
      edit: (data: typeof committed) => {
        const partner = data.projects[0]?.partners[0];
        if (partner) partner.country = 'la';
      },
      expected: { location: 'projects[0].partners[0].country', field: 'country', message: /upper-case/ },
    },
    {
      problem: 'a duplicate project id',
      edit: (data: typeof committed) => {
        const [first, second] = data.projects;
        if (first && second) second.id = first.id;
      },
      expected: { location: 'projects[1].id', field: 'id', message: /duplicate project id "aapg-2021-chauvet/ },
    },
    {
      problem: 'a masked link in a title',
      edit: (data: typeof committed) =>
        Object.assign(data.projects[3] ?? {}, { title: '[Free Nitro](https://evil.example)' }),
      expected: { location: 'projects[3].title', field: 'title', message: /must not hold a link/ },
    },
    {
      problem: 'a line break and a heading in a partner name',
      edit: (data: typeof committed) =>
        Object.assign(data.projects[2]?.partners[0] ?? {}, { name: 'Porto\n# Heading' }),
      expected: { location: 'projects[2].partners[0].name', field: 'name', message: /one line of plain text/ },
    },
    {
      problem: 'a right-to-left override in a lead name',
      edit: (data: typeof committed) => {
        const project = data.projects[1] as unknown as { lead: { name: string } };
        project.lead.name = 'Vichy \u202eevil\u202c';
      },
      expected: { location: 'projects[1].lead.name', field: 'name', message: /bidirectional/ },
    },
    {
      problem: '@everyone in the publisher of a call',
      edit: (data: typeof committed) => {
        const call = (data as unknown as { calls: { publisher: string }[] }).calls[0];
        if (call) call.publisher = 'Ministère @everyone';
      },
      expected: { location: 'calls[0].publisher', field: 'publisher', message: /mention or a tag/ },
    },
    {
      problem: 'an unknown schema version',
      edit: (data: typeof committed) => Object.assign(data, { schemaVersion: 2 }),
      expected: { location: 'schemaVersion', field: 'schemaVersion', message: /expected 1/ },
    },
  ])('with $problem, naming the file, the JSON path and the field', ({ problem, edit, expected }) => {
    const file = brokenDataset(`${problem.replace(/\W+/g, '-')}.json`, edit);
    const error = dataError(() => loadDataset(file));
    expect(error).toMatchObject({ file, location: expected.location, field: expected.field });
    expect(error.message).toMatch(expected.message);
  });
});

describe('npm run data:check', () => {
  const run = promisify(execFile);

  it('exits 1 with the data error on stderr for a broken file', async () => {
    const file = brokenDataset('check-broken.json', (data) => {
      const partner = data.projects[3]?.partners[0];
      if (partner) partner.country = 'ZZ';
    });
    const failure = await run('npm', ['run', '--silent', 'data:check', '--', file]).then(
      () => undefined,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`Data error: ${file}: projects[3].partners[0].country, field "country"`);
    expect(failure?.stdout).not.toMatch(/^OK/m);
  });

  it('accepts the committed dataset, which matches a fresh build, with a one-line summary', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'data:check']);
    expect(stdout.trim()).toBe('OK data/laureates.json: 1 call(s), 16 projects, 14 partner countries.');
  });
});
