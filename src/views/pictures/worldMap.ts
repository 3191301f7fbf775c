import { geoGraticule10, geoNaturalEarth1, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { escapeXml, fitText, svgDocument, svgText, textWidth } from './svg.ts';
import { anchorOf, countryShapes, FRANCE_SHAPE_ID, PARIS, shapeIdOf, type CountryShape } from './worldShapes.ts';

/** Everything the map shows, in plain data: made on the bot's thread, drawn (maybe in a worker) by `worldMapSvg`. */
export interface MapPicture {
  title: string;
  subtitle: string;
  legendTitle: string;
  franceLabel: string;
  attribution: string;
  /** Partner countries and their number of projects, labels already in the reader's language. */
  partners: readonly { alpha2: string; label: string; count: number }[];
}

export const MAP_SIZE = { width: 1600, height: 900 } as const;
const TITLE_BAND = 96;
const MARGIN = 16;
/** How far the view may zoom in on a selection, relative to the whole world: Paris to Tirana still shows Europe. */
const MAX_ZOOM = 5;
/** Below this gain zooming is not worth losing the world's context. */
const MIN_ZOOM = 1.4;

export const MAP_COLOURS = {
  ocean: '#d4e6f4',
  land: '#e8e6df',
  border: '#ffffff',
  france: '#2f5597',
  line: '#1d3f73',
  graticule: '#c3d9ec',
  /** Fills by number of projects, light to dark. */
  ramp: ['#fdd98a', '#fdb35a', '#f7823b', '#e0502a', '#b3261e'],
} as const;

/** Class lower bounds; a class runs to the next bound, the last one to the largest count. */
const CLASS_BOUNDS = [1, 2, 3, 5, 10] as const;

export interface CountClass {
  from: number;
  to: number;
  colour: string;
}

/** The legend's classes for counts up to `max`: one per count while they are few, wider ones past 3. */
export function countClasses(max: number): CountClass[] {
  const bounds = CLASS_BOUNDS.filter((bound) => bound <= Math.max(1, max));
  return bounds.map((from, index) => ({
    from,
    to: (bounds[index + 1] ?? Math.max(from, max) + 1) - 1,
    colour: MAP_COLOURS.ramp[index] ?? MAP_COLOURS.ramp[MAP_COLOURS.ramp.length - 1] ?? '#b3261e',
  }));
}

function classOf(classes: readonly CountClass[], count: number): CountClass | undefined {
  return classes.find((countClass) => count >= countClass.from && count <= countClass.to);
}

interface Frame {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const MAP_FRAME: Frame = { x0: 0, y0: TITLE_BAND, x1: MAP_SIZE.width, y1: MAP_SIZE.height };

function partnerShapes(picture: MapPicture): { shape: CountryShape; partner: MapPicture['partners'][number] }[] {
  const byId = new Map(countryShapes().map((shape) => [shape.id, shape]));
  return picture.partners.flatMap((partner) => {
    const id = shapeIdOf(partner.alpha2);
    const shape = id === undefined ? undefined : byId.get(id);
    return shape ? [{ shape, partner }] : [];
  });
}

/**
 * The projection the map is drawn with: the whole world (Natural Earth), or, when Paris and the partners lie in one
 * part of it, zoomed on them. Exported so that tests find a country's pixels from its longitude and latitude.
 */
export function mapProjection(picture: MapPicture): GeoProjection {
  const { x0, y0, x1, y1 } = MAP_FRAME;
  const world = geoNaturalEarth1().fitExtent(
    [
      [x0 + MARGIN, y0 + MARGIN / 2],
      [x1 - MARGIN, y1 - MARGIN / 2],
    ],
    { type: 'Sphere' },
  );
  const shapes = partnerShapes(picture).map(({ shape }) => shape);
  if (shapes.length === 0) return world;
  const selection: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...shapes,
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [...PARIS] } } as Feature<Geometry>,
    ],
  };
  const padding = 90;
  const zoomed = geoNaturalEarth1().fitExtent(
    [
      [x0 + padding * 1.6, y0 + padding],
      [x1 - padding * 1.6, y1 - padding],
    ],
    selection,
  );
  const gain = zoomed.scale() / world.scale();
  if (gain < MIN_ZOOM) return world;
  if (gain > MAX_ZOOM) {
    // Keep the selection centred but no closer than MAX_ZOOM.
    const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
    const centre = zoomed.invert?.([cx, cy]) ?? [...PARIS];
    zoomed.scale(world.scale() * MAX_ZOOM).translate([cx, cy]);
    const shifted = zoomed(centre) ?? [cx, cy];
    zoomed.translate([2 * cx - shifted[0], 2 * cy - shifted[1]]);
  }
  return zoomed.clipExtent([
    [x0, y0],
    [x1, y1],
  ]);
}

