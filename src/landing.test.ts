import { describe, expect, it } from 'vitest';
import { landingOf } from './landing';

describe('landingOf(route)', () => {
  it('needs no move at the top of the page', () => {
    expect(landingOf({ kind: 'home' })).toBeNull();
  });

  it('scrolls a section to the top and focuses it', () => {
    expect(landingOf({ kind: 'section', section: 'people' })).toEqual({ scrollId: 'people', block: 'start', focus: '#people', autofocus: false });
  });

  it('centres a metric card or a timeline event and focuses it, which autofocus does on its own', () => {
    expect(landingOf({ kind: 'metric', id: 'a-b' })).toEqual({ scrollId: 'metric-a-b', block: 'center', focus: '#metric-a-b', autofocus: true });
    expect(landingOf({ kind: 'event', id: 'c' })).toEqual({ scrollId: 'event-c', block: 'center', focus: '#event-c', autofocus: true });
  });

  it('brings the org section to the top and focuses the pressed view button', () => {
    const landing = landingOf({ kind: 'org', view: 'after' });
    expect(landing?.scrollId).toBe('org');
    expect(landing?.focus).toContain('[aria-pressed="true"]');
    // Focusing the button would centre it, not bring the section to the top: the boot script lands it.
    expect(landing?.autofocus).toBe(false);
  });
});