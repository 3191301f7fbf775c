import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/data/dataset.ts';
import { localeFor } from '../src/i18n/index.ts';
import { drawPicture, pictureSvg } from '../src/render/draw.ts';
import { FONT_FILES } from '../src/render/fonts.ts';
import { statsChartPicture } from '../src/views/chartView.ts';
import { mapPicture, type MapSelection } from '../src/views/mapView.ts';
import { CHART_COLOURS, CHART_WIDTH } from '../src/views/pictures/statsChart.ts';
import { countClasses, MAP_COLOURS, MAP_SIZE, mapProjection, type MapPicture } from '../src/views/pictures/worldMap.ts';
import { PARIS } from '../src/views/pictures/worldShapes.ts';
import { colourAt, decodePng, type DecodedPng } from './support/png.ts';

const catalog = loadCatalog();
const en = localeFor('en-US');
const fr = localeFor('fr');
const calls = ['AAP Généraliste 2021'];
const everything: MapSelection = { projects: catalog.projects };
const ofRegion = (code: string): MapSelection => ({
  projects: catalog.projects.filter((project) => project.region.code === code),
  label: code,
});

function drawMap(picture: MapPicture): DecodedPng {
  return decodePng(drawPicture({ kind: 'map', picture }, FONT_FILES));
}

/** The colour drawn at a longitude and latitude, found with the map's own projection. */
function colourOn(picture: MapPicture, png: DecodedPng, lonLat: [number, number]): string {
  const point = mapProjection(picture)(lonLat);
  if (!point) throw new Error(`${lonLat.join(',')} is not on this map`);
  return colourAt(png, point[0], point[1]);
}

// Points well inside countries and seas, away from markers, lines and labels (checked on the drawn maps).
const PATAGONIA: [number, number] = [-68, -45]; // Argentina: 1 project
const SOUTH_EAST_CAMEROON: [number, number] = [14.5, 3.5]; // Cameroon: 2 projects (Auvergne-Rhône-Alpes, Nouvelle-Aquitaine)
const CENTRAL_AUSTRALIA: [number, number] = [134, -25]; // no project
const INDIAN_OCEAN: [number, number] = [75, -25];
const EASTERN_FRANCE: [number, number] = [5.5, 45.5];

describe('world map', () => {
  const picture = mapPicture(everything, calls, en);
  const png = drawMap(picture);

  it('is a PNG of the size asked, well under Discord’s and our own size limits', () => {
    const bytes = drawPicture({ kind: 'map', picture }, FONT_FILES);
    expect(png.width).toBe(MAP_SIZE.width);
    expect(png.height).toBe(MAP_SIZE.height);
    expect(png.width).toBeGreaterThanOrEqual(1000);
    expect(png.height).toBeGreaterThanOrEqual(500);
    expect(bytes.byteLength).toBeLessThan(2 * 1024 * 1024);
  });

  it('fills partner countries by their number of projects, France in blue, the rest as plain land on an ocean', () => {
    const [one, two] = countClasses(2);
    expect(colourOn(picture, png, PATAGONIA)).toBe(one?.colour);
    expect(colourOn(picture, png, SOUTH_EAST_CAMEROON)).toBe(two?.colour);
    expect(colourOn(picture, png, CENTRAL_AUSTRALIA)).toBe(MAP_COLOURS.land);
    expect(colourOn(picture, png, INDIAN_OCEAN)).toBe(MAP_COLOURS.ocean);
    expect(colourOn(picture, png, EASTERN_FRANCE)).toBe(MAP_COLOURS.france);
    expect(new Set([one?.colour, two?.colour, MAP_COLOURS.land, MAP_COLOURS.ocean]).size).toBe(4);
  });

  it('draws a line from Paris to each partner country and labels them', () => {
    const svg = pictureSvg({ kind: 'map', picture });
    const lines = svg.match(/<g fill="none" stroke="#1d3f73"[^>]*>([\s\S]*?)<\/g>/)?.[1] ?? '';
    expect(lines.match(/<path /g)).toHaveLength(catalog.stats().partnerCountries);
    // The marker of Paris is white where its ring is blue.
    const paris = mapProjection(picture)([...PARIS]) ?? [0, 0];
    expect(colourAt(png, paris[0], paris[1])).toBe('#ffffff');
    for (const label of ['Argentina (1)', 'Cameroon (2)', 'Laos (1)']) expect(svg).toContain(`>${label}</text>`);
    expect(svg).toContain('Natural Earth via world-atlas');
  });

  it('shows only the region’s partners when a region is chosen', () => {
    const ileDeFrance = mapPicture(ofRegion('11'), calls, en); // Benin, Mauritania, Argentina
    const regionPng = drawMap(ileDeFrance);
    expect(ileDeFrance.partners.map((partner) => partner.alpha2).sort()).toEqual(['AR', 'BJ', 'MR']);
    expect(colourOn(ileDeFrance, regionPng, PATAGONIA)).toBe(countClasses(1)[0]?.colour);
    expect(colourOn(ileDeFrance, regionPng, SOUTH_EAST_CAMEROON)).toBe(MAP_COLOURS.land);
    expect(Buffer.compare(Buffer.from(regionPng.pixels), Buffer.from(png.pixels))).not.toBe(0);
  });

  it('zooms on a selection that lies in one part of the world, Paris and the partners in view', () => {
    const occitanie = mapPicture(ofRegion('76'), calls, en); // Burkina Faso only
    const world = mapProjection(picture);
    const zoomed = mapProjection(occitanie);
    expect(zoomed.scale()).toBeGreaterThan(world.scale() * 1.4);
    for (const lonLat of [[...PARIS] as [number, number], [-1.5, 12.3] as [number, number]]) {
      const [x = -1, y = -1] = zoomed(lonLat) ?? [];
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(MAP_SIZE.width);
      expect(y).toBeGreaterThan(96);
      expect(y).toBeLessThan(MAP_SIZE.height);
    }
    const drawn = drawMap(occitanie);
    expect(colourOn(occitanie, drawn, [-1.5, 12.3])).toBe(countClasses(1)[0]?.colour); // Ouagadougou's region
  });

  it('speaks the reader’s language: French and English labels differ, in the SVG and in the pixels', () => {
    const french = mapPicture(everything, calls, fr);
    const svgFr = pictureSvg({ kind: 'map', picture: french });
    const svgEn = pictureSvg({ kind: 'map', picture });
    expect(svgFr).toContain('>Pays partenaires des projets lauréats</text>');
    expect(svgEn).toContain('>Partner countries of the laureate projects</text>');
    expect(svgFr).toContain('>Bénin (2)</text>');
    expect(svgEn).toContain('>Benin (2)</text>');
    expect(svgFr).toContain('>Nombre de projets</text>');
    const frenchPng = drawMap(french);
    const titleBand = (image: DecodedPng) => Buffer.from(image.pixels.subarray(0, image.width * 4 * 90));
    expect(Buffer.compare(titleBand(frenchPng), titleBand(png))).not.toBe(0);
    // Same countries, same colours: only the words changed.
    expect(colourOn(french, frenchPng, SOUTH_EAST_CAMEROON)).toBe(colourOn(picture, png, SOUTH_EAST_CAMEROON));
  });

  it('draws text with the shipped font, the same with or without fonts on the machine', () => {
    // No font given at all: resvg draws no text, so the title band is blank; with the shipped font it is not.
    const blank = decodePng(drawPicture({ kind: 'map', picture }, []));
    const inkIn = (image: DecodedPng) =>
      Array.from({ length: 400 }, (_, x) => colourAt(image, 24 + x, 36)).filter((colour) => colour !== '#ffffff')
        .length;
    expect(inkIn(blank)).toBe(0);
    expect(inkIn(png)).toBeGreaterThan(20);
  });
});

