import { describe, expect, it } from 'vitest';
import { countryByCode } from '../src/domain/countries.ts';
import { regionByCode } from '../src/domain/regions.ts';
import { THEME_IDS, THEMES, type ThemeId } from '../src/domain/themes.ts';
import type { Locale } from '../src/i18n/index.ts';
import { localeFor } from '../src/i18n/index.ts';
import { answerQuery, understandQuestion } from '../src/search/query.ts';
import { asksForHelp } from '../src/understanding/understand.ts';
import type { MessageBody } from '../src/views/message.ts';
import { valueLabel } from '../src/views/answers.ts';
import { GOLDEN_QUESTIONS } from './support/golden.ts';
import { expectWithinDiscordLimits } from './support/limits.ts';
import { bodyOf, command, component, listedIds, realCatalog, textOf } from './support/router.ts';

/**
 * The golden questions (test/golden/questions.json, see its README): real questions in French and English with the answers the published
 * table gives. Each is asked through the router as a person would (`/laureates ask`, or `search`/`keyword`), and its
 * structured answer is checked beside what the reply says.
 */
const GOLDEN = GOLDEN_QUESTIONS;

const LOCALES = { fr: 'fr', en: 'en-US' } as const;

/** How a value of the golden file (code, id or name) is shown to a reader. */
function labelOf(key: string, which: string, locale: Locale): string {
  if (which === 'regions') return regionByCode(key)?.name ?? key;
  if (which === 'countries') {
    const country = countryByCode(key);
    return country ? valueLabel({ kind: 'country', country, count: 0 }, locale) : key;
  }
  if (which === 'themes' && (THEME_IDS as readonly string[]).includes(key))
    return valueLabel({ kind: 'theme', theme: THEMES[key as ThemeId], count: 0 }, locale);
  return key;
}

/** Every project a list offers, following its ▶ button page after page. */
function allListed(first: MessageBody, locale: string): string[] {
  const ids = [...listedIds(first)];
  let body = first;
  for (let pages = 0; pages < 50; pages++) {
    const nextButton = body.components
      .flatMap((row) => row.components)
      .find((item) => item.type === 2 && 'label' in item && item.label === '▶' && !item.disabled);
    if (!nextButton || !('custom_id' in nextButton)) break;
    body = bodyOf(component(nextButton.custom_id, [], locale).reply);
    ids.push(...listedIds(body));
  }
  return ids;
}

/** The sentence that says what kind of answer a reply is, in either language. */
const MARKERS = {
  yes: /\*\*(Oui|Si|Yes)\.\*\*/,
  no: /\*\*(Non|No)\.\*\*/,
  nothing: /Aucun projet ne correspond|No project matches/,
  notUnderstood: /Je n’ai pas compris|I didn’t understand/,
  help: { fr: /Posez-moi une question sur les lauréats/, en: /Ask me about the laureates/ },
};

describe.each(GOLDEN.map((golden) => [golden.question, golden] as const))('golden question %j', (_, golden) => {
  const { expect: wanted, lang } = golden;
  const locale = LOCALES[lang];
  const via = golden.via ?? 'ask';

  if (via !== 'ask') {
    it(`lists the expected projects through /${via}`, () => {
      const option = via === 'search' ? 'query' : 'words';
      const body = bodyOf(command(via, { [option]: golden.question }, locale).reply);
      const listed = allListed(body, locale);
      if (wanted.projects) expect(listed.toSorted()).toEqual(wanted.projects.toSorted());
      if (wanted.firstProjects)
        expect(listed.slice(0, wanted.firstProjects.length).toSorted()).toEqual(wanted.firstProjects.toSorted());
      for (const part of wanted.understood ?? []) expect(textOf(body)).toContain(part);
    });
    return;
  }

  const query = understandQuestion(realCatalog, golden.question, lang);
  const answer = answerQuery(realCatalog, query);
  const handled = command('ask', { question: golden.question }, locale);
  const body = bodyOf(handled.reply);
  const text = textOf(body);

  it('is read as the kind of question it is', () => {
    expect(handled.outcome).toBe('ok');
    expectWithinDiscordLimits(body);
    const kind = asksForHelp(golden.question)
      ? 'help'
      : !answer.understood
        ? 'notUnderstood'
        : answer.projects.length === 0 && query.ask !== 'yesno' && !query.withoutProjects
          ? 'nothing'
          : query.ask;
    expect(kind).toBe(wanted.ask);
    if (wanted.ask === 'nothing' || wanted.ask === 'notUnderstood') expect(text).toMatch(MARKERS[wanted.ask]);
    // Help is how to ask, in the question's language only.
    if (wanted.ask === 'help') expect(text).toMatch(MARKERS.help[lang]);
    if (wanted.ask === 'help') expect(text).not.toMatch(MARKERS.help[lang === 'fr' ? 'en' : 'fr']);
  });

  it('selects exactly the expected projects, and lists them', () => {
    const selected = answer.projects.map((project) => project.id);
    if (wanted.projects) expect(selected.toSorted()).toEqual(wanted.projects.toSorted());
    if (wanted.firstProjects)
      expect(selected.slice(0, wanted.firstProjects.length).toSorted()).toEqual(wanted.firstProjects.toSorted());
    // A list shows its selection; an empty one shows only what is closest, said to be so (never as matches).
    if (answer.projects.length > 0 && wanted.ask !== 'notUnderstood' && wanted.ask !== 'help')
      expect(allListed(body, locale).toSorted()).toEqual(selected.toSorted());
  });

  if (wanted.count !== undefined || wanted.countOf)
    it('counts what was asked, in a sentence first', () => {
      expect(query.countOf).toBe(wanted.countOf ?? 'projects');
      if (wanted.count !== undefined) {
        expect(answer.counts?.[query.countOf ?? 'projects']).toBe(wanted.count);
        expect(text).toMatch(new RegExp(`\\*\\*${wanted.count} `));
      }
    });

  if (wanted.which || wanted.values)
    it('names the values asked for', () => {
      expect(query.which).toBe(wanted.which);
      const values = [...answer.values.keys()];
      if (wanted.values) expect(values.toSorted()).toEqual(wanted.values.toSorted());
      for (const key of wanted.values ?? [])
        expect(text).toContain(labelOf(key, wanted.which ?? '', localeFor(locale)));
    });

  const yesOrNo = wanted.answer;
  if (yesOrNo)
    it(`answers ${yesOrNo} first`, () => {
      expect(query.ask).toBe('yesno');
      expect(answer.projects.length > 0).toBe(yesOrNo === 'yes');
      const firstLines = body.embeds[0]?.description?.split('\n').slice(0, 3).join('\n') ?? '';
      expect(firstLines).toMatch(MARKERS[yesOrNo]);
    });

  it('says what it understood', () => {
    if (wanted.ask !== 'notUnderstood' && wanted.ask !== 'help')
      expect(text).toMatch(lang === 'fr' ? /Compris : / : /Understood: /);
    for (const part of wanted.understood ?? []) expect(text).toContain(part);
  });
});
