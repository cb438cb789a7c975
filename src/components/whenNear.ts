/**
 * Resolves once the element `id` comes within `margin` of the viewport (by default one
 * screen ahead, so code fetched then is in before the reader gets there); at once where the
 * element is missing or IntersectionObserver is not available.
 */
export function whenNear(id: string, margin = '100% 0px'): Promise<void> {
  return new Promise((resolve) => {
    const element = typeof document === 'undefined' ? null : document.getElementById(id);
    if (!element || typeof IntersectionObserver === 'undefined') {
      resolve();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: margin },
    );
    observer.observe(element);
  });
}
