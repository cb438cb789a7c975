/**
 * Currencies: the one table that both the compiler (reading "US$5bn", "RMB 30 billion",
 * "7 billion yuan") and the app (writing "$5B", "CN¥30B", "5 billion US dollars") use.
 *
 * Display symbols and names are Intl's en-US wording, written out here because the app does
 * not call Intl at run time (see src/layout/format.ts); `currency.test.ts` checks every entry
 * against Intl in Node. The set of ISO 4217 codes the compiler accepts before or after a
 * number comes from Intl at build time (src/compiler/money.ts); this table only adds what a
 * code alone does not say: symbols, prefixed symbols and the words news text uses.
 */

export interface CurrencyInfo {
  /** ISO 4217 code */
  code: string;
  /** how a figure is written in en-US: "$", "CN¥", or the code itself ("SGD") */
  symbol: string;
  /** en-US name of one and of several: "US dollar", "US dollars" */
  one: string;
  other: string;
  /** marks written before a number in news text: "US$", "HK$", "RMB", "₹" */
  marks: readonly string[];
  /** names written after a number, lower case: "yuan", "singapore dollars" */
  words: readonly string[];
  /** names of its hundredth written after a number, lower case: "hk cents", "pence" */
  hundredths: readonly string[];
}

const c = (code: string, symbol: string, one: string, other: string, marks: readonly string[], words: readonly string[], hundredths: readonly string[] = []): CurrencyInfo => ({
  code,
  symbol,
  one,
  other,
  marks,
  words,
  hundredths,
});

/** The currencies news text names by a symbol or a word, with how the page writes them. */
export const CURRENCIES: readonly CurrencyInfo[] = [
  c('USD', '$', 'US dollar', 'US dollars', ['US$', 'U.S.$', '$'], ['dollars', 'dollar', 'us dollars', 'u.s. dollars'], ['us cents', 'u.s. cents']),
  c('EUR', '€', 'euro', 'euros', ['€'], ['euros', 'euro'], ['euro cents']),
  c('GBP', '£', 'British pound', 'British pounds', ['£'], ['pounds', 'pounds sterling', 'british pounds', 'sterling'], ['pence']),
  c('JPY', '¥', 'Japanese yen', 'Japanese yen', ['JP¥', '¥', '￥'], ['yen', 'japanese yen']),
  c('CNY', 'CN¥', 'Chinese yuan', 'Chinese yuan', ['CN¥', 'RMB', 'Rmb'], ['yuan', 'renminbi', 'rmb', 'chinese yuan']),
  c('HKD', 'HK$', 'Hong Kong dollar', 'Hong Kong dollars', ['HK$'], ['hong kong dollars'], ['hk cents', 'hong kong cents']),
  c('SGD', 'SGD', 'Singapore dollar', 'Singapore dollars', ['S$', 'SG$'], ['singapore dollars'], ['singapore cents']),
  c('AUD', 'A$', 'Australian dollar', 'Australian dollars', ['A$', 'AU$'], ['australian dollars'], ['australian cents']),
  c('CAD', 'CA$', 'Canadian dollar', 'Canadian dollars', ['CA$', 'C$', 'Can$'], ['canadian dollars'], ['canadian cents']),
  c('NZD', 'NZ$', 'New Zealand dollar', 'New Zealand dollars', ['NZ$'], ['new zealand dollars'], ['new zealand cents']),
  c('TWD', 'NT$', 'New Taiwan dollar', 'New Taiwan dollars', ['NT$'], ['taiwan dollars', 'new taiwan dollars', 'taiwanese dollars']),
  c('INR', '₹', 'Indian rupee', 'Indian rupees', ['₹', 'Rs.', 'Rs'], ['rupees', 'indian rupees']),
  c('KRW', '₩', 'South Korean won', 'South Korean won', ['₩'], ['won', 'korean won', 'south korean won']),
  c('CHF', 'CHF', 'Swiss franc', 'Swiss francs', [], ['swiss francs', 'francs']),
  c('BRL', 'R$', 'Brazilian real', 'Brazilian reals', ['R$'], ['reais', 'brazilian reais', 'brazilian reals']),
  c('MXN', 'MX$', 'Mexican peso', 'Mexican pesos', ['MX$', 'Mex$'], ['mexican pesos']),
  c('RUB', 'RUB', 'Russian ruble', 'Russian rubles', ['₽'], ['rubles', 'roubles', 'russian rubles']),
  c('TRY', 'TRY', 'Turkish lira', 'Turkish Lira', ['₺'], ['lira', 'turkish lira']),
  c('ZAR', 'ZAR', 'South African rand', 'South African rand', [], ['rand', 'south african rand']),
  c('SEK', 'SEK', 'Swedish krona', 'Swedish kronor', [], ['swedish kronor', 'swedish crowns']),
  c('NOK', 'NOK', 'Norwegian krone', 'Norwegian kroner', [], ['norwegian kroner', 'norwegian crowns']),
  c('DKK', 'DKK', 'Danish krone', 'Danish kroner', [], ['danish kroner', 'danish crowns']),
  c('PLN', 'PLN', 'Polish zloty', 'Polish zlotys', [], ['zlotys', 'zloty', 'polish zlotys']),
  c('IDR', 'IDR', 'Indonesian rupiah', 'Indonesian rupiahs', ['Rp'], ['rupiah', 'indonesian rupiah']),
  c('MYR', 'MYR', 'Malaysian ringgit', 'Malaysian ringgits', ['RM'], ['ringgit', 'malaysian ringgit']),
  c('THB', 'THB', 'Thai baht', 'Thai baht', ['฿'], ['baht', 'thai baht']),
  c('PHP', '₱', 'Philippine peso', 'Philippine pesos', ['₱'], ['philippine pesos']),
  c('VND', '₫', 'Vietnamese dong', 'Vietnamese dong', ['₫'], ['dong', 'vietnamese dong']),
  c('AED', 'AED', 'UAE dirham', 'UAE dirhams', [], ['dirhams', 'uae dirhams']),
  c('SAR', 'SAR', 'Saudi riyal', 'Saudi riyals', [], ['riyals', 'saudi riyals']),
  c('ILS', '₪', 'Israeli new shekel', 'Israeli new shekels', ['₪'], ['shekels', 'new shekels', 'israeli new shekels']),
  c('EGP', 'EGP', 'Egyptian pound', 'Egyptian pounds', ['E£'], ['egyptian pounds']),
  c('NGN', 'NGN', 'Nigerian naira', 'Nigerian nairas', ['₦'], ['naira', 'nigerian naira']),
  c('KES', 'KES', 'Kenyan shilling', 'Kenyan shillings', ['KSh'], ['kenyan shillings']),
  c('ARS', 'ARS', 'Argentine peso', 'Argentine pesos', [], ['argentine pesos']),
  c('PKR', 'PKR', 'Pakistani rupee', 'Pakistani rupees', [], ['pakistani rupees']),
  c('UAH', 'UAH', 'Ukrainian hryvnia', 'Ukrainian hryvnias', ['₴'], ['hryvnias', 'hryvnia']),
  c('HUF', 'HUF', 'Hungarian forint', 'Hungarian forints', [], ['forints', 'forint']),
];

