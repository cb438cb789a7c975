/**
 * The data attributes the prerenderer writes on #root for the boot script (main.tsx).
 *
 * A module of its own, imported by the boot script and the build only: the boot script is
 * inlined into each page (build/inlineBoot.ts), so it must share no module with the
 * explainer, which would otherwise import the boot script's file and run it a second time.
 * For the same reason the explainer is an entry of its own (vite.config.ts), which the boot
 * script loads by the URL named here rather than by a bundler-managed import.
 */
import type { Landing } from './landing';

/** Where a deep link lands (see landingOf). */
export const LANDING_ATTRIBUTES = { scrollId: 'data-land-scroll', block: 'data-land-block', focus: 'data-land-focus' } as const satisfies Partial<Record<keyof Landing, string>>;

/** The bundle's URL, which the boot script preloads beside the explainer's code. */
export const BUNDLE_ATTRIBUTE = 'data-bundle';

/** The explainer's code (the built src/hydrate.tsx), which the boot script imports. */
export const EXPLAINER_ATTRIBUTE = 'data-explainer';

/** The chunks the explainer's code imports (space-separated URLs): fetched beside it, not one round trip after. */
export const EXPLAINER_IMPORTS_ATTRIBUTE = 'data-explainer-imports';

/** The explainer's source module: the build's entry for it, and its key in Vite's manifest. */
export const EXPLAINER_ENTRY = 'src/hydrate.tsx';
