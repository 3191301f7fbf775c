import { expect, it } from 'vitest';
import { plainTextProblem } from '../src/text/plainText.ts';

it('refuses in the data what a chat acts on: links, mentions and tags, line breaks, bidirectional controls', () => {
  for (const text of [
    '[Free Nitro](https://evil.example)',
    '[x](<mailto:a@b.c>)',
    'see https://evil.example',
    'hello @everyone',
    '@here',
    '<@123>',
    '<@&45>',
    '<#67>',
    '</ask:1>',
    '<:emoji:89>',
    '<t:1700000000:R>',
    'Porto\nNovo',
    'a\u2028b',
    'Vichy \u202eevil',
  ]) {
    expect(plainTextProblem(text), JSON.stringify(text)).toBeDefined();
  }
});

it('accepts names and titles that only look like markup', () => {
  for (const text of [
    "L'Haÿ-les-Roses",
    'Côte d’Ivoire',
    '1996 – 2021 : 25 ans de partage',
    '« Les Sentinelles du Climat »',
    'contact@here.fr',
    'Titre [2021](bis)',
    'A</B',
    'Les 3 <: 5',
  ]) {
    expect(plainTextProblem(text), text).toBeUndefined();
  }
});
