/**
 * The score as Markdown: one table per class, one per article, and the misses that tell
 * whoever improves an extractor what it did not read.
 */
import { type ArticleScore, CLASSES, type ClassCount, describeQuantity, rates, type ScoreClass } from './score';
import type { ScoredArticle } from './corpus';

/** Returns a rate with two decimals, or "–" when there is none (precision of roles). */
export function formatRate(rate: number | null): string {
  return rate === null ? '–' : rate.toFixed(2);
}

/** Returns the per-class table: labelled, extracted, found, precision and recall. */
export function formatClassTable(totals: Record<ScoreClass, ClassCount>): string {
  const rows = CLASSES.map((c) => {
    const count = totals[c];
    const { precision, recall } = rates(count);
    return `| ${c} | ${count.truth} | ${count.extracted ?? '–'} | ${count.found} | ${formatRate(precision)} | ${formatRate(recall)} |`;
  });
  return ['| class | labelled | extracted | found | precision | recall |', '| --- | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}

/** Returns the per-article table: precision / recall of each class (roles: recall). */
export function formatArticleTable(articles: readonly ScoredArticle[]): string {
  const cell = (count: ClassCount) => {
    const { precision, recall } = rates(count);
    const r = `${formatRate(recall)} (${count.found}/${count.truth})`;
    return precision === null ? r : `${formatRate(precision)} / ${r}`;
  };
  const rows = articles.map(({ slug, score }) => `| ${slug} | ${CLASSES.map((c) => cell(score.counts[c])).join(' | ')} |`);
  return [
    '| article | figures P / R | dates P / R | people P / R | roles R |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** Returns, article by article, the labels not found and the extracted facts that match no label. */
export function formatMisses(articles: readonly ScoredArticle[]): string {
  const blocks = articles.map(({ slug, score }) => {
    const lines = missLines(score);
    return lines.length ? `### ${slug}\n\n${lines.join('\n')}` : null;
  });
  return blocks.filter((b) => b !== null).join('\n\n');
}

function missLines(score: ArticleScore): string[] {
  const { misses, extra } = score;
  const near = (list: string[]) => (list.length ? `; extracted there: ${list.join(', ')}` : '; nothing extracted there');
  const lines: string[] = [];
  for (const m of misses.figures) {
    const f = m.truth;
    lines.push(`- figure missed: "${f.text}" = ${f.value} ${f.currency ?? f.unit}${near(m.near)}`);
  }
  for (const q of extra.figures) lines.push(`- figure extra: ${describeQuantity(q)}`);
  for (const m of misses.dates) lines.push(`- date missed: "${m.truth.text}" → ${m.truth.resolved}${near(m.near)}`);
  for (const t of extra.dates) lines.push(`- date extra: "${t.text}" → ${t.resolved}`);
  for (const m of misses.people) lines.push(`- person missed: ${m.truth.name}`);
  for (const p of extra.people) lines.push(`- person extra: ${p.name}${p.role === null ? '' : ` ("${p.role}")`}`);
  for (const m of misses.roles) lines.push(`- role missed: ${m.truth.name} is "${m.truth.role}"; found ${m.near.join(', ')}`);
  return lines;
}
