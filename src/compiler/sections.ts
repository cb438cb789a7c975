/**
 * Section heads used when no story file names them (auto mode, or a section the story
 * leaves out), and the rule for which sections have something to show.
 */
import type { Section, SectionId, Story } from '../schema/bundle';

/** Generic heads: editorial wording, no facts. */
export const DEFAULT_SECTIONS: Record<SectionId, { title: string; dek: string | null }> = {
  metrics: { title: 'The figures in the story', dek: 'Every number the article gives, with the sentence it comes from.' },
  timeline: { title: 'When it happened', dek: 'Each dated sentence of the article, in time order.' },
  org: { title: 'How the organisation is structured', dek: null },
  strategy: { title: 'What changed in strategy', dek: null },
  people: { title: 'Who is who', dek: 'The people the article names, with the roles it gives them.' },
  source: { title: 'The article', dek: 'The full text, with every fact highlighted.' },
};

/** Returns true when the story has something to show in the section. */
export function sectionHasContent(story: Omit<Story, 'sections'>, id: SectionId): boolean {
  switch (id) {
    case 'metrics':
      return story.metrics.length > 0;
    case 'timeline':
      return story.timeline.events.length > 0;
    case 'org':
      return story.org !== null && story.org.views.length > 0;
    case 'strategy':
      return story.strategy !== null;
    case 'people':
      return story.people.length > 0;
    case 'source':
      return true;
  }
}

/** Returns a section with its default head. */
export function defaultSection(id: SectionId): Section {
  return { id, ...DEFAULT_SECTIONS[id] };
}
