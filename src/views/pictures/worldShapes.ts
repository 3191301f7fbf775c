import countries from 'i18n-iso-countries/index.js';
import { geoArea, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json' with { type: 'json' };

/**
 * Country shapes from Natural Earth 1:50m (via world-atlas): the 50m scale keeps the small island states (Cabo Verde,
 * Comoros, São Tomé…) that the 110m one drops. Shapes are keyed by ISO 3166-1 numeric code, as world-atlas keys them.
 */
export type CountryShape = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };

/** Where lines to France start: Paris, not the centroid of a France whose shape includes French Guiana. */
export const PARIS: readonly [number, number] = [2.35, 48.86];

let shapes: CountryShape[] | undefined;

/** Every country shape, parsed once per process (a worker keeps them for all its renders). */
export function countryShapes(): readonly CountryShape[] {
  if (!shapes) {
    const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    // Northern Cyprus, Somaliland and Kosovo have no code in world-atlas: drawn as land, never as a partner.
    shapes = feature(topology, topology.objects.countries).features.map((shape, index) => ({
      ...(shape as Feature<Polygon | MultiPolygon, { name: string }>),
      id: shape.id === undefined ? `unknown-${index}` : String(shape.id),
    }));
  }
  return shapes;
}

/** The world-atlas key of a country given by its ISO alpha-2 code ("BJ" → "204"). */
export function shapeIdOf(alpha2: string): string | undefined {
  return countries.alpha2ToNumeric(alpha2);
}

export const FRANCE_SHAPE_ID = '250';

/**
 * Where a country's marker and line go: the centroid of its largest piece of land, so that Norway's point is not in
 * the sea between Svalbard and the mainland, nor the United States' in Canada.
 */
export function anchorOf(shape: CountryShape): [number, number] {
  if (shape.geometry.type === 'Polygon') return geoCentroid(shape);
  const pieces = shape.geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
  const largest = pieces.reduce((best, piece) => (geoArea(piece) > geoArea(best) ? piece : best));
  return geoCentroid(largest);
}
