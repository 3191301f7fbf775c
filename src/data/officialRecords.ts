import { createRequire } from 'node:module';
import { departementByCode, type Departement } from '../domain/departements.ts';
import type { LeadKindId } from '../domain/leadKinds.ts';
import { regionByCode } from '../domain/regions.ts';
import { STOP_WORDS, words } from '../text/normalize.ts';

/**
 * The official records a lead authority's curated kind and département are checked against: Etalab's
 * @etalab/decoupage-administratif (INSEE's code officiel géographique and the EPCI list of the DGCL). The commune and
 * EPCI files weigh 12 MB, so they are read on first use, by the import only — never by the bot, which loads the
 * already-checked dataset.
 */

interface EtalabCommune {
  code: string;
  nom: string;
  departement: string;
  type: string;
}

interface EtalabEpci {
  code: string;
  nom: string;
  type: string;
  membres: { code: string }[];
}

const require = createRequire(import.meta.url);
let communes: Map<string, EtalabCommune> | undefined;
let epcis: Map<string, EtalabEpci> | undefined;

function communeByCode(code: string): EtalabCommune | undefined {
  communes ??= new Map(
    (require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[])
      .filter((commune) => commune.type === 'commune-actuelle')
      .map((commune) => [commune.code, commune]),
  );
  return communes.get(code);
}

function epciBySiren(siren: string): EtalabEpci | undefined {
  epcis ??= new Map(
    (require('@etalab/decoupage-administratif/data/epci.json') as EtalabEpci[]).map((epci) => [epci.code, epci]),
  );
  return epcis.get(siren);
}

/** The kind of each EPCI type of the official list (MET69 is the Métropole de Lyon). */
const EPCI_KINDS: Record<string, LeadKindId> = {
  METRO: 'metropole',
  MET69: 'metropole',
  CU: 'communaute-urbaine',
  CA: 'communaute-agglomeration',
  CC: 'communaute-communes',
};

/** The département most of an EPCI's member communes are in (an EPCI may straddle a border: Cergy-Pontoise). */
function mainDepartement(epci: EtalabEpci): string | undefined {
  const counts = new Map<string, number>();
  for (const member of epci.membres) {
    const departement = communeByCode(member.code)?.departement;
    if (departement) counts.set(departement, (counts.get(departement) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** What the curation says of a lead, and the published row it belongs to. */
export interface CuratedLead {
  /** The published name and the curated aliases: the official name must be one of the things they say. */
  names: string[];
  kind: LeadKindId;
  /** By kind: INSEE code of the région, département or commune; SIREN of an EPCI; INSEE code of a syndicat mixte's commune. */
  code: string;
  departement: string | undefined;
  regionCode: string;
}

/** A problem with one curated field, for the importer to report with the file and the entry. */
export interface LeadProblem {
  field: 'leadCode' | 'leadKind' | 'leadDepartement';
  problem: string;
}

export interface OfficialLead {
  departement: string | undefined;
  official: { code: string; name: string } | undefined;
}

/** Abbreviations the official EPCI names start with ("CA Vichy Communauté"), which nobody writes in a lead's name. */
const EPCI_PREFIX = new Set(['ca', 'cc', 'cu']);

/** Every word of the official name (but its prefix and small words) is among the published name's and aliases'. */
function namesAgree(official: string, names: string[]): boolean {
  const said = new Set(names.flatMap(words));
  return words(official)
    .filter((word, index) => !(index === 0 && EPCI_PREFIX.has(word)) && !STOP_WORDS.has(word))
    .every((word) => said.has(word));
}

const describe = (departement: Departement) => `${departement.code} ${departement.name}`;

/**
 * Checks a curated lead against the official records and returns what the dataset keeps of it, or the first problem.
 * - région: its code is the row's region, and it has no département;
 * - département: its code is the département, which is in the row's region;
 * - commune, EPCI: the code is a current commune or an EPCI of that kind, whose official name agrees with the
 *   published one, and whose département (for an EPCI, the one most of its communes are in) is the curated one;
 * - syndicat mixte: not in the official lists, so the code is the commune where it sits, which gives the département.
 * In every case but the région, the département must belong to the row's region.
 */
export function checkLead(lead: CuratedLead): OfficialLead | LeadProblem {
  const expectDepartement = (actual: string | undefined, of: string): LeadProblem | undefined => {
    if (lead.departement === actual) return undefined;
    const official = actual ? departementByCode(actual) : undefined;
    return {
      field: 'leadDepartement',
      problem: `"${lead.departement ?? ''}" is not where the official data puts ${of}: ${official ? describe(official) : actual}`,
    };
  };
  let official: { code: string; name: string } | undefined;
  let problem: LeadProblem | undefined;
  switch (lead.kind) {
    case 'region': {
      const region = regionByCode(lead.code);
      if (!region || region.code !== lead.regionCode)
        return {
          field: 'leadCode',
          problem: `"${lead.code}" is not the INSEE code of the row's region (${lead.regionCode})`,
        };
      if (lead.departement !== undefined)
        return { field: 'leadDepartement', problem: 'a région spans several départements: leave it out' };
      official = { code: region.code, name: region.name };
      break;
    }
    case 'departement': {
      const departement = departementByCode(lead.code);
      if (!departement) return { field: 'leadCode', problem: `"${lead.code}" is not the INSEE code of a département` };
      official = { code: departement.code, name: departement.name };
      problem = expectDepartement(departement.code, departement.name);
      break;
    }
    case 'commune':
    case 'syndicat-mixte': {
      const commune = communeByCode(lead.code);
      if (!commune) return { field: 'leadCode', problem: `"${lead.code}" is not the INSEE code of a current commune` };
      if (lead.kind === 'commune') official = { code: commune.code, name: commune.nom };
      problem = expectDepartement(commune.departement, `${commune.nom} (${commune.code})`);
      break;
    }
    default: {
      const epci = epciBySiren(lead.code);
      if (!epci)
        return { field: 'leadCode', problem: `"${lead.code}" is not the SIREN of an EPCI in the official list` };
      const kind = EPCI_KINDS[epci.type];
      if (kind !== lead.kind)
        return {
          field: 'leadKind',
          problem: `"${lead.kind}" does not match the official type of ${epci.nom}: ${epci.type}`,
        };
      official = { code: epci.code, name: epci.nom };
      problem = expectDepartement(mainDepartement(epci), `${epci.nom} (${epci.code})`);
    }
  }
  if (problem) return problem;
  if (official && lead.kind !== 'syndicat-mixte' && !namesAgree(official.name, lead.names))
    return {
      field: 'leadCode',
      problem: `the official name of ${official.code}, "${official.name}", is not what "${lead.names.join('" / "')}" says`,
    };
  const departement = lead.departement === undefined ? undefined : departementByCode(lead.departement);
  if (departement && departement.regionCode !== lead.regionCode)
    return {
      field: 'leadDepartement',
      problem: `${describe(departement)} is not in the row's region (${lead.regionCode})`,
    };
  return { departement: lead.departement, official };
}
