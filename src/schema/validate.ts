/**
 * Run-time validation of a bundle, shared by the compiler (before it writes) and the app
 * (when it loads): the shape via valibot, then the cross-references a shape cannot say —
 * every span's text matches the article at its offsets, every id points at something.
 */
import * as v from 'valibot';
import { type Bundle, BundleSchema } from './bundle';

export type ValidationResult = { ok: true; bundle: Bundle } | { ok: false; problems: string[] };

/** Returns the typed bundle, or every problem found, each naming the path of the bad value. */
export function validateBundle(input: unknown): ValidationResult {
  const parsed = v.safeParse(BundleSchema, input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues.slice(0, 20).map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`),
    };
  }
  const problems = checkReferences(parsed.output);
  return problems.length ? { ok: false, problems } : { ok: true, bundle: parsed.output };
}

/** Returns the bundle or throws one Error listing every problem. */
export function assertBundle(input: unknown): Bundle {
  const result = validateBundle(input);
  if (!result.ok) throw new Error(`invalid bundle:\n${result.problems.join('\n')}`);
  return result.bundle;
}

function checkReferences(bundle: Bundle): string[] {
  const problems: string[] = [];
  const { text, sentences } = bundle.article;
  const sentenceIds = new Set(sentences.map((s) => s.id));

  const checkSpan = (where: string, span: { text: string; start: number; end: number; sentence?: string }) => {
    if (span.end < span.start || span.end > text.length) problems.push(`${where}: offsets ${span.start}-${span.end} outside the article`);
    else if (text.slice(span.start, span.end) !== span.text) problems.push(`${where}: text does not match the article at ${span.start}-${span.end}`);
    if (span.sentence !== undefined && !sentenceIds.has(span.sentence)) problems.push(`${where}: unknown sentence "${span.sentence}"`);
  };

  const { facts, story } = bundle;
  const factLists = [
    ['quantities', facts.quantities],
    ['times', facts.times],
    ['people', facts.people],
    ['organizations', facts.organizations],
    ['quotations', facts.quotations],
  ] as const;
  const allIds = new Set<string>();
  for (const [name, list] of factLists) {
    list.forEach((fact, i) => {
      checkSpan(`facts.${name}[${i}]`, fact);
      if (allIds.has(fact.id)) problems.push(`facts.${name}[${i}]: duplicate id "${fact.id}"`);
      allIds.add(fact.id);
    });
  }

  const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
  const quantityIds = ids(facts.quantities);
  const timeIds = ids(facts.times);
  const personIds = ids(facts.people);
  const laneIds = ids(story.timeline.lanes);

  const unique = (where: string, list: { id: string }[]) => {
    const seen = new Set<string>();
    for (const item of list) {
      if (seen.has(item.id)) problems.push(`${where}: duplicate id "${item.id}"`);
      seen.add(item.id);
    }
  };
  unique('story.sections', story.sections);
  unique('story.metrics', story.metrics);
  unique('story.timeline.events', story.timeline.events);

  story.metrics.forEach((m, i) => {
    if (!quantityIds.has(m.quantity)) problems.push(`story.metrics[${i}]: unknown quantity "${m.quantity}"`);
  });
  story.timeline.events.forEach((e, i) => {
    if (!timeIds.has(e.time)) problems.push(`story.timeline.events[${i}]: unknown time "${e.time}"`);
    if (!laneIds.has(e.lane)) problems.push(`story.timeline.events[${i}]: unknown lane "${e.lane}"`);
    if (!sentenceIds.has(e.sentence)) problems.push(`story.timeline.events[${i}]: unknown sentence "${e.sentence}"`);
  });
  story.people.forEach((p, i) => {
    if (!personIds.has(p)) problems.push(`story.people[${i}]: unknown person "${p}"`);
  });
  story.org?.views.forEach((view, vi) => {
    checkSpan(`story.org.views[${vi}].summary`, view.summary);
    const nodeIds = ids(view.nodes);
    view.nodes.forEach((node, ni) => {
      const where = `story.org.views[${vi}].nodes[${ni}]`;
      checkSpan(`${where}.label`, node.label);
      if (node.note) checkSpan(`${where}.note`, node.note);
      if (node.parent !== null && !nodeIds.has(node.parent)) problems.push(`${where}: unknown parent "${node.parent}"`);
      for (const lead of node.leads) if (!personIds.has(lead)) problems.push(`${where}: unknown person "${lead}"`);
    });
  });
  if (story.strategy) {
    const s = story.strategy;
    for (const side of ['before', 'after'] as const) {
      checkSpan(`story.strategy.${side}.focus`, s[side].focus);
      s[side].kpis.forEach((k, i) => {
        checkSpan(`story.strategy.${side}.kpis[${i}]`, k);
      });
    }
    s.stages.forEach((st, i) => {
      checkSpan(`story.strategy.stages[${i}].label`, st.label);
    });
    if (s.currentNote) checkSpan('story.strategy.currentNote', s.currentNote);
  }
  return problems;
}
