/** A colour per French region (INSEE code), so cards of one region look alike in a channel. */
const REGION_COLOURS: Record<string, number> = {
  '01': 0x1abc9c, // Guadeloupe
  '02': 0x16a085, // Martinique
  '03': 0x27ae60, // Guyane
  '04': 0x2ecc71, // La Réunion
  '06': 0x3498db, // Mayotte
  '11': 0x2c3e9e, // Île-de-France
  '24': 0x8e44ad, // Centre-Val de Loire
  '27': 0x9b2335, // Bourgogne-Franche-Comté
  '28': 0x2980b9, // Normandie
  '32': 0xd35400, // Hauts-de-France
  '44': 0xc0392b, // Grand Est
  '52': 0x7f8c8d, // Pays de la Loire
  '53': 0x34495e, // Bretagne
  '75': 0xe67e22, // Nouvelle-Aquitaine
  '76': 0xe74c3c, // Occitanie
  '84': 0x0e7c7b, // Auvergne-Rhône-Alpes
  '93': 0xf1c40f, // Provence-Alpes-Côte d'Azur
  '94': 0x6c3483, // Corse
};

export const NEUTRAL_COLOUR = 0x5865f2;
export const WARNING_COLOUR = 0xfee75c;
export const ERROR_COLOUR = 0xed4245;

export function regionColour(code: string): number {
  return REGION_COLOURS[code] ?? NEUTRAL_COLOUR;
}
