/**
 * What the compiler relies on from chrono-node 2.10.3 and compromise 14.17.0, and what it
 * works around. If an upgrade changes any of this, these tests say where to look.
 */
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { hasTag, isKnownName, isKnownOrganization, isOrgWord, isPlaceWord, isTitleWord, phraseTagsOf, tagsOf } from './lexicon';
import { CHRONO_PARSERS_MADE_STRICT, CHRONO_REFINERS_RELIED_ON } from './newsChrono';
import { valueOfNumberWords } from './numbers';

const ref = (y: number) => ({ instant: new Date(Date.UTC(y, 6, 1, 12)), timezone: 0 });

describe('chrono-node.parse(text, ref)', { timeout: 60_000 }, () => {
  it('reads "May 2025" and written dates (relied on)', () => {
    const [r] = chrono.parse('became an expert in May 2025', ref(2000));
    expect([r?.text, r?.start.get('year'), r?.start.get('month'), r?.start.isCertain('day')]).toEqual(['May 2025', 2025, 5, false]);
  });

  it('reads "A year later" against a reference date (relied on)', () => {
    const [r] = chrono.parse('A year later, he became a member', ref(2019));
    expect([r?.text, r?.start.get('year'), r?.start.isCertain('month')]).toEqual(['A year later', 2020, false]);
  });

  it('does not read bare years or "early 2026" (done by hand)', () => {
    expect(chrono.parse('he was promoted in 2022', ref(2000))).toEqual([]);
    expect(chrono.parse('In early 2026, the app grew', ref(2000))).toEqual([]);
  });

  it('misreads "in the year 2022" as "in a year" from the reference (dropped by hand)', () => {
    const [r] = chrono.parse('in the year 2022 it left', ref(2000));
    expect([r?.text, r?.start.get('year')]).toEqual(['in the year', 2001]);
  });

  it('does not read "03-05" glued to an outlet name (datelines read by hand)', () => {
    expect(chrono.parse('Deep News03-05 20:01', ref(2000)).map((r) => r.text)).toEqual(['20:01']);
  });

  it('reads "last quarter" as three months back with nothing certain, and no "Q3" (quarters are the compiler\'s parsers)', () => {
    const [r] = chrono.parse('sales fell last quarter', ref(2025));
    expect([r?.text, r?.start.isCertain('month'), r?.start.isCertain('year')]).toEqual(['last quarter', false, false]);
    expect(chrono.parse('Q3 sales and the second half of 2025', ref(2025))).toEqual([]);
  });

  it('reads a weekday or a month without a year as the closest one, even ahead (the compiler reads the tense)', () => {
    const monday = { instant: new Date(Date.UTC(2025, 10, 17, 12)), timezone: 0 };
    expect(chrono.parse('said on Tuesday', monday)[0]?.start.get('day')).toBe(18);
    expect(chrono.parse('met in March', monday)[0]?.start.get('year')).toBe(2026);
  });

  it('reads "the end of last year" as 31 December, and drops a result of digits alone (refiners the compiler replaces)', () => {
    const [end] = chrono.parse('at the end of last year', ref(2025));
    expect([end?.start.get('month'), end?.start.get('day')]).toEqual([12, 31]);
    const withYears = chrono.casual.clone();
    withYears.parsers.push({ pattern: () => /\b20\d\d\b/, extract: (_context, m) => ({ year: Number(m[0]) }) });
    expect(withYears.parse('in 2019', ref(2000))).toEqual([]);
    const names = chrono.casual.refiners.map((r) => r.constructor.name);
    for (const name of CHRONO_REFINERS_RELIED_ON) expect(names).toContain(name);
  });

  it('reads "40m two years ago" as 40 minutes in its casual span parsers, not in its strict ones (taken strict)', () => {
    const [casual] = chrono.casual.parse('profit was £40m two years ago', ref(2025));
    expect(casual?.text).toBe('40m two years ago');
    const strict = chrono.strict.parsers.map((p) => p.constructor.name);
    const casualNames = chrono.casual.parsers.map((p) => p.constructor.name);
    for (const name of CHRONO_PARSERS_MADE_STRICT) expect([strict.includes(name), casualNames.includes(name)]).toEqual([true, true]);
  });
});

