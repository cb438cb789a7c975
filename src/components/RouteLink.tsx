/**
 * A real link to a route (it works with JavaScript off and opens in a new tab), which in
 * the running page navigates in place: one history entry, the page moved to the target.
 */
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { type Route, routeHref } from '../routes';

export interface RouteLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'> {
  route: Route;
  base: string;
  onNavigate: (route: Route) => void;
  children: ReactNode;
}

/** Returns true for a plain left click, the only kind the page handles itself. */
export function isPlainClick(event: MouseEvent): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** Returns an <a> to the route's URL that calls `onNavigate` on a plain click. */
export function RouteLink({ route, base, onNavigate, children, ...rest }: RouteLinkProps) {
  return (
    <a
      {...rest}
      href={routeHref(route, base)}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        onNavigate(route);
      }}
    >
      {children}
    </a>
  );
}
