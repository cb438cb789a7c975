/**
 * The labelled corpus: every `<slug>.txt` in a directory with its `<slug>.truth.yaml`,
 * compiled in auto mode (as the hidden set is) and scored against its labels.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileArticle } from '../compiler/compile';
import { type Diagnostic, errorAt } from '../compiler/diagnostics';
import { normaliseText } from '../compiler/parse';
import { type ArticleScore, type ClassCount, type ScoreClass, scoreArticle, sumCounts } from './score';
import { checkTruth, readTruth, truthPathText } from './truth';

/** Where the corpus lives, relative to the project. */
export const CORPUS_DIR = 'seeds/corpus';

export interface CorpusFile {
  slug: string;
  /** paths as messages show them, e.g. "seeds/corpus/x.txt" */
  articlePath: string;
  truthPath: string;
  articleText: string;
  /** null when the truth file is missing */
  truthText: string | null;
}

export interface ScoredArticle {
  slug: string;
  score: ArticleScore;
}

export interface CorpusScore {
  articles: ScoredArticle[];
  totals: Record<ScoreClass, ClassCount>;
  /** problems in truth files and articles that do not compile; any of them makes the score untrustworthy */
  diagnostics: Diagnostic[];
}

/** Returns the corpus files of a directory (`root` joined with `dir`), sorted by slug. */
export function readCorpus(root: string, dir = CORPUS_DIR): CorpusFile[] {
  const names = readdirSync(join(root, dir))
    .filter((n) => n.endsWith('.txt'))
    .sort();
  return names.map((name) => {
    const slug = name.slice(0, -'.txt'.length);
    const truthName = `${slug}.truth.yaml`;
    let truthText: string | null = null;
    try {
      truthText = readFileSync(join(root, dir, truthName), 'utf8');
    } catch {
      truthText = null;
    }
    return {
      slug,
      articlePath: join(dir, name),
      truthPath: join(dir, truthName),
      articleText: readFileSync(join(root, dir, name), 'utf8'),
      truthText,
    };
  });
}

/** Returns the score of every article, the totals, and every problem found on the way. */
export function scoreCorpus(files: readonly CorpusFile[]): CorpusScore {
  const diagnostics: Diagnostic[] = [];
  const articles: ScoredArticle[] = [];
  for (const file of files) {
    if (file.truthText === null) {
      diagnostics.push(errorAt(file.truthPath, `missing: every corpus article needs its truth file (${file.articlePath})`));
      continue;
    }
    const read = readTruth(file.truthText, file.truthPath);
    if (read.truth === null) {
      diagnostics.push(...read.diagnostics);
      continue;
    }
    const { bundle, diagnostics: compileDiagnostics } = compileArticle({ articleText: file.articleText, articlePath: file.articlePath, storyText: null });
    diagnostics.push(...compileDiagnostics.filter((d) => d.severity === 'error'));
    // The labels point into the text as the compiler sees it (line endings normalised).
    const text = bundle?.article.text ?? normaliseText(file.articleText);
    for (const problem of checkTruth(text, read.truth)) {
      diagnostics.push(errorAt(file.truthPath, `${truthPathText(problem.path)}${problem.message}`, read.positionOf(problem.path)));
    }
    const facts = bundle?.facts ?? { quantities: [], times: [], people: [] };
    articles.push({ slug: file.slug, score: scoreArticle(text, read.truth, facts) });
  }
  return { articles, totals: sumCounts(articles.map((a) => a.score.counts)), diagnostics };
}
