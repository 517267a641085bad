import { describe, expect, it } from 'vitest';
import { rawTokens, tokenize } from './tokenize';

describe('tokenize', () => {
  it('splits units, contractions and possessives', () => {
    expect(tokenize("What's the living-room temp?")).toEqual(['what', 'is', 'the', 'living', 'room', 'temp']);
    expect(tokenize('set to 20.5°F')).toEqual(['set', 'to', '20.5', '°', 'f']);
    expect(tokenize('50% please')).toEqual(['50', '%', 'please']);
    expect(tokenize("the sensor's level")).toEqual(['the', 'sensor', "'s", 'level']);
    expect(tokenize('at 7:30pm')).toEqual(['at', '7:30', 'pm']);
    expect(tokenize('2nd floor')).toEqual(['second', 'floor']);
  });

  it('turns number words into digits', () => {
    expect(tokenize('twenty point five degrees')).toEqual(['20.5', 'degrees']);
    expect(tokenize('twenty seven hundred kelvin')).toEqual(['2700', 'kelvin']);
    expect(tokenize('one hundred and five')).toEqual(['105']);
    expect(tokenize('a hundred percent')).toEqual(['100', 'percent']);
    expect(tokenize('twenty-five')).toEqual(['25']);
  });

  it('keeps "one" as a pronoun', () => {
    expect(tokenize('turn on the one in the kitchen')).toEqual(['turn', 'on', 'the', 'one', 'in', 'the', 'kitchen']);
  });
});

describe('tokenize in any script', () => {
  it('keeps letters of every script, folds case and optional accents, drops invisible characters, splits emoji off', () => {
    expect(tokenize('Turn on the Λάμπα ΣΑΛΟΝΙΟΥ')).toEqual(['turn', 'on', 'the', 'λαμπα', 'σαλονιου']);
    expect(tokenize('Лампа у окна, 客厅灯')).toEqual(['лампа', 'у', 'окна', ',', '客厅灯']);
    expect(tokenize('Café\u200B lamp\uFEFF')).toEqual(['cafe', 'lamp']);
    expect(tokenize('💡\uFE0Fdesk')).toEqual(['💡', 'desk']);
    expect(tokenize('ＬＡＭＰ ２')).toEqual(['lamp', '2']);
  });
});

describe('names of the built-in object properties are plain words', () => {
  it('"constructor", "__proto__", "toString" … stay words wherever they are said (a lookup table must not answer them)', () => {
    for (const s of ['constructor', 'up constructor', 'notch constructor', 'get the constructor lit up', 'the lamp toString off', 'valueOf constructor __proto__ , off hasOwnProperty']) {
      expect(tokenize(s).every((t) => typeof t === 'string'), s).toBe(true);
    }
  });

  it('splits a text said again the same way, whatever an earlier caller did with its tokens', () => {
    const first = tokenize('dim the porch light to twenty percent');
    first.splice(0, first.length, 'unlock', 'the', 'front', 'door');
    expect(tokenize('dim the porch light to twenty percent')).toEqual(['dim', 'the', 'porch', 'light', 'to', '20', 'percent']);
    const raw = rawTokens('open the blinds, then close them');
    raw.push('now');
    expect(rawTokens('open the blinds, then close them')).toEqual(['open', 'the', 'blinds', ',', 'then', 'close', 'them']);
    // Many texts in a row: each still its own tokens.
    for (let i = 0; i < 40; i++) expect(tokenize(`set the desk lamp to ${i}`)).toEqual(['set', 'the', 'desk', 'lamp', 'to', String(i)]);
    expect(tokenize('dim the porch light to twenty percent')).toEqual(['dim', 'the', 'porch', 'light', 'to', '20', 'percent']);
  });
});
