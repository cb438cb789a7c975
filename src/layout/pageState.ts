/**
 * What is selected on the page (the open metric card, the selected timeline event, the org
 * view), kept apart from the address: scrolling rewrites the address to the section in
 * view but must not close a card or deselect an event. Each history entry carries the
 * selection it was made with, so Back and Forward restore exactly what the reader saw.
 */
import type { OrgViewId, Route } from '../routes';
import type { Bundle } from '../schema/bundle';

/** The page's selections. */
export interface PageState {
  metric: string | null;
  event: string | null;
  orgView: OrgViewId;
}

/** Marks our entries in `history.state`, so another script's state is never mistaken for ours. */
const HISTORY_KEY = 'explainerPage';

/** Returns the selections a route asks for on a fresh page: its own item selected, everything else at rest. */
export function createPageState(route: Route): PageState {
  return applyRoute({ metric: null, event: null, orgView: 'before' }, route);
}

/** Returns `state` with the route's item selected; a section or the top keeps every selection. */
export function applyRoute(state: PageState, route: Route): PageState {
  switch (route.kind) {
    case 'metric':
      return state.metric === route.id ? state : { ...state, metric: route.id };
    case 'event':
      return state.event === route.id ? state : { ...state, event: route.id };
    case 'org':
      return state.orgView === route.view ? state : { ...state, orgView: route.view };
    default:
      return state;
  }
}

/** Returns the value to store in `history.state` for a selection. */
export function toHistoryState(state: PageState): Record<string, unknown> {
  return { [HISTORY_KEY]: { ...state } };
}

/**
 * Returns the selection stored in a history entry, or null when the entry has none of
 * ours or names things this bundle does not have (the page was rebuilt since).
 */
export function readHistoryState(historyState: unknown, bundle: Bundle): PageState | null {
  if (typeof historyState !== 'object' || historyState === null) return null;
  const stored: unknown = (historyState as Record<string, unknown>)[HISTORY_KEY];
  if (typeof stored !== 'object' || stored === null) return null;
  const { metric, event, orgView } = stored as Record<string, unknown>;
  const metricOk = metric === null || (typeof metric === 'string' && bundle.story.metrics.some((m) => m.id === metric));
  const eventOk = event === null || (typeof event === 'string' && bundle.story.timeline.events.some((e) => e.id === event));
  const viewOk = orgView === 'before' || orgView === 'after';
  if (!metricOk || !eventOk || !viewOk) return null;
  return { metric: metric as string | null, event: event as string | null, orgView };
}

/** Returns true when two selections are the same. */
export function samePageState(a: PageState, b: PageState): boolean {
  return a.metric === b.metric && a.event === b.event && a.orgView === b.orgView;
}
