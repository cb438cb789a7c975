/**
 * Loading the compiled bundle: one typed fetcher and one queryOptions factory, so the key
 * and the fetcher never drift apart. The bundle never changes while a page is open.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Bundle } from '../schema/bundle';
import { validateBundle } from '../schema/validate';
import { bundleUrl } from './bundlePath';

export { BUNDLE_PATH } from './bundlePath';

/** Returns the validated bundle fetched from `url`, or throws an Error a reader can understand. */
export async function fetchBundle(url: string, signal?: AbortSignal): Promise<Bundle> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (cause) {
    throw new Error('The explainer data could not be loaded: the network request failed.', { cause });
  }
  if (!response.ok) throw new Error(`The explainer data could not be loaded (HTTP ${response.status}).`);
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    throw new Error('The explainer data is damaged: it is not valid JSON.', { cause });
  }
  const result = validateBundle(json);
  if (!result.ok) throw new Error(`The explainer data is damaged: ${result.problems[0] ?? 'unknown problem'}`);
  return result.bundle;
}

/** Returns the query options for the bundle served under `base`. */
export function bundleQueryOptions(base: string) {
  const url = bundleUrl(base);
  return queryOptions({
    queryKey: ['bundle', url] as const,
    queryFn: ({ signal }) => fetchBundle(url, signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });
}
