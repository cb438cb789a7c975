// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createStatus } from './status';

describe('createStatus(element)', () => {
  let element: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<div id="status" role="status"></div>';
    element = document.getElementById('status') as HTMLElement;
  });

  it('says the graphics are loading, and clears', () => {
    const status = createStatus(element);
    status.loading();
    expect(element.textContent).toBe('Loading the interactive graphics…');
    status.clear();
    expect(element.childElementCount).toBe(0);
  });

  it('says what failed, as text, with a Retry that is pressed once', () => {
    const status = createStatus(element);
    const retry = vi.fn();
    status.failed('<b>The network request failed.</b>', retry);
    expect(element.querySelector('b')).toBeNull();
    expect(element.textContent).toContain('<b>The network request failed.</b> The interactive graphics are unavailable');
    const button = element.querySelector('button');
    expect(button?.textContent).toBe('Retry');
    button?.click();
    button?.click();
    expect(retry).toHaveBeenCalledTimes(1);
    expect(button?.disabled).toBe(true);
    expect(element.textContent).toContain('Loading the explainer again');
  });
});
