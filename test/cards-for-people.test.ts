import { describe, expect, it } from 'vitest';
import { decodeCustomId } from '../src/views/customId.ts';
import { bodyOf, command, component, customIds, realCatalog, textOf } from './support/router.ts';

/** Cards and help say what the data holds and what it doesn't, show no ids, and a card is shared once. */
describe('what the data holds, said where people look', () => {
  it('help names the publication, its date and publisher, what it gives and what it doesn’t', () => {
    const field = bodyOf(command('help').reply).embeds[0]?.fields?.at(-1);
    expect(field?.name).toBe('📚 What the data holds');
    for (const expected of [
      '**AAP Généraliste 2021**',
      "Ministère de l'Europe et des Affaires étrangères (DAECT)",
      '28 April 2021',
      'who leads it',
      'with whom',
      'amounts and funding, project dates, contacts, descriptions, results',
    ]) {
      expect(field?.value).toContain(expected);
    }
    expect(textOf(bodyOf(command('help', {}, 'fr').reply))).toContain('annoncée le 28 avril 2021 à Paris');
  });

  it('every card says what is published and what is not, with the call’s publisher and date, and no raw id', () => {
    for (const project of realCatalog.projects) {
      const body = bodyOf(command('project', { id: project.id }).reply);
      const text = textOf(body);
      expect(body.embeds[0]?.footer?.text).toContain('Not published: amounts, project dates, contacts, descriptions');
      expect(text).toContain("published by Ministère de l'Europe et des Affaires étrangères (DAECT)");
      expect(text).toContain('28 April 2021');
      expect(text).not.toContain(project.id);
    }
  });
});

describe('share once', () => {
  it('Share edits the private card (button disabled) and posts the card for everyone', () => {
    const { reply } = component('lb1|s|aapg-2021-dijon-fier');
    if (reply.type !== 'update' || !reply.followUp) throw new Error('expected an update with a follow-up');
    const [button] = reply.body.components[0]?.components ?? [];
    expect(button).toMatchObject({ label: 'Shared in channel', disabled: true });
    expect(decodeCustomId(customIds(reply.body)[0] ?? '')).toEqual({
      action: 'shared',
      projectId: 'aapg-2021-dijon-fier',
    });
    expect(reply.followUp.ephemeral).toBe(false);
    expect(reply.followUp.body.content).toBe('📣 Shared by **Ada**');
    expect(reply.followUp.body.components).toEqual([]);
  });

  it('a second click (a client that ignores disabled buttons) answers privately, and posts nothing', () => {
    const { reply } = component('lb1|d|aapg-2021-dijon-fier', [], 'fr');
    expect(reply).toMatchObject({ type: 'message', ephemeral: true });
    expect(textOf(bodyOf(reply))).toContain('Cette fiche est déjà partagée dans le salon.');
  });
});