describe('statistics chart', () => {
  const picture = statsChartPicture(catalog.stats(), calls, en);

  it('colours partner countries by continent (UN M49), the legend in the reader’s language', () => {
    const countries = picture.panels[1]?.bars ?? [];
    expect(countries.find((bar) => bar.label === 'Benin')?.group).toBe('Africa');
    expect(countries.find((bar) => bar.label === 'Vietnam')?.group).toBe('Asia');
    expect(countries.find((bar) => bar.label === 'Argentina')?.group).toBe('Americas');
    const svgFr = pictureSvg({ kind: 'chart', picture: statsChartPicture(catalog.stats(), calls, fr) });
    expect(svgFr).toContain('>Afrique</text>');
    expect(pictureSvg({ kind: 'chart', picture })).toContain('>Africa</text>');
  });

  it('draws one bar per region and per partner country, in the reader’s language', () => {
    const stats = catalog.stats();
    const svgEn = pictureSvg({ kind: 'chart', picture });
    const svgFr = pictureSvg({ kind: 'chart', picture: statsChartPicture(stats, calls, fr) });
    for (const { region } of stats.perRegion) expect(svgEn).toContain(`>${region.name}</text>`);
    expect(svgEn).toContain('>Projects per region</text>');
    expect(svgFr).toContain('>Projets par région</text>');
    expect(svgEn).toContain('>Benin</text>');
    expect(svgFr).toContain('>Bénin</text>');
    expect(picture.panels[0]?.bars).toHaveLength(stats.perRegion.length);
    expect(picture.panels[1]?.bars).toHaveLength(stats.perCountry.length);
  });

  it('is a wide PNG, bars in colour', () => {
    const bytes = drawPicture({ kind: 'chart', picture }, FONT_FILES);
    const png = decodePng(bytes);
    expect(png.width).toBe(CHART_WIDTH);
    expect(png.height).toBeGreaterThanOrEqual(500);
    expect(bytes.byteLength).toBeLessThan(2 * 1024 * 1024);
    const svg = pictureSvg({ kind: 'chart', picture });
    // The first region's bar, found in the SVG, is drawn in the region colour.
    const bar = svg.match(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" rx="3" fill="([^"]+)"/);
    const [, x = '0', y = '0', width = '0', height = '0', fill] = bar ?? [];
    expect(fill).toBe(CHART_COLOURS.plain);
    expect(colourAt(png, Number(x) + Number(width) / 2, Number(y) + Number(height) / 2)).toBe(CHART_COLOURS.plain);
  });
});
