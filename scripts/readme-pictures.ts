/**
 * `npm run pictures`: draws the README's pictures from the dataset, exactly as the bot draws them (same views, same
 * worker pool, same fonts): docs/images/map.png (the map of every laureate) and docs/images/chart.png (`stats`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../src/data/dataset.ts';
import { localeFor } from '../src/i18n/index.ts';
import { createPictureService } from '../src/render/service.ts';
import { statsChartPicture } from '../src/views/chartView.ts';
import { mapPicture } from '../src/views/mapView.ts';

const OUT = fileURLToPath(new URL('../docs/images/', import.meta.url));

const catalog = loadCatalog();
const locale = localeFor('en-US');
const calls = [...new Set(catalog.projects.map((project) => catalog.call(project.callId)?.name ?? project.callId))];
const service = createPictureService();
try {
  const pictures = {
    'map.png': await service.render({
      job: { kind: 'map', picture: mapPicture({ projects: catalog.projects }, calls, locale) },
      dataVersion: catalog.version,
    }),
    'chart.png': await service.render({
      job: { kind: 'chart', picture: statsChartPicture(catalog.stats(), calls, locale) },
      dataVersion: catalog.version,
    }),
  };
  mkdirSync(OUT, { recursive: true });
  for (const [name, png] of Object.entries(pictures)) {
    writeFileSync(`${OUT}${name}`, png);
    console.log(`docs/images/${name}: ${(png.byteLength / 1024).toFixed(0)} KB`);
  }
} finally {
  await service.close();
}
