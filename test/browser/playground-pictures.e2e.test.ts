import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/bot/config.ts';
import { CatalogStore } from '../../src/data/catalogStore.ts';
import { DATASET_FILE } from '../../src/data/paths.ts';
import { startPlayground, type Playground } from '../../src/playground/start.ts';
import { MISSING_CHROMIUM, hasChromium, launchChromium } from './chromium.ts';
import { PlaygroundPage } from './playgroundPage.ts';

const ARTIFACTS = fileURLToPath(new URL('../../artifacts/browser/', import.meta.url));

if (!hasChromium) console.warn(MISSING_CHROMIUM);

/** The map and the chart as a person sees them in the playground: pictures inline in the bot's answer. */
describe.skipIf(!hasChromium)('pictures in the playground', () => {
  let playground: Playground;
  let browser: Browser;
  let ui: PlaygroundPage;

  beforeAll(async () => {
    const logger = pino({ level: 'silent' });
    playground = await startPlayground({
      config: { ...loadConfig({}), PLAYGROUND_PORT: 0 },
      store: new CatalogStore(DATASET_FILE, logger),
      logger,
    });
    browser = await launchChromium();
    ui = await PlaygroundPage.open(browser, playground.url);
  });
  afterAll(async () => {
    await browser?.close();
    await playground?.close();
  });

  /** The size the page draws the answer's picture at, once it has loaded (0 × 0 if it never does). */
  async function shownPicture(name: string): Promise<{ width: number; height: number; naturalWidth: number }> {
    const reply = ui.messages().last();
    await ui.expectText(reply, 'Only you can see this');
    const picture = reply.locator(`img[src*="${name}"]`).first();
    await picture.waitFor({ timeout: 10_000 });
    await picture.evaluate((image: HTMLImageElement) => image.decode());
    return picture.evaluate((image: HTMLImageElement) => ({
      width: image.getBoundingClientRect().width,
      height: image.getBoundingClientRect().height,
      naturalWidth: image.naturalWidth,
    }));
  }

  it('/laureates map region: shows the map inline, at a readable size, full resolution behind it', async () => {
    await ui.startCommand('/laureates map');
    await ui.fillOption('region', 'Nouvelle', 'Nouvelle-Aquitaine');
    await ui.send();
    const size = await shownPicture('map.png');
    await ui.screenshot(`${ARTIFACTS}pictures-map.png`);
    expect(size.naturalWidth).toBe(1600);
    expect(size.width).toBeGreaterThanOrEqual(400);
    expect(size.height).toBeGreaterThanOrEqual(200);

    // A click opens it full size over the page; a click closes it.
    await ui.messages().last().locator('img[src*="map.png"]').first().click();
    const full = ui.page.locator('dialog.pg-lightbox img');
    await full.waitFor();
    const box = await full.boundingBox();
    await ui.screenshot(`${ARTIFACTS}pictures-map-full-size.png`);
    expect(box?.width ?? 0).toBeGreaterThan(size.width * 2);
    await full.click();
    await full.waitFor({ state: 'detached' });
  }, 30_000);

  it('/laureates stats shows its chart inline too', async () => {
    await ui.startCommand('/laureates stats');
    await ui.send();
    const size = await shownPicture('chart.png');
    await ui.screenshot(`${ARTIFACTS}pictures-chart.png`);
    expect(size.naturalWidth).toBe(1600);
    expect(size.width).toBeGreaterThanOrEqual(400);
  }, 30_000);
});
