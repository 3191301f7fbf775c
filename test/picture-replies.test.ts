import { describe, expect, it } from 'vitest';
import { mapReply, statsReply } from '../src/app/pictures.ts';
import type { CommandContext } from '../src/app/subcommand.ts';
import { loadCatalog } from '../src/data/dataset.ts';
import { localeFor } from '../src/i18n/index.ts';
import { RenderBusyError, type PictureRenderer } from '../src/render/service.ts';
import { bodyOf, realCatalog, USER } from './support/router.ts';

function contextWith(pictures: PictureRenderer): CommandContext {
  return { catalog: realCatalog, locale: localeFor('en-US'), user: USER, pictures, claimPublicShare: () => true };
}

const refusing = (error: Error): PictureRenderer => ({ render: () => Promise.reject(error) });

describe('answers when a picture cannot be drawn', () => {
  it('a full render queue: the map’s answer comes in words, saying to try again, with no file', async () => {
    const context = contextWith(refusing(new RenderBusyError()));
    const body = bodyOf(await mapReply(context, { projects: realCatalog.projects }));
    expect(body.files).toBeUndefined();
    expect(body.embeds[0]?.image).toBeUndefined();
    expect(body.embeds[0]?.description).toContain('Benin **2**');
    expect(body.embeds[0]?.description).toContain('try again in a moment');
  });

  it('a drawing that failed: stats keeps its numbers and says the picture is missing', async () => {
    const body = bodyOf(await statsReply(contextWith(refusing(new Error('resvg crashed')))));
    expect(body.files).toBeUndefined();
    expect(body.embeds[0]?.fields?.find((field) => field.name === 'Projects')?.value).toBe('16');
    expect(body.embeds[0]?.description).toContain('could not be drawn');
  });

  it('the picture is asked for with the data version, so a reload draws it anew', async () => {
    const versions: number[] = [];
    const recording: PictureRenderer = {
      render: async ({ dataVersion }) => {
        versions.push(dataVersion);
        return new Uint8Array([137, 80, 78, 71]);
      },
    };
    await statsReply(contextWith(recording));
    expect(versions).toEqual([realCatalog.version]);
    // A reload builds a new catalogue: a newer version, which empties the picture cache (test/render-pool.test.ts).
    expect(loadCatalog().version).toBeGreaterThan(realCatalog.version);
  });
});
