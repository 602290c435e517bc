// A small router on the History API: the whole state of a page is its URL (path + query), so every
// search, sheet and note can be bookmarked and shared.
import { useSyncExternalStore } from 'react';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === snapshot()) {
    return;
  }
  if (options.replace) {
    window.history.replaceState(null, '', href);
  } else {
    window.history.pushState(null, '', href);
    window.scrollTo(0, 0);
  }
  for (const listener of listeners) {
    listener();
  }
}

export interface Location {
  path: string;
  params: URLSearchParams;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { path: url.pathname, params: url.searchParams };
}

export type Route =
  | { page: 'search' }
  | { page: 'service'; id: string }
  | { page: 'note'; id: string }
  | { page: 'territory'; id: string }
  | { page: 'edit' }
  | { page: 'missing' };

export function routeOf(path: string): Route {
  if (path === '/' || path === '/index.html') {
    return { page: 'search' };
  }
  const [, first, id, rest] = path.split('/');
  if (first === 'edit') {
    return { page: 'edit' };
  }
  if (first === 'service' && id) {
    return rest === 'note'
      ? { page: 'note', id: decodeURIComponent(id) }
      : { page: 'service', id: decodeURIComponent(id) };
  }
  if (first === 'territory') {
    return { page: 'territory', id: id ? decodeURIComponent(id) : 'region:bru' };
  }
  return { page: 'missing' };
}

export const serviceHref = (id: string) => `/service/${encodeURIComponent(id)}`;
export const noteHref = (id: string, language: string) =>
  `/service/${encodeURIComponent(id)}/note?lang=${language}`;
export const territoryHref = (id: string) => `/territory/${encodeURIComponent(id)}`;

/** An ordinary link (it works without JavaScript and opens in a new tab) that navigates in place. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    props.onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    navigate(props.href);
  };
  return <a {...props} onClick={onClick} />;
}
