/**
 * Runs `work` a network round trip from now (at once when 0): how much later Discord, over the internet, acts on what
 * it was just sent. Equal delays keep their order, so requests and frames are still handled in the order they came.
 */
export function afterRoundTrip(roundTripMs: number, work: () => void): void {
  if (roundTripMs > 0) setTimeout(work, roundTripMs);
  else work();
}
