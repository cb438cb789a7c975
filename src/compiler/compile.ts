/**
 * The pipeline: parse → extract → resolve the story (or build the auto story) → validate.
 * Pure and deterministic: no clock, no file system, stable ordering; the same input gives
 * the same bundle byte for byte. Never throws: every problem is a diagnostic.
 */
import { type Bundle, SCHEMA_VERSION } from '../schema/bundle';
import { validateBundle } from '../schema/validate';
import { annotateArticle } from './annotate';
import { buildAutoStory } from './auto';
import { type Diagnostic, errorAt, hasErrors } from './diagnostics';
import { extractOrganizations } from './organizations';
import { parseArticle } from './parse';
import { extractPeople } from './people';
import { extractQuantities } from './quantities';
import { extractQuotations } from './quotations';
import { resolveStory } from './story';
import { readStoryFile } from './storyFile';
import { extractTimes } from './times';

/** Largest article compiled, in characters: 2.8× the 100-fold seed the benchmark times. */
export const MAX_ARTICLE_CHARS = 2_000_000;

export interface CompileInput {
  articleText: string;
  /** how diagnostics and the bundle name the article, e.g. "seeds/x.txt" */
  articlePath: string;
  /** the story file's text, or null for auto mode */
  storyText?: string | null;
  storyPath?: string | null;
}

export interface CompileResult {
  bundle: Bundle | null;
  diagnostics: Diagnostic[];
}

/** Returns the bundle for an article (and its story), or null with the errors that stop it. */
export function compileArticle(input: CompileInput): CompileResult {
  try {
    return compile(input);
  } catch (e) {
    // A bug must still surface as one line, not a stack trace.
    const message = e instanceof Error ? e.message : String(e);
    return { bundle: null, diagnostics: [errorAt(input.articlePath, `internal compiler error: ${message}`)] };
  }
}

function compile({ articleText, articlePath, storyText = null, storyPath = null }: CompileInput): CompileResult {
  const diagnostics: Diagnostic[] = [];
  if (articleText.length > MAX_ARTICLE_CHARS) {
    const size = articleText.length.toLocaleString('en-US');
    return { bundle: null, diagnostics: [errorAt(articlePath, `the article is too long (${size} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en-US')})`)] };
  }
  // Parsed and annotated once: every extractor reads the same tokens and sentence map.
  const article = annotateArticle(parseArticle(articleText));
  if (article.text.trim() === '') return { bundle: null, diagnostics: [errorAt(articlePath, 'the article is empty')] };

  const storyFile = storyText === null ? null : readStoryFile(storyText, storyPath ?? 'story');
  if (storyFile && !storyFile.readable) return { bundle: null, diagnostics: storyFile.diagnostics };

  const timeResult = extractTimes(article, { publishedYear: storyFile?.data.published_year ?? null, articlePath });
  diagnostics.push(...timeResult.diagnostics);
  const quantities = extractQuantities(article, timeResult.times);
  const people = extractPeople(article);
  const organizations = extractOrganizations(article, people);
  const quotations = extractQuotations(article, people);

  const resolved = storyFile ? resolveStory(storyFile, { article, quantities, times: timeResult.times, people, publishedTime: timeResult.publishedTime, articlePath }) : null;
  const story = resolved?.story ?? buildAutoStory(article, quantities, timeResult.times, people);
  if (resolved) diagnostics.push(...resolved.diagnostics);
  if (hasErrors(diagnostics)) return { bundle: null, diagnostics };

  const dateline = article.dateline;
  const candidate: Bundle = {
    schemaVersion: SCHEMA_VERSION,
    source: { article: articlePath, story: storyFile ? storyPath : null, mode: storyFile ? 'story' : 'auto' },
    article: {
      title: article.title,
      titleSpan: article.titleSpan,
      outlet: dateline?.outlet ?? null,
      published: timeResult.published,
      publishedYearSource: timeResult.publishedYearSource,
      publishedYearSentence: timeResult.publishedYearSentence,
      dateline: dateline ? { text: article.text.slice(dateline.start, dateline.end), start: dateline.start, end: dateline.end } : null,
      text: article.text,
      paragraphs: article.paragraphs,
      sentences: article.sentences.map(({ id, paragraph, start, end }) => ({ id, paragraph, start, end })),
    },
    facts: {
      quantities: quantities.map(({ noun: _noun, ...q }) => q),
      times: timeResult.times,
      people,
      organizations,
      quotations,
    },
    story,
  };
  const checked = validateBundle(candidate);
  if (!checked.ok) {
    return { bundle: null, diagnostics: [...diagnostics, ...checked.problems.map((p) => errorAt(articlePath, `internal compiler error: invalid bundle: ${p}`))] };
  }
  return { bundle: checked.bundle, diagnostics };
}
