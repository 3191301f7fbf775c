import regionsData from '@etalab/decoupage-administratif/data/regions.json' with { type: 'json' };

/** A French region (INSEE code and official name), from the official administrative division published by Etalab. */
export interface Region {
  code: string;
  name: string;
}

interface EtalabRegion {
  code: string;
  nom: string;
  zone: string;
}

/** The 18 regions: 13 in metropolitan France and 5 overseas (DROM); other overseas collectivities are not regions. */
export const REGIONS: readonly Region[] = (regionsData as EtalabRegion[])
  .filter((region) => region.zone === 'metro' || region.zone === 'drom')
  .map((region) => ({ code: region.code, name: region.nom }));

/** The regions overseas (DROM: Guadeloupe, Martinique, Guyane, La Réunion, Mayotte), as "outre-mer" names them. */
export const OVERSEAS_REGION_CODES: readonly string[] = (regionsData as EtalabRegion[])
  .filter((region) => region.zone === 'drom')
  .map((region) => region.code);

export function regionByCode(code: string): Region | undefined {
  return REGIONS.find((region) => region.code === code);
}
