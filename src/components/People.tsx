/**
 * The cast in the order the story gives it: each name, the role exactly as the text puts
 * it, and the sentence that introduces them on demand (in the page's HTML only once opened
 * or printed, as a metric card's: the closed sentences cost every page 0.5 KB gzipped).
 */
import { useState } from 'react';
import type { Bundle, Person } from '../schema/bundle';
import { SourceSentence } from './SourceSentence';
import { usePrinting } from './usePrinting';
import '../styles/people.css';

export interface PeopleProps {
  bundle: Bundle;
}

/** Returns the cast's person facts in story order, skipping ids the facts do not have. */
export function selectCast(bundle: Bundle): Person[] {
  const byId = new Map(bundle.facts.people.map((p) => [p.id, p]));
  return bundle.story.people.flatMap((id) => byId.get(id) ?? []);
}

/** Returns the cast list. */
export function People({ bundle }: PeopleProps) {
  const cast = selectCast(bundle);
  const printing = usePrinting();
  return (
    <ol className="people">
      {cast.map((person) => (
        <PersonEntry key={person.id} bundle={bundle} person={person} printing={printing} />
      ))}
    </ol>
  );
}

/**
 * Returns the sentence to quote for a person and the span to highlight in it: the one
 * that gives their role (name and role together when they share it), else the first mention.
 */
export function selectPersonQuote(bundle: Bundle, person: Person): { sentence: string; start: number; end: number } {
  const role = person.roleSpan;
  const roleSentence = role ? bundle.article.sentences.find((s) => s.start <= role.start && role.end <= s.end) : undefined;
  if (!role || !roleSentence) return { sentence: person.sentence, start: person.start, end: person.end };
  if (roleSentence.id !== person.sentence) return { sentence: roleSentence.id, start: role.start, end: role.end };
  return { sentence: roleSentence.id, start: Math.min(role.start, person.start), end: Math.max(role.end, person.end) };
}

interface PersonEntryProps {
  bundle: Bundle;
  person: Person;
  printing: boolean;
}

function PersonEntry({ bundle, person, printing }: PersonEntryProps) {
  const [open, setOpen] = useState(false);
  const panelId = `person-${person.id}-source`;
  const quote = selectPersonQuote(bundle, person);
  return (
    <li id={`person-${person.id}`} className="person" tabIndex={-1}>
      <h3 className="person-name" data-fact-id={person.id}>
        {person.name}
      </h3>
      {person.role ? <p className="person-role">{person.role}</p> : <p className="person-role person-role-none">The article gives no role.</p>}
      <button type="button" className="person-disclosure text-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Source<span className="visually-hidden">{`: ${person.name}`}</span>
      </button>
      <div id={panelId} className="person-source disclosure-panel" hidden={!open}>
        {open || printing ? <SourceSentence bundle={bundle} sentenceId={quote.sentence} highlight={quote} factId={person.id} /> : null}
      </div>
    </li>
  );
}
