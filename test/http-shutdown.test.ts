import { MessageFlags } from 'discord-api-types/v10';
import { expect, it } from 'vitest';
import { dispatch, messageOf, slash } from './support/discord.ts';
import { startHttpHarness } from './support/httpHarness.ts';
import type { Handled, InteractionRequest } from '../src/app/router.ts';
import { routerFor } from './support/router.ts';

/**
 * Closing an HTTP replica (what SIGTERM does) while interactions are in flight: no new connection is taken, and every
 * interaction already received is answered — fast ones in their response, slow ones deferred and then edited in —
 * before close() resolves.
 */
it('close() lets every interaction in flight finish, deferred ones included', async () => {
  // Nothing is answered before all ten are in flight (on a busy machine they arrive over more than the fast ones'
  // answer time); then Benin is answered within the deferral deadline, Togo after it.
  let open = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  const handle = routerFor();
  const router = async (request: InteractionRequest): Promise<Handled> => {
    await gate;
    const slow = request.kind === 'command' && request.options.name === 'togo';
    await new Promise((resolve) => setTimeout(resolve, slow ? 2500 : 50));
    return handle(request);
  };
  const harness = await startHttpHarness({ bot: { router, deferAfterMs: 2000 } });
  const [replica] = harness.bots;
  if (!replica) throw new Error('no replica');
  try {
    const fast = Array.from({ length: 5 }, () => dispatch(harness.fake, slash('country', { name: 'benin' })));
    const slow = Array.from({ length: 5 }, () => dispatch(harness.fake, slash('country', { name: 'togo' })));
    await expect.poll(() => replica.endpoint.inFlight, { timeout: 10_000 }).toBe(10);
    open();

    const closed = replica.close();
    // Closed to newcomers at once.
    await expect(fetch(`${replica.url}/livez`)).rejects.toThrow();
    const outcomes = await Promise.all([...fast, ...slow]);
    await closed;
    expect(replica.endpoint.inFlight).toBe(0);
    expect(outcomes.map((outcome) => outcome.callback.type)).toEqual([4, 4, 4, 4, 4, 5, 5, 5, 5, 5]);
    for (const outcome of outcomes.slice(5)) {
      // The deferred ones were edited in before close() resolved.
      const message = harness.fake.getMessage(messageOf(outcome).id);
      expect(message && message.flags & MessageFlags.Loading).toBe(0);
      expect(message?.embeds[0]?.title).toContain('Togo');
    }
  } finally {
    await harness.close();
  }
});
