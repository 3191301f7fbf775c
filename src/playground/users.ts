import { createHash } from 'node:crypto';
import type { FakeUser } from '../emulator/index.ts';

/** Above every id the emulator hands out, below 2^63. */
const USER_ID_BASE = 4_100_000_000_000_000_000n;

/**
 * The Discord user behind a display name typed on the page. Each name gets its own stable id: on Discord one id is
 * one person with one name, and discord.js caches users by id, so two names sharing an id would bleed into each other.
 */
export function userNamed(displayName: string): Partial<FakeUser> {
  const digest = createHash('sha256').update(displayName).digest('hex');
  const id = (USER_ID_BASE + BigInt(`0x${digest.slice(0, 15)}`)).toString();
  // Usernames are lowercase ASCII letters, digits, _ and . (2 to 32 characters).
  const username = (
    displayName
      .normalize('NFD')
      .toLowerCase()
      .replace(/[^a-z0-9_.]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'user'
  )
    .padEnd(2, '_')
    .slice(0, 32);
  return { id, username, global_name: displayName };
}