describe('compromise', { timeout: 60_000 }, () => {
  it('knows given and family names, job titles and organisations in its lexicon (relied on)', () => {
    expect(['Mira', 'Murati', 'Wu', 'Zhou', 'Ilya', 'Lin'].every(isKnownName)).toBe(true);
    expect(['Yongming', 'Jingren', 'Qwen', 'Tongyi', 'Taobao'].some(isKnownName)).toBe(false);
    expect(isKnownName('Claude')).toBe(true); // why a single word is never a person on its own
    expect(isKnownOrganization('Nvidia')).toBe(true);
    expect(['Group', 'Academy', 'Lab', 'Cloud', 'Bank', 'Ministry'].every(isOrgWord)).toBe(true);
    expect(['CEO', 'CTO', 'leader', 'minister', 'spokesperson', 'head'].every(isTitleWord)).toBe(true);
    expect(hasTag('million', 'Multiple')).toBe(true);
  });

  it('knows honorifics, multi-word names, places and organisations, and given names apart from surnames (relied on for people)', () => {
    expect(['Mr', 'Ms', 'Mrs', 'Dr', 'Prof'].every((w) => hasTag(w, 'Honorific'))).toBe(true);
    expect(phraseTagsOf('Goldman Sachs')).toContain('Organization');
    expect(phraseTagsOf('Johnson & Johnson')).toContain('Organization');
    expect(phraseTagsOf('Hong Kong')).toContain('Country');
    expect(phraseTagsOf('Bill Gates')).toContain('Person');
    expect(tagsOf('morgan stanley')).toEqual([]); // why firms named after people are listed (lexicon.ts), and "at" and "its" guard names
    expect(phraseTagsOf('Morgan Stanley')).toContain('Organization');
    expect(['Tim', 'Jeff', 'Grace', 'Claude', 'Alexa'].map((w) => tagsOf(w).every((t) => /Name$/.test(t)))).toEqual([true, true, true, true, true]);
    expect(['Jensen', 'Huang'].every((w) => hasTag(w, 'LastName'))).toBe(true);
    expect(['Satya', 'Nadella', 'Pichai', 'Gemini', 'Siri', 'Copilot'].some(isKnownName)).toBe(false);
  });

  it('tags some surnames as ordinary words, and kin words as jobs (worked around)', () => {
    expect(hasTag('Cook', 'Actor')).toBe(true); // "Tim Cook": an ordinary word after a given name is a surname
    expect(hasTag('Tan', 'Infinitive')).toBe(true); // "Lip-Bu Tan"
    expect(hasTag('son', 'Actor')).toBe(true); // "Masayoshi Son": kin words are not titles
    expect(isTitleWord('son')).toBe(false);
    expect(['said', 'met', 'resigned', 'appointed'].every((w) => hasTag(w, 'PastTense'))).toBe(true);
  });

  it('tags some surnames as places and some family names as nouns, and knows place suffixes (worked around)', () => {
    expect(hasTag('Caldwell', 'Place')).toBe(true); // "Ben Caldwell": a place after a given name may be a surname
    expect(hasTag('Wang', 'Noun') && hasTag('Hao', 'MaleName')).toBe(true); // "Wang Hao": an ordinary word before a given name
    expect(hasTag('Jun', 'Month') && hasTag('Liu', 'LastName')).toBe(true); // "Liu Jun", "Lee Min-jun"
    expect(hasTag('Sir', 'Honorific') && !hasTag('Dame', 'Honorific')).toBe(true); // "Dame" is added by hand
    expect(['valley', 'county', 'street', 'hill'].every(isPlaceWord)).toBe(true); // "Jordan Valley" needs more than the lexicon
    expect(isTitleWord('Lindqvist')).toBe(false); // a surname in -qvist is no profession in -ist
  });

  it('reads "over 10 billion" and written-out numbers (relied on for number words)', () => {
    expect(nlp('over 10 billion global downloads').numbers().get()).toEqual([10_000_000_000]);
    expect(valueOfNumberWords('two million')).toBe(2_000_000);
    expect(valueOfNumberWords('twenty-five')).toBe(25);
  });

  it('leaves "3m" and "$2.3bn" unscaled and skips "0.8B" (numerals read by hand)', () => {
    expect(nlp('3m users').numbers().get()).toEqual([3]);
    expect(nlp('a $2.3bn deal').numbers().get()).toEqual([2.3]);
    expect(nlp('Qwen3.5-0.8B/2B/4B/9B').numbers().get()).not.toContain(800_000_000);
  });
});
