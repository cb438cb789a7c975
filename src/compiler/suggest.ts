/**
 * "Did you mean …?": the one known name a mistyped one is closest to, for the story file's
 * messages. A typo is a letter left out, added, changed or two swapped, so the distance
 * counts those as one edit each.
 */

/** Returns the option closest to `word` when it is near enough to be a typo of it and no other is as near, else null. */
export function closestMatch(word: string, options: readonly string[]): string | null {
  const typed = word.toLowerCase();
  // One edit in a short word, two in a longer one: "lane" is not a typo of "label".
  const limit = typed.length <= 4 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = limit + 1;
  let tie = false;
  for (const option of options) {
    const d = editDistance(typed, option.toLowerCase(), limit);
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return best !== null && !tie ? best : null;
}

/** Returns `: did you mean "x"?` for a close option, or an empty string. */
export function didYouMean(word: string, options: readonly string[]): string {
  const match = closestMatch(word, options);
  return match === null ? '' : `: did you mean "${match}"?`;
}

/** Returns the optimal string alignment distance, or `limit + 1` once it must exceed the limit. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] as number, limit + 1);
}
