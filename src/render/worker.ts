import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { countryShapes } from '../views/pictures/worldShapes.ts';
import { drawPicture, type PictureJob } from './draw.ts';

/**
 * A render thread: draws each picture it is sent (SVG, then PNG) and posts the bytes back. Its own entry point, so a
 * bundler can build it beside the bot's (see RenderPool's workerUrl).
 */
export interface RenderRequest {
  id: number;
  job: PictureJob;
}
export type RenderResponse = { id: number; png: Uint8Array } | { id: number; error: string };

const { fontFiles } = workerData as { fontFiles: string[] };

// resvg's pixels live outside the JavaScript heap, where V8 doesn't see them: left to itself the garbage collector
// runs too rarely and memory climbs by megabytes per picture (thx/resvg-js#216, measured here: 6 MB a map). A
// collection once each picture is sent keeps the thread's memory flat, and costs the bot's thread nothing.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

// The atlas is parsed before the first picture is asked for, not while someone waits for it.
countryShapes();

parentPort?.on('message', ({ id, job }: RenderRequest) => {
  let response: RenderResponse;
  try {
    response = { id, png: drawPicture(job, fontFiles) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response, 'png' in response ? [response.png.buffer as ArrayBuffer] : []);
  setImmediate(collectGarbage);
});