const byCode = new Map(CURRENCIES.map((x) => [x.code, x]));
const byWord = new Map(CURRENCIES.flatMap((x) => x.words.map((w) => [w, x.code] as const)));
const byHundredth = new Map(CURRENCIES.flatMap((x) => x.hundredths.map((w) => [w, x.code] as const)));

/** Every mark with its code, longest first, so "US$" wins over "$" and "CN¥" over "¥". */
export const CURRENCY_MARKS: readonly (readonly [mark: string, code: string])[] = CURRENCIES.flatMap((x) => x.marks.map((m) => [m, x.code] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

/** The most words a currency name after a number has ("new taiwan dollars"). */
export const MAX_CURRENCY_WORDS = Math.max(...CURRENCIES.flatMap((x) => [...x.words, ...x.hundredths].map((w) => w.split(' ').length)));

/**
 * Names several currencies share, with the codes they may stand for, the likeliest first.
 * The money the text named last decides: "142.60 crowns" after "NOK 2.3 billion" are
 * Norwegian, "dollars" after "S$4.35" Singaporean.
 */
const SHARED_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      [['dollars', 'dollar'], ['USD', 'SGD', 'HKD', 'AUD', 'CAD', 'NZD', 'TWD']],
      [['crowns', 'crown'], ['SEK', 'NOK', 'DKK', 'CZK', 'ISK']],
      [['kronor', 'krona'], ['SEK', 'ISK']],
      [['kroner', 'krone'], ['NOK', 'DKK']],
      [['pesos', 'peso'], ['MXN', 'PHP', 'ARS', 'CLP', 'COP']],
      [['pounds'], ['GBP', 'EGP']],
      [['rupees'], ['INR', 'PKR', 'LKR', 'NPR']],
      [['francs'], ['CHF', 'XOF', 'XAF']],
      [['riyals'], ['SAR', 'QAR', 'OMR']],
      [['dirhams'], ['AED', 'MAD']],
      [['dinars', 'dinar'], ['KWD', 'BHD', 'JOD', 'IQD', 'RSD', 'TND', 'DZD']],
    ] as const
  ).flatMap(([names, codes]) => names.map((name) => [name, codes] as const)),
);

const nameKey = (words: string) => words.toLowerCase().replace(/\s+/g, ' ');

/** Returns the ISO code a currency name stands for ("yuan" → "CNY", "Singapore dollars" → "SGD", "crowns" → "SEK" at first), or null. */
export function currencyOfWords(words: string): string | null {
  const key = nameKey(words);
  return byWord.get(key) ?? SHARED_NAMES.get(key)?.[0] ?? null;
}

/** Returns the codes a name several currencies share may stand for, the likeliest first ("crowns" → SEK, NOK, …), or null for a name of one. */
export function currenciesSharingName(words: string): readonly string[] | null {
  return SHARED_NAMES.get(nameKey(words)) ?? null;
}

/**
 * Returns the ISO code whose hundredth a name stands for ("HK cents" → "HKD", "pence" →
 * "GBP"), `cents` for a bare "cents", whose currency the text around it says; or null.
 */
export function currencyOfHundredths(words: string): string | null {
  const key = words.toLowerCase().replace(/\s+/g, ' ');
  if (key === 'cents' || key === 'cent') return 'cents';
  return byHundredth.get(key) ?? null;
}

/** Returns how a figure in this currency starts on the page: "$", "CN¥", or the code and a space ("SGD "). */
export function currencyPrefix(code: string): string {
  const symbol = byCode.get(code)?.symbol ?? code;
  // Intl puts a space after a symbol made of letters ("SGD 4.35", "CHF 2"), none after "$" or "CN¥".
  return /\p{L}$/u.test(symbol) ? `${symbol} ` : symbol;
}

/** Returns the currency's name for screen readers: "US dollars", "Chinese yuan", or the code when the table lacks it. */
export function currencyName(code: string, value: number): string {
  const info = byCode.get(code);
  if (!info) return code;
  return value === 1 ? info.one : info.other;
}
