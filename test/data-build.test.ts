import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset, serializeDataset } from '../src/data/build.ts';
import { loadDataset } from '../src/data/loader.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import type { Project } from '../src/domain/schema.ts';

const dataset = buildDataset();

function projectById(id: string): Project {
  const project = dataset.projects.find((candidate) => candidate.id === id);
  if (!project) throw new Error(`no project ${id}`);
  return project;
}

function projectLedBy(lead: string): Project {
  const project = dataset.projects.find((candidate) => candidate.lead.name === lead);
  if (!project) throw new Error(`no project led by ${lead}`);
  return project;
}

describe('the committed dataset', () => {
  it('is byte for byte a fresh build of data/sources (run `npm run data:build` after editing them)', () => {
    expect(readFileSync(DATASET_FILE, 'utf8')).toBe(serializeDataset(dataset));
  });

  it('loads through the validating loader into the same data', () => {
    expect(loadDataset(DATASET_FILE)).toEqual(dataset);
  });
});

describe('the built dataset', () => {
  it('holds the one call AAP Généraliste 2021, announced on 28 April 2021', () => {
    expect(dataset.calls).toHaveLength(1);
    expect(dataset.calls[0]).toMatchObject({
      id: 'aap-generaliste-2021',
      name: 'AAP Généraliste 2021',
      year: 2021,
      announcedOn: '2021-04-28',
      announcedIn: 'Paris',
    });
  });

  it('holds the 16 published projects, all of that call', () => {
    expect(dataset.projects).toHaveLength(16);
    expect(new Set(dataset.projects.map((project) => project.callId))).toEqual(new Set(['aap-generaliste-2021']));
  });

  it('gives every project a unique slug id', () => {
    const ids = dataset.projects.map((project) => project.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('continues the region of the row above when a region cell is blank', () => {
    expect(projectLedBy('Savigny-le-Temple').region).toEqual({
      code: '11',
      name: 'Île-de-France',
      nameAsPublished: 'Île-de-France',
    });
    expect(projectLedBy('Ifs').region.name).toBe('Normandie');
    expect(projectLedBy("Communauté d'Agglomération de Vichy").region.name).toBe('Auvergne-Rhône-Alpes');
  });

  it('reads the rows of the table continued after Normandie, skipping its blank header', () => {
    const regions = dataset.projects.map((project) => project.region.name);
    expect(regions.filter((region) => region === 'Nouvelle-Aquitaine')).toHaveLength(3);
    expect(regions.at(-1)).toBe('Occitanie');
    expect(projectLedBy('Bordeaux Métropole').region.nameAsPublished).toBe('Nouvelle Aquitaine');
    for (const project of dataset.projects) expect(project.lead.name).not.toBe('');
  });

  it('keeps the published region spelling beside the official name', () => {
    expect(projectById('aapg-2021-dijon-fier').region).toEqual({
      code: '27',
      name: 'Bourgogne-Franche-Comté',
      nameAsPublished: 'Bourgogne Franche-Comté',
    });
  });

  it('turns the <br> of the Bélier title into a space, and leaves no <br> anywhere', () => {
    expect(projectById('aapg-2021-aura-belier').title).toContain('jouets traditionnels baoulé en Côte d');
    expect(serializeDataset(dataset)).not.toMatch(/<br/i);
  });

  it('splits the Grand Est partner cell into two partners, in Bénin and Togo', () => {
    expect(projectById('aapg-2021-grand-est-borgou-centrale').partners).toEqual([
      {
        name: "Départements de l'Alibori et du Borgou",
        country: 'BJ',
        countryAsPublished: 'Bénin',
        aliases: ['Alibori', 'Borgou'],
      },
      {
        name: 'Région Centrale',
        country: 'TG',
        countryAsPublished: 'Togo',
        aliases: ['Centrale', 'Centrale Region', 'Central Region'],
      },
    ]);
  });

  it('gives every other project exactly one partner', () => {
    const multi = dataset.projects.filter((project) => project.partners.length !== 1).map((project) => project.id);
    expect(multi).toEqual(['aapg-2021-grand-est-borgou-centrale']);
  });

  it('keeps names as published, with their spelling and case', () => {
    expect(projectById('aapg-2021-vichy-makenene').partners[0]?.name).toBe('Commune de Makénéne');
    expect(projectById('aapg-2021-macs-paranj').lead.name).toBe("Communauté d'agglomération Marenne Adour Côte Sud");
    expect(projectById('aapg-2021-aude-hauts-bassins').lead.name).toBe("Conseil Départemental de l'Aude");
    expect(projectById('aapg-2021-yvelines-jujuy').lead.name).toBe('Conseil départemental des Yvelines');
  });

  it('resolves every published country to its ISO code and keeps the published form', () => {
    const countries = dataset.projects.flatMap((project) =>
      project.partners.map((partner) => `${partner.countryAsPublished}=${partner.country}`),
    );
    expect(new Set(countries)).toEqual(
      new Set([
        'Laos=LA',
        'Mali=ML',
        "Côte d'Ivoire=CI",
        'Cameroun=CM',
        'Albanie=AL',
        'Bénin=BJ',
        'Togo=TG',
        'Mauritanie=MR',
        'Argentine=AR',
        'Cuba=CU',
        'Burkina Faso=BF',
        'Macédoine du Nord=MK',
        'Vietnam=VN',
        'Serbie=RS',
      ]),
    );
  });

  it('adds the curated themes and aliases, never replacing the published name', () => {
    const macs = projectById('aapg-2021-macs-paranj');
    expect(macs.themes).toEqual(['food-agriculture', 'crafts-economy']);
    expect(macs.lead.aliases).toContain('Maremne Adour Côte-Sud');
    expect(macs.lead.name).toBe("Communauté d'agglomération Marenne Adour Côte Sud");
    expect(projectById('aapg-2021-savigny-boutilimit').lead).toMatchObject({
      name: 'Savigny-le-Temple',
      aliases: ['Savigny'],
    });
  });

  it('gives every lead its kind, checked against the official data (MACS is a communauté de communes)', () => {
    const kinds = Object.fromEntries(dataset.projects.map((project) => [project.id, project.lead.kind]));
    expect(kinds).toMatchObject({
      'aapg-2021-chauvet-khammouane': 'syndicat-mixte',
      'aapg-2021-aura-tombouctou': 'region',
      'aapg-2021-vichy-makenene': 'communaute-agglomeration',
      'aapg-2021-dijon-fier': 'commune',
      'aapg-2021-cergy-porto-novo': 'communaute-agglomeration',
      'aapg-2021-yvelines-jujuy': 'departement',
      'aapg-2021-bordeaux-douala': 'metropole',
      'aapg-2021-macs-paranj': 'communaute-communes',
    });
    expect(dataset.projects.filter((project) => project.lead.kind === undefined)).toEqual([]);
    expect(projectById('aapg-2021-macs-paranj').lead.official).toEqual({
      code: '244000865',
      name: 'CC Maremne Adour Côte Sud',
    });
  });

  it('puts Vichy Communauté in the Allier, MACS in the Landes, the grotte Chauvet syndicate in the Ardèche', () => {
    expect(projectById('aapg-2021-vichy-makenene').lead.departement).toBe('03');
    expect(projectById('aapg-2021-macs-paranj').lead.departement).toBe('40');
    expect(projectById('aapg-2021-chauvet-khammouane').lead.departement).toBe('07');
    expect(projectById('aapg-2021-lamentin-santiago').lead.departement).toBe('972');
  });

  it('gives a département to every lead but the régions, which span several', () => {
    for (const project of dataset.projects) {
      expect(project.lead.departement === undefined, project.id).toBe(project.lead.kind === 'region');
    }
  });

  it('gives every project an English title beside the published French one', () => {
    for (const project of dataset.projects) {
      expect(project.titleEn, project.id).toBeTruthy();
      expect(project.titleEn).not.toBe(project.title);
    }
    expect(projectById('aapg-2021-aura-tombouctou').titleEn).toContain('Timbuktu');
  });

  it('adds curated partner aliases (exonyms) without replacing the published name', () => {
    const timbuktu = projectById('aapg-2021-aura-tombouctou').partners[0];
    expect(timbuktu?.name).toBe('Conseil régional de Tombouctou');
    expect(timbuktu?.aliases).toContain('Timbuktu');
  });
});
