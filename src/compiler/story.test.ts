import { describe, expect, it } from 'vitest';
import { compileArticle } from './compile';
import { formatDiagnostic } from './diagnostics';
import { readProjectFile, SEED_PATH, SEED_STORY_PATH } from './testing';

const article = readProjectFile(SEED_PATH);
const STORY = 'seeds/qwen-lead-resigns.story.yaml';

/** Returns the formatted diagnostics and bundle of the seed compiled with a story text. */
function compileStory(storyText: string) {
  const r = compileArticle({ articleText: article, articlePath: SEED_PATH, storyText, storyPath: STORY });
  return { bundle: r.bundle, lines: r.diagnostics.map(formatDiagnostic), errors: r.diagnostics.filter((d) => d.severity === 'error') };
}

const GROUPS = 'metric_groups:\n  - id: g\n    label: Figures\n';

describe('readStoryFile(text, path) and resolveStory(file, context) through compileArticle', { timeout: 60_000 }, () => {
  it('compiles the seed story without warnings', () => {
    const r = compileStory(readProjectFile(SEED_STORY_PATH));
    expect(r.lines).toEqual([]);
  });

  it('reports a quote that is not in the article, at its line and column', () => {
    const r = compileStory(`${GROUPS}metrics:\n  - label: Downloads\n    group: g\n    quote: over 11 billion global downloads\n`);
    expect(r.bundle).toBeNull();
    expect(r.lines).toEqual([`${STORY}:7:12: quote "over 11 billion global downloads" not found in ${SEED_PATH}`]);
  });

  it('reports a quote found twice, naming both places, and takes occurrence: to pick one', () => {
    const ambiguous = compileStory(`${GROUPS}metrics:\n  - label: Lab\n    group: g\n    quote: Tongyi Lab\n`);
    expect(ambiguous.lines).toEqual([`${STORY}:7:12: quote "Tongyi Lab" is ambiguous: found 2 times in ${SEED_PATH} (at 5:206 and 19:74); quote more words or add "occurrence: N"`]);
    const picked = compileStory(`${GROUPS}timeline:\n  lanes: [{ id: l, label: Lane }]\n  events:\n    - title: Lab\n      lane: l\n      quote: in 2024\n      occurrence: 1\n`);
    expect(picked.lines).toEqual([]);
    const missing = compileStory(`timeline:\n  lanes: [{ id: l, label: Lane }]\n  events:\n    - title: Lab\n      lane: l\n      quote: { quote: in 2024, occurrence: 3 }\n`);
    expect(missing.lines).toEqual([`${STORY}:6:44: occurrence 3 of quote "in 2024" does not exist: it is found 1 time in ${SEED_PATH}`]);
  });

  it('does not find "2B" inside "B2B": quotes match whole words', () => {
    const r = compileStory(`${GROUPS}metrics:\n  - label: Two billion\n    group: g\n    quote: 2B\n`);
    expect(r.lines).toEqual([]);
    expect(r.bundle?.facts.quantities.find((q) => q.id === r.bundle?.story.metrics[0]?.quantity)?.value).toBe(2e9);
  });

  it('reports a metric quote whose sentence lacks the figure, or that holds several', () => {
    const none = compileStory(`${GROUPS}metrics:\n  - label: Downloads\n    group: g\n    quote: global downloads\n`);
    expect(none.lines).toEqual([`${STORY}:7:12: quote "global downloads" holds no figure the compiler extracted (figures found in that sentence: "over 10 billion", "more than 200,000")`]);
    const several = compileStory(`${GROUPS}metrics:\n  - label: Sizes\n    group: g\n    quote: 0.8B/2B/4B/9B\n`);
    expect(several.lines).toEqual([`${STORY}:7:12: quote "0.8B/2B/4B/9B" holds 4 figures ("0.8B", "2B", "4B", "9B"): quote just the one to feature`]);
  });

  it('reports an event quote whose sentence has no date', () => {
    const r = compileStory(`timeline:\n  lanes: [{ id: l, label: Lane }]\n  events:\n    - title: Memo\n      lane: l\n      quote: announced in an internal memo\n`);
    expect(r.lines).toEqual([`${STORY}:6:14: quote "announced in an internal memo" holds no date the compiler extracted (the compiler found no date in that sentence)`]);
  });

  it('reports unknown sections, lanes, groups, people and nodes', () => {
    const r = compileStory(
      [
        'sections:',
        '  - id: summary',
        'metrics:',
        '  - label: Downloads',
        '    group: nope',
        '    quote: over 10 billion global downloads',
        'timeline:',
        '  lanes: [{ id: career, label: Career }]',
        '  events:',
        '    - { title: Graduates, lane: school, quote: Lin graduated in 2019 }',
        'org:',
        '  before:',
        '    title: Before',
        '    summary: split the Qwen team',
        '    nodes:',
        '      - { id: lab, label: Tongyi Lab, kind: lab, parent: alibaba, leads: [Jack Ma], note: will continue to lead the lab }',
        'people: [Lin Junyang, Qwen]',
        '',
      ].join('\n'),
    );
    expect(r.bundle).toBeNull();
    expect(r.lines).toEqual([
      ...['metrics', 'timeline', 'org', 'people'].map((id) => `${STORY}:1:1: warning: section "${id}" has content but is not listed in sections: added at the end with a default title`),
      `${STORY}:2:9: unknown section "summary" (sections: metrics, timeline, org, strategy, people, source)`,
      `${STORY}:5:12: unknown metric group "nope" (groups: none defined in metric_groups)`,
      `${STORY}:10:33: unknown lane "school" (lanes: career)`,
      `${STORY}:16:58: unknown node "alibaba" in org before (nodes: lab)`,
      `${STORY}:16:75: unknown person "Jack Ma": no person of that name was found in ${SEED_PATH} (people: Lin Junyang, Yongming Wu, Jingren Zhou, Yu Fan, Ilya Sutskever, Mira Murati)`,
      `${STORY}:17:23: unknown person "Qwen": no person of that name was found in ${SEED_PATH} (people: Lin Junyang, Yongming Wu, Jingren Zhou, Yu Fan, Ilya Sutskever, Mira Murati)`,
    ]);
  });

  it('reports malformed YAML with its position, and aliases that would expand without bound', () => {
    const r = compileStory('metrics:\n  - label: "unclosed\n    group: g\n');
    expect(r.bundle).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.lines[0]).toBe(`${STORY}:4:1: malformed YAML: Missing closing "quote`);
    const tabs = compileStory('metrics:\n\t- label: x\n');
    expect(tabs.lines[0]).toMatch(new RegExp(`^${STORY}:2:1: malformed YAML: `));
    const nested = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`), 'people: *a8'];
    const laughs = compileStory(nested.join('\n'));
    expect(laughs.lines).toEqual([`${STORY}: malformed YAML: Excessive alias count indicates a resource exhaustion attack`]);
  });

  it('reports unknown keys (typos would drop data silently) and wrong shapes', () => {
    const r = compileStory(`${GROUPS}metrics:\n  - label: Downloads\n    group: g\n    qoute: over 10 billion global downloads\nsection: []\nstrategy: yes\n`);
    expect(r.lines).toEqual([
      `${STORY}:5:5: metric quote is missing`,
      `${STORY}:7:5: unknown key "qoute" in a metric: did you mean "quote"? (expected label, group, quote, occurrence)`,
      `${STORY}:8:1: unknown key "section" in the story file: did you mean "sections"? (expected published_year, sections, metric_groups, metrics, timeline, org, strategy, people)`,
      `${STORY}:9:11: strategy must be a mapping of keys to values, not "yes"`,
    ]);
  });

  it('reports a figure in a label that the quoted sentence does not have', () => {
    const r = compileStory(`${GROUPS}metrics:\n  - label: Downloads in 2027\n    group: g\n    quote: over 10 billion global downloads\nsections:\n  - id: metrics\n    title: The 5 numbers that matter\n`);
    expect(r.lines).toEqual([
      `${STORY}:5:12: metric label "Downloads in 2027" has the figure "2027", which is not in the quoted sentence: figures come from the article`,
      `${STORY}:8:1: warning: section "people" has content but is not listed in sections: added at the end with a default title`,
      `${STORY}:10:12: section title "The 5 numbers that matter" has the figure "5", which is not in an entry without a quote: figures come from the article`,
    ]);
  });

  it('reports a current-stage quote that names no stage', () => {
    const r = compileStory('strategy:\n  before: { title: A, focus: building technological influence }\n  after: { title: B, focus: creating a super application gateway }\n  stages: [Learning from Humans, Transcending Humans]\n  current: entered the "Assisting Humans" stage\n');
    expect(r.lines).toEqual([`${STORY}:5:12: the current quote "entered the "Assisting Humans" stage" names none of the stages`]);
  });

  it('reports parents that form a loop', () => {
    const r = compileStory(
      'org:\n  after:\n    title: Loop\n    summary: into several horizontally specialized teams\n    nodes:\n      - { id: a, label: pre-training, kind: team, parent: b }\n      - { id: b, label: post-training, kind: team, parent: a }\n',
    );
    expect(r.lines).toEqual([`${STORY}:5:5: the parents in org after form a loop through "a"`]);
  });

  it('collects every error rather than stopping at the first', () => {
    const r = compileStory(`${GROUPS}metrics:\n  - { label: A, group: g, quote: not in the text at all }\n  - { label: B, group: g, quote: nor is this }\n  - { label: C, group: g, quote: over 10 billion global downloads }\n`);
    expect(r.errors).toHaveLength(2);
  });

  it('accepts a JSON story file and an empty one', () => {
    const json = compileStory(JSON.stringify({ metric_groups: [{ id: 'g', label: 'G' }], metrics: [{ label: 'Downloads', group: 'g', quote: 'over 10 billion global downloads' }] }));
    expect(json.lines).toEqual([]);
    expect(json.bundle?.story.metrics.map((m) => m.id)).toEqual(['downloads']);
    const empty = compileStory('');
    expect(empty.lines).toEqual([`${STORY}: warning: the story file is empty: only the cast and the article are shown`]);
    expect(empty.bundle?.story.sections.map((s) => s.id)).toEqual(['people', 'source']);
  });

  it('keeps quotes with digits as written ("0.8B", years) even when YAML reads them as numbers', () => {
    const r = compileStory('timeline:\n  lanes: [{ id: l, label: Lane }]\n  events:\n    - { title: Graduation, lane: l, quote: 2019 }\n');
    expect(r.lines).toEqual([]);
    expect(r.bundle?.story.timeline.events[0]?.time).toBe(r.bundle?.facts.times.find((t) => t.text === '2019')?.id);
  });

  it('names the closest allowed key or id, and only when one is close', () => {
    const r = compileStory(`${GROUPS}metrics:\n  - label: Downloads\n    grup: g\n    quote: over 10 billion global downloads\n    extra: 1\nsections:\n  - id: metric\n`);
    expect(r.lines).toEqual([
      `${STORY}:5:5: metric group is missing`,
      `${STORY}:6:5: unknown key "grup" in a metric: did you mean "group"? (expected label, group, quote, occurrence)`,
      `${STORY}:8:5: unknown key "extra" in a metric (expected label, group, quote, occurrence)`,
      `${STORY}:9:1: warning: section "people" has content but is not listed in sections: added at the end with a default title`,
      `${STORY}:10:9: unknown section "metric": did you mean "metrics"? (sections: metrics, timeline, org, strategy, people, source)`,
    ]);
    const lane = compileStory('timeline:\n  lanes: [{ id: career, label: Career }]\n  events:\n    - { title: Graduates, lane: carer, quote: Lin graduated in 2019 }\n');
    expect(lane.lines).toEqual([`${STORY}:4:33: unknown lane "carer": did you mean "career"? (lanes: career)`]);
  });

  it('says what a value of the wrong kind should have been', () => {
    const r = compileStory(`metric_groups: yes\nmetrics:\n  - label: [Downloads]\n    group: { id: g }\n    quote: [over 10 billion global downloads]\ntimeline: [a, b]\npeople: Lin Junyang\n`);
    expect(r.lines).toEqual([
      `${STORY}:1:16: metric_groups must be a list, not "yes"`,
      `${STORY}:3:12: metric label must be text, not a list`,
      `${STORY}:4:12: metric group must be text, not a mapping`,
      `${STORY}:5:12: metric quote must be text, or { quote, occurrence }, not a list`,
      `${STORY}:6:11: timeline must be a mapping of keys to values, not a list`,
      `${STORY}:7:9: people must be a list, not "Lin Junyang"`,
    ]);
    expect(compileStory('- metrics\n- people\n').lines).toEqual([`${STORY}:1:1: the story file must be a mapping of keys to values, not a list`]);
  });

  it('reports a missing or empty required field at its entry', () => {
    const r = compileStory(
      'sections:\n  - title: No id\ntimeline:\n  lanes: [{ id: l, label: "" }]\n  events:\n    - { title: No quote, lane: l }\nstrategy:\n  before: { title: A, focus: building technological influence }\n',
    );
    expect(r.lines.filter((l) => !l.includes('warning:'))).toEqual([
      `${STORY}:2:5: section id is missing`,
      `${STORY}:4:27: lane label is empty`,
      `${STORY}:6:7: event quote is missing`,
      `${STORY}:8:3: strategy after is missing`,
    ]);
  });

  it('takes occurrence only as a whole number from 1, beside the quote or inside it', () => {
    const zero = compileStory(`${GROUPS}metrics:\n  - { label: Lab, group: g, quote: Tongyi Lab, occurrence: 0 }\n`);
    expect(zero.lines).toEqual([`${STORY}:5:60: metric occurrence must be a whole number from 1 (the first match), not "0"`]);
    const words = compileStory(`${GROUPS}metrics:\n  - { label: Lab, group: g, quote: { quote: Tongyi Lab, occurrence: second } }\n`);
    expect(words.lines).toEqual([`${STORY}:5:69: metric quote occurrence must be a whole number from 1 (the first match), not "second"`]);
    const fraction = compileStory(`${GROUPS}metrics:\n  - { label: Lab, group: g, quote: Tongyi Lab, occurrence: 1.5 }\n`);
    expect(fraction.lines).toEqual([`${STORY}:5:60: metric occurrence must be a whole number from 1 (the first match), not "1.5"`]);
  });

  it('reports an id defined twice at the second one', () => {
    const r = compileStory(
      [
        'sections:',
        '  - id: metrics',
        '  - id: metrics',
        'metric_groups: [{ id: g, label: A }, { id: g, label: B }]',
        'timeline:',
        '  lanes: [{ id: l, label: A }, { id: l, label: B }, { id: Career, label: C }]',
        'org:',
        '  after:',
        '    title: Teams',
        '    summary: into several horizontally specialized teams',
        '    nodes:',
        '      - { id: text, label: text, kind: team }',
        '      - { id: text, label: text, kind: division }',
        '',
      ].join('\n'),
    );
    expect(r.lines.filter((l) => !l.includes('warning:'))).toEqual([
      `${STORY}:3:9: section "metrics" is listed twice`,
      `${STORY}:4:44: metric group "g" is defined twice`,
      `${STORY}:6:38: lane "l" is defined twice`,
      `${STORY}:6:59: lane id "Career" must be lower-case letters, digits and hyphens`,
      `${STORY}:13:15: node "text" is defined twice in org after`,
      `${STORY}:13:40: unknown node kind "division" (kinds: company, lab, team, group)`,
    ]);
  });

  it('still resolves the rest of the file when an entry is rejected', () => {
    const r = compileStory(`${GROUPS}metrics:\n  - { label: A, group: g, qoute: over 10 billion global downloads }\n  - { label: B, group: g, quote: nor is this }\nstrategy: yes\npeople: [Jack Ma]\n`);
    expect(r.lines).toEqual([
      `${STORY}:5:5: metric quote is missing`,
      `${STORY}:5:27: unknown key "qoute" in a metric: did you mean "quote"? (expected label, group, quote, occurrence)`,
      `${STORY}:6:34: quote "nor is this" not found in ${SEED_PATH}`,
      `${STORY}:7:11: strategy must be a mapping of keys to values, not "yes"`,
      `${STORY}:8:10: unknown person "Jack Ma": no person of that name was found in ${SEED_PATH} (people: Lin Junyang, Yongming Wu, Jingren Zhou, Yu Fan, Ilya Sutskever, Mira Murati)`,
    ]);
  });

  it('reports when: other than published, and published_year without a dateline, at their lines', () => {
    const when = compileStory('timeline:\n  lanes: [{ id: l, label: Lane }]\n  events:\n    - { title: Memo, lane: l, when: yesterday }\n');
    expect(when.lines).toEqual([`${STORY}:4:37: when must be "published" (the dateline), not "yesterday"; other events are dated by their quote`]);
    const text = article.replace('Deep News03-05 20:01\n\n', '');
    const r = compileArticle({ articleText: text, articlePath: 'a.txt', storyText: 'people: [Yu Fan]\npublished_year: 2026\n', storyPath: STORY });
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([`${STORY}:2:17: published_year is set but a.txt has no dateline to date`]);
  });

  it('keeps every figure as written in the file: "0.80" is not 0.8, and a year label stays text', () => {
    const r = compileStory('metric_groups: [{ id: g, label: 2019 }]\nmetrics:\n  - { label: 0.8B, group: g, quote: 0.8B }\n');
    expect(r.lines).toEqual([`${STORY}:1:33: metric group label "2019" has the figure "2019", which is not in an entry without a quote: figures come from the article`]);
    expect(compileStory(`${GROUPS}metrics:\n  - { label: Small, group: g, quote: 0.80 }\n`).lines).toEqual([`${STORY}:5:38: quote "0.80" not found in ${SEED_PATH}`]);
  });

  it('reports a published_year that is not a year', () => {
    const r = compileStory('published_year: twenty\n');
    expect(r.lines).toEqual([`${STORY}:1:17: published_year must be a four-digit year, not "twenty"`]);
  });
});