/**
 * The projection's stream with points closer than `distance` pixels to the previous one dropped: the 1:50m outlines
 * have many points per pixel at this size, which only make the SVG bigger and slower to draw, not better looking.
 */
function thinned(projection: GeoProjection, distance: number): { stream: (output: GeoStream) => GeoStream } {
  return {
    stream(output) {
      let last: [number, number] | undefined;
      let pending: [number, number] | undefined;
      const thinning: GeoStream = {
        point(x, y) {
          if (last && Math.abs(x - last[0]) < distance && Math.abs(y - last[1]) < distance) {
            pending = [x, y];
            return;
          }
          output.point(x, y);
          last = [x, y];
          pending = undefined;
        },
        lineStart() {
          last = undefined;
          pending = undefined;
          output.lineStart();
        },
        lineEnd() {
          // A line keeps its last point, so rings close where they should.
          if (pending) output.point(pending[0], pending[1]);
          output.lineEnd();
        },
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      };
      return projection.stream(thinning);
    },
  };
}

const pathOf = (projection: GeoProjection) => geoPath(thinned(projection, 0.7)).digits(1);

/** The land of a view, the same whatever the selection: the world view's is drawn once per process. */
const landCache = new Map<string, string>();
const LAND_CACHE_SIZE = 8;

function landPath(projection: GeoProjection, path: ReturnType<typeof pathOf>): string {
  const key = `${projection.scale().toFixed(3)}:${projection.translate().map((value) => value.toFixed(2))}`;
  let land = landCache.get(key);
  if (land === undefined) {
    land = countryShapes()
      .map((shape) => path(shape) ?? '')
      .join('');
    if (landCache.size >= LAND_CACHE_SIZE) landCache.delete(landCache.keys().next().value ?? '');
    landCache.set(key, land);
  }
  return land;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const LABEL_SIZE = 19;

/** A label beside its marker where it hits no other label, marker, legend or edge; none if nowhere fits. */
function placeLabel(
  text: string,
  [x, y]: [number, number],
  taken: Box[],
  gap = 10,
): { x: number; y: number; anchor: 'start' | 'end' | 'middle' } | undefined {
  const width = textWidth(text, LABEL_SIZE);
  const height = LABEL_SIZE;
  type Anchor = 'start' | 'end' | 'middle';
  // Beside, above, below, then diagonally: the first free one wins.
  const offsets: [number, number, Anchor][] = [
    [gap, 0, 'start'],
    [-gap, 0, 'end'],
    [0, -gap - height / 2, 'middle'],
    [0, gap + height / 2, 'middle'],
    [gap, -height, 'start'],
    [gap, height, 'start'],
    [-gap, -height, 'end'],
    [-gap, height, 'end'],
    [0, -gap - height * 1.5, 'middle'],
    [0, gap + height * 1.5, 'middle'],
  ];
  const candidates = offsets.map(([dx, dy, anchor]) => {
    const left = anchor === 'start' ? x + dx : anchor === 'end' ? x + dx - width : x - width / 2;
    const middle = y + dy;
    return {
      x: x + dx,
      y: middle + height * 0.35,
      anchor,
      box: { x0: left - 2, y0: middle - height / 2 - 2, x1: left + width + 2, y1: middle + height / 2 + 2 },
    };
  });
  const inside = (box: Box) =>
    box.x0 >= MAP_FRAME.x0 + 4 &&
    box.x1 <= MAP_FRAME.x1 - 4 &&
    box.y0 >= MAP_FRAME.y0 + 4 &&
    box.y1 <= MAP_FRAME.y1 - 4;
  const spot = candidates.find(({ box }) => inside(box) && taken.every((other) => !overlaps(box, other)));
  if (!spot) return undefined;
  taken.push(spot.box);
  return spot;
}

const LEGEND_ROW = 30;

function legendSvg(picture: MapPicture, classes: readonly CountClass[]): { svg: string[]; box: Box } {
  const rows = [...classes.map((countClass) => ({ colour: countClass.colour, label: rangeLabel(countClass) }))];
  const width = Math.max(
    textWidth(picture.legendTitle, 18) + 28,
    ...rows.map((row) => 64 + textWidth(row.label, 17)),
    64 + textWidth(picture.franceLabel, 17),
  );
  const height = 48 + (rows.length + 1) * LEGEND_ROW;
  const x = MARGIN + 8;
  const y = MAP_SIZE.height - MARGIN - height;
  const swatch = (row: number, colour: string, label: string) => [
    `<rect x="${x + 14}" y="${y + 40 + row * LEGEND_ROW}" width="30" height="20" rx="3" fill="${colour}" stroke="#8a8a8a" stroke-width="0.8"/>`,
    svgText(x + 54, y + 56 + row * LEGEND_ROW, label, { size: 17 }),
  ];
  return {
    svg: [
      `<g class="legend">`,
      `<rect x="${x}" y="${y}" width="${width.toFixed(0)}" height="${height}" rx="8" fill="#ffffff" fill-opacity="0.88" stroke="#b8c4cf"/>`,
      svgText(x + 14, y + 28, picture.legendTitle, { size: 18, weight: 'bold' }),
      ...rows.flatMap((row, index) => swatch(index, row.colour, row.label)),
      ...swatch(rows.length, MAP_COLOURS.france, picture.franceLabel),
      '</g>',
    ],
    box: { x0: x, y0: y, x1: x + width, y1: y + height },
  };
}

function rangeLabel({ from, to }: CountClass): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/**
 * The world map of a selection as SVG: partner countries filled by their number of projects, France in blue, a great
 * circle from Paris to each partner, labels and legend in the reader's language, and the map data credited.
 */
export function worldMapSvg(picture: MapPicture): string {
  const projection = mapProjection(picture);
  const path = pathOf(projection);
  const zoomed = projection.clipExtent() !== null;
  const partners = partnerShapes(picture);
  const classes = countClasses(Math.max(0, ...partners.map(({ partner }) => partner.count)));
  const fills = new Map(partners.map(({ shape, partner }) => [shape.id, classOf(classes, partner.count)?.colour]));
  fills.set(FRANCE_SHAPE_ID, MAP_COLOURS.france);

  const { width, height } = MAP_SIZE;
  const frame = `x="0" y="${TITLE_BAND}" width="${width}" height="${height - TITLE_BAND}"`;
  const body: string[] = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    zoomed
      ? `<rect ${frame} fill="${MAP_COLOURS.ocean}"/>`
      : `<path d="${path({ type: 'Sphere' })}" fill="${MAP_COLOURS.ocean}"/>`,
    `<path d="${path(geoGraticule10())}" fill="none" stroke="${MAP_COLOURS.graticule}" stroke-width="0.8"/>`,
  ];

  // All land in one path, shared by every map of the same view; partners and France drawn again over it.
  const coloured = countryShapes().flatMap((shape) => {
    const fill = fills.get(shape.id);
    const d = fill ? path(shape) : null;
    return d ? [`<path d="${d}" fill="${fill}"><title>${escapeXml(shape.properties.name)}</title></path>`] : [];
  });
  body.push(
    `<path d="${landPath(projection, path)}" fill="${MAP_COLOURS.land}" stroke="${MAP_COLOURS.border}" stroke-width="0.6"/>`,
    `<g stroke="${MAP_COLOURS.border}" stroke-width="0.6">${coloured.join('')}</g>`,
  );

  const paris = projection([...PARIS]) ?? [0, 0];
  const anchors = partners.map(({ shape, partner }) => {
    const anchor = anchorOf(shape);
    return { anchor, point: projection(anchor), partner };
  });
  body.push(
    `<g fill="none" stroke="${MAP_COLOURS.line}" stroke-width="2" stroke-opacity="0.6" stroke-linecap="round">`,
    ...anchors.map(({ anchor }) => `<path d="${path({ type: 'LineString', coordinates: [[...PARIS], anchor] })}"/>`),
    '</g>',
  );

  const legend = legendSvg(picture, classes);
  const taken: Box[] = [legend.box];
  const markers: string[] = [];
  for (const { point, partner } of anchors) {
    if (!point) continue;
    const colour = classOf(classes, partner.count)?.colour ?? MAP_COLOURS.ramp[0];
    markers.push(
      `<circle cx="${point[0].toFixed(1)}" cy="${point[1].toFixed(1)}" r="6" fill="${colour}" stroke="${MAP_COLOURS.line}" stroke-width="2"/>`,
    );
    taken.push({ x0: point[0] - 7, y0: point[1] - 7, x1: point[0] + 7, y1: point[1] + 7 });
  }
  taken.push({ x0: paris[0] - 10, y0: paris[1] - 10, x1: paris[0] + 10, y1: paris[1] + 10 });
  markers.push(
    `<circle cx="${paris[0].toFixed(1)}" cy="${paris[1].toFixed(1)}" r="8" fill="#ffffff" stroke="${MAP_COLOURS.france}" stroke-width="4"/>`,
  );

  const labels: string[] = [];
  const franceSpot = placeLabel(picture.franceLabel, paris, taken, 13);
  if (franceSpot)
    labels.push(
      svgText(franceSpot.x, franceSpot.y, picture.franceLabel, {
        size: LABEL_SIZE,
        weight: 'bold',
        fill: MAP_COLOURS.france,
        anchor: franceSpot.anchor,
        halo: '#ffffff',
      }),
    );
  // The partners with most projects get their labels first, where space is scarce.
  for (const { point, partner } of anchors.toSorted((a, b) => b.partner.count - a.partner.count)) {
    if (!point) continue;
    const text = `${partner.label} (${partner.count})`;
    const spot = placeLabel(text, point, taken);
    if (spot) labels.push(svgText(spot.x, spot.y, text, { size: LABEL_SIZE, anchor: spot.anchor, halo: '#ffffff' }));
  }

  body.push(
    ...markers,
    ...labels,
    ...legend.svg,
    svgText(width - MARGIN - 4, height - MARGIN, picture.attribution, {
      size: 14,
      fill: '#5b6670',
      anchor: 'end',
      halo: '#ffffff',
    }),
    `<rect width="${width}" height="${TITLE_BAND}" fill="#ffffff"/>`,
    `<line x1="0" y1="${TITLE_BAND}" x2="${width}" y2="${TITLE_BAND}" stroke="#b8c4cf"/>`,
    svgText(MARGIN + 8, 44, fitText(picture.title, 32, width - 2 * MARGIN), { size: 32, weight: 'bold' }),
    svgText(MARGIN + 8, 80, fitText(picture.subtitle, 20, width - 2 * MARGIN), { size: 20, fill: '#4a5560' }),
  );
  return svgDocument(width, height, body);
}
