/**
 * Returns a URL slug for a label: lower-case ASCII letters, digits and single hyphens.
 *
 * One function for the compiler (ids in the bundle) and the app (anchors, URLs), so
 * permalinks and in-page anchors always agree. Accents are folded ("Zürich" → "zurich");
 * anything else that is not a letter or digit separates words. Empty input gives "item".
 */
export function slugify(label: string, maxLength = 60): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug || 'item';
}
