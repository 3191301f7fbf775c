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

  // esbuild escapes strings and templates itself; comments and regular expressions are left to asciiOnly.
  it.each([
    ['a class of letters', String.raw`/^[aeiouyàâæéèêëîïôœùûü]+$/i.test('\u00e9\u00e0')`],
    ['a class of letters, unicode', String.raw`/^[àé]+$/u.test('\u00e9\u00e0')`],
    ['an astral character, unicode', String.raw`/^🌍$/u.test('\u{1f30d}')`],
    ['an astral character in a class, unicode', String.raw`/^[🌍🌎]$/u.test('\u{1f30e}')`],
    ['a class of letters, unicode sets', String.raw`/^[[àé]--[é]]$/v.test('\u00e0')`],
    ['an escaped letter', String.raw`/^\é$/.test('\u00e9')`],
    ['a comment', `/* Wärting */ 'kept' // l’autre`],
  ])('escapes %s into code that means the same', (_, code) => {
    const escaped = asciiOnly(code);
    expect(/[\u0080-\uffff]/.test(escaped)).toBe(false);
    expect(run(escaped)).toEqual(run(code));
    if (code.includes('.test(')) expect(run(escaped)).toBe(true);
  });

  it("leaves a tagged template's raw text, where an escape would change what it says, and strings", () => {
    for (const code of [String.raw`String.raw${'`'}é\é${'`'}`, `'é' + 1 / 2 + "/à/"`])
      expect(asciiOnly(code)).toBe(code);
  });
});
