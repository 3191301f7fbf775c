import { describe, expect, it } from 'vitest';
import { questionText } from '../src/app/questionText.ts';

describe('questionText', () => {
  it('leaves out mentions, slash-command mentions, custom emoji, timestamps and links', () => {
    expect(
      questionText(
        '<@1> <@!22> <@&333> <#4444> </laureates ask:5> <:flag:6> <a:spin:7> <t:1700000000:R> <id:home> ' +
          'projets au Mali ? https://example.com/a?b=c <http://x.org> @here @everyone',
      ),
    ).toBe('projets au Mali ?');
  });

  it('keeps a masked link’s words, not its address (the label was garbled into "[Mali](")', () => {
    expect(questionText('projets au [Mali](https://evil.example) svp')).toBe('projets au Mali svp');
    expect(questionText('[Mali](<https://evil.example/a(b)>) et [Togo](http://x.y)')).toBe('Mali et Togo');
  });

  it('keeps what only looks like markup, and plain words', () => {
    expect(questionText('  projets <3 à Lyon, 2021 :x:  ')).toBe('projets <3 à Lyon, 2021 :x:');
  });
});
