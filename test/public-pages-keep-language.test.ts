import { describe, expect, it } from 'vitest';
import { decodeCustomId } from '../src/views/customId.ts';
import { bodyOf, customIds, raw, textOf, USER } from './support/router.ts';

/** A question asked by message is answered for everyone in its own language: turning its page must not change that. */
const OTHER = { id: '4000000000000000002', displayName: 'Bob' };

function frenchAnswer() {
  const { reply } = raw({ kind: 'message', text: 'tous les projets', channel: 'guild', user: USER });
  const next = customIds(bodyOf(reply)).find((id) => {
    const action = decodeCustomId(id);
    return action?.action === 'page' && action.page === 1;
  });
  if (!next) throw new Error('the answer has no next-page button');
  return next;
}

/** `user`, whose Discord is in English, clicks "next page" on the public French answer to USER's question. */
const turnPage = (user: typeof USER) =>
  raw({
    kind: 'component',
    customId: frenchAnswer(),
    values: [],
    locale: 'en-US',
    user,
    message: { ephemeral: false, ownerId: USER.id },
  }).reply;

describe('the pages of a public answer to a question', () => {
  it('stay in the question’s language when its asker, with Discord in English, turns them', () => {
    const reply = turnPage(USER);
    expect(reply.type).toBe('update');
    const text = textOf(bodyOf(reply));
    expect(text).toContain('16 projets');
    expect(text).not.toContain('16 projects');
  });

  it('are a private copy in the reader’s own language for anyone else', () => {
    const reply = turnPage(OTHER);
    expect(reply).toMatchObject({ type: 'message', ephemeral: true });
    expect(textOf(bodyOf(reply))).toContain('16 projects');
  });
});
