/**
 * Multiples said in words: verbs ("doubled", "tripled", "more than halved", "is set to
 * double", "almost double"), "twice" and "-fold" words ("a fivefold rise", "two-fold").
 * Multiples written with a number ("about 40x", "three times", "a 40-fold rise") are read with
 * their number (see units.ts), fractions that compare ("a quarter as much", "cut by half") with
 * the other fractions (fractions.ts). Each word of the sentence is looked up once in a table:
 * no pattern runs over it.
 */
import { valueOfNumberWords } from './numbers';

/** A multiple found in a sentence: its word's span and its value. */
export interface MultipleWord {
  start: number;
  end: number;
  value: number;
}

/** A word of the sentence with its offset, as `String.prototype.matchAll` gives it. */
type WordMatch = { 0: string; index: number };

const STEMS: Record<string, number> = { doubl: 2, tripl: 3, trebl: 3, quadrupl: 4, quintupl: 5, halv: 0.5 };
// Past and present forms are verbs on their own ("the two halves of the year" is a noun).
const VERB_FORMS = new Map<string, number>();
for (const [stem, value] of Object.entries(STEMS)) for (const ending of ['ed', 'ing', 'es']) if (`${stem}${ending}` !== 'halves') VERB_FORMS.set(`${stem}${ending}`, value);
// The bare form is a multiple only after "to", a modal or a qualifier ("set to double", "could
// more than double", "almost double"); elsewhere it is an adjective or a noun ("a double").
const BARE_FORMS = new Map(Object.entries(STEMS).map(([stem, value]) => [`${stem}e`, value]));
const MODALS = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'should', 'can', 'must']);
const QUALIFIER_WORDS = new Set(['than', 'nearly', 'almost', 'roughly', 'about']);
const FOLD_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand']);
// "doubled down on", "doubling back": idioms, not multiples ("tripled over two years" is one).
const IDIOM_AFTER = /^\s+(?:down|back|up)\b/i;

/** Returns the multiples said in words among a sentence's words, in text order. */
export function multipleWordsIn(s: string, words: readonly WordMatch[]): MultipleWord[] {
  const out: MultipleWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as WordMatch;
    const w = word[0].toLowerCase();
    const start = word.index;
    const end = start + w.length;
    const verb = VERB_FORMS.get(w);
    if (verb !== undefined) {
      if (!IDIOM_AFTER.test(s.slice(end, end + 8))) out.push({ start, end, value: verb });
    } else if (w === 'twice') {
      out.push({ start, end, value: 2 });
    } else if (w.endsWith('fold')) {
      const number = w.slice(0, -4).replace(/-$/, '');
      const value = FOLD_WORDS.has(number) ? valueOfFoldWord(number) : null;
      if (value !== null) out.push({ start, end, value });
    } else {
      const bare = BARE_FORMS.get(w);
      if (bare !== undefined && afterModal(words, i)) out.push({ start, end, value: bare });
    }
  }
  return out;
}

/** Returns true when the word at i follows "to", a modal or a qualifier: "set to double", "could more than double", "almost double". */
function afterModal(words: readonly WordMatch[], i: number): boolean {
  const prev = words[i - 1]?.[0].toLowerCase() ?? '';
  if (prev === 'than') return words[i - 2]?.[0].toLowerCase() === 'more';
  return QUALIFIER_WORDS.has(prev) || MODALS.has(prev);
}

/** Returns the multiple of a "-fold" word's number ("five" → 5). */
function valueOfFoldWord(word: string): number | null {
  return word === 'hundred' ? 100 : word === 'thousand' ? 1000 : valueOfNumberWords(word);
}
