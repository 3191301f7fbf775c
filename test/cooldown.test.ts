import { describe, expect, it } from 'vitest';
import { Cooldown } from '../src/app/cooldown.ts';

function clocked(windowMs: number, maxPeople = 100) {
  let now = 0;
  const cooldown = new Cooldown({ windowMs, maxPeople, now: () => now });
  return { cooldown, advance: (ms: number) => (now += ms) };
}

describe('the per-person message cooldown', () => {
  it('answers, reminds once within the window, then stays silent until it is over', () => {
    const { cooldown, advance } = clocked(4000);
    expect(cooldown.take('ada')).toBe('answer');
    advance(1000);
    expect(cooldown.take('ada')).toBe('remind');
    advance(1000);
    expect(cooldown.take('ada')).toBe('silent');
    expect(cooldown.take('ada')).toBe('silent');
    advance(2000);
    expect(cooldown.take('ada')).toBe('answer');
    expect(cooldown.take('ada')).toBe('remind');
  });

  it('is per person', () => {
    const { cooldown } = clocked(4000);
    expect(cooldown.take('ada')).toBe('answer');
    expect(cooldown.take('bob')).toBe('answer');
    expect(cooldown.take('ada')).toBe('remind');
  });

  it('a zero window answers everything', () => {
    const { cooldown } = clocked(0);
    expect([cooldown.take('ada'), cooldown.take('ada'), cooldown.take('ada')]).toEqual(['answer', 'answer', 'answer']);
  });

  it('stays bounded: the expired are forgotten, and past the bound the least recently answered go first', () => {
    const { cooldown, advance } = clocked(4000, 3);
    for (const person of ['a', 'b', 'c', 'd', 'e']) cooldown.take(person);
    expect(cooldown.size).toBe(3);
    // 'a' was forgotten to stay within the bound, so it is answered again; 'e' is still cooling down.
    expect(cooldown.take('a')).toBe('answer');
    expect(cooldown.take('e')).toBe('remind');
    advance(5000);
    cooldown.take('z');
    expect(cooldown.size).toBe(1);
  });

  it('holds 100,000 people writing once each within its bound', () => {
    const { cooldown, advance } = clocked(4000, 10_000);
    for (let index = 0; index < 100_000; index++) {
      cooldown.take(`person-${index}`);
      advance(0.01);
    }
    expect(cooldown.size).toBeLessThanOrEqual(10_000);
  });
});
