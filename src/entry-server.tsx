/**
 * The prerender entry: renders the App for one URL into an HTML string, with the bundle
 * already in a QueryClient of its own so nothing suspends and no state leaks between pages.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';
import { bundleQueryOptions } from './data/bundleQuery';
import { createMemoryHistory } from './navigation/memoryHistory';
import { createNavigator } from './navigation/navigator';
import type { Bundle } from './schema/bundle';

export interface RenderResult {
  html: string;
}

/** Returns the App's HTML for the URL path `url` (base included) with `bundle` as its data. */
export function render(url: string, bundle: Bundle, base: string): RenderResult {
  // One client per render, as TanStack's SSR guide says: a shared one would carry state across pages.
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, retry: false } } });
  queryClient.setQueryData(bundleQueryOptions(base).queryKey, bundle);
  const navigator = createNavigator({ bundle, base, history: createMemoryHistory(url) });
  try {
    const html = renderToString(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App base={base} navigator={navigator} />
        </QueryClientProvider>
      </StrictMode>,
    );
    return { html };
  } finally {
    queryClient.clear();
  }
}
