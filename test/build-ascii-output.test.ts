import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asciiOnly, buildEntries, ENTRIES } from '../scripts/build.ts';

/** What a snippet of JavaScript evaluates to. */
const run = (code: string): unknown => new Function(`return ${code};`)();

describe('the built code is ASCII, so that node holds its source in one byte a character', () => {
  const out = mkdtempSync(join(tmpdir(), 'laureates-ascii-'));
  beforeAll(() => buildEntries(ENTRIES, out), 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('every JavaScript file of dist/ (a bundled comment and our accented regular expressions were not)', () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const code = readFileSync(join(out, file), 'utf8');
      expect(/[\u0080-\uffff]/.exec(code)?.[0], file).toBeUndefined();
    }
  });

  it.each([
    ['a string', `"qu’il — 🌍"`],
    ['a template', '`Île-de-France ${1 + 1} ✓`'],
    ['a class of letters', `/^[aeiouyàâæéèêëîïôœùûü]+$/i.test('éà')`],
    ['a class of letters, unicode', `/^[àé]+$/u.test('éà')`],
    ['an astral character, unicode', `/^🌍$/u.test('🌍')`],
    ['an astral character in a class, unicode', `/^[🌍🌎]$/u.test('🌎')`],
    ['an escaped letter', String.raw`/^\é$/.test('é')`],
    ['a comment', `/* Wärting */ 'kept'`],
  ])('escapes %s into code that means the same', (_, code) => {
    const escaped = asciiOnly(code);
    expect(/[\u0080-\uffff]/.test(escaped)).toBe(false);
    expect(run(escaped)).toEqual(run(code));
    if (typeof run(code) === 'boolean') expect(run(escaped)).toBe(true);
  });
});
