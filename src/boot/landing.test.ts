// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { landingOf } from '../landing';
import { focusTargetOf, LANDING_ATTRIBUTES, moveTo, readLanding } from './landing';

describe('readLanding(root)', () => {
  it('reads back the landing the prerenderer writes, and nothing from a root without one', () => {
    const landing = landingOf({ kind: 'org', view: 'before' });
    const root = document.createElement('div');
    expect(readLanding(root)).toBeNull();
    if (!landing) return;
    for (const key of Object.keys(LANDING_ATTRIBUTES) as (keyof typeof LANDING_ATTRIBUTES)[]) root.setAttribute(LANDING_ATTRIBUTES[key], landing[key]);
    expect(readLanding(root)).toEqual(landing);
  });
});

describe('moveTo(doc, landing, {behavior, focus})', () => {
  beforeEach(() => {
    document.body.innerHTML = '<section id="org" tabindex="-1"><button class="org-toggle-button" aria-pressed="false">Before</button><button class="org-toggle-button" aria-pressed="true">After</button></section>';
  });

  it('scrolls the element into view as the landing says and focuses its control', () => {
    const landing = landingOf({ kind: 'org', view: 'after' });
    if (!landing) throw new Error('org has a landing');
    const section = document.getElementById('org') as HTMLElement;
    const scroll = vi.spyOn(section, 'scrollIntoView');
    expect(moveTo(document, landing, { behavior: 'instant', focus: true })).toBe(true);
    expect(scroll).toHaveBeenCalledWith({ behavior: 'instant', block: 'start' });
    expect(document.activeElement?.textContent).toBe('After');
    expect(focusTargetOf(document, landing)).toBe(document.activeElement);
  });

  it('focuses the element itself where its control is missing, and nothing without `focus`', () => {
    const landing = { scrollId: 'org', block: 'center' as const, focus: '#nothing', autofocus: false };
    moveTo(document, landing, { behavior: 'smooth', focus: false });
    expect(document.activeElement).toBe(document.body);
    moveTo(document, landing, { behavior: 'smooth', focus: true });
    expect(document.activeElement?.id).toBe('org');
  });

  it('reports a page without the element', () => {
    expect(moveTo(document, { scrollId: 'gone', block: 'start', focus: '', autofocus: false }, { behavior: 'instant', focus: true })).toBe(false);
  });
});
