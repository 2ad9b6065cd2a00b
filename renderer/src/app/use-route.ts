/** A hash router: `#/desk`, `#/trash`, `#/article/<id>`, `#/calendar`, `#/export`, `#/preview/<id>`, `#/board`, `#/settings`. Hash routes work from file and app:// URLs alike. */
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'desk' }
  | { name: 'trash' }
  | { name: 'article'; id: string }
  | { name: 'settings' }
  | { name: 'tagger' }
  | { name: 'taxonomy' }
  | { name: 'calendar' }
  | { name: 'export' }
  | { name: 'preview'; id: string }
  | { name: 'board' }
  | { name: 'other'; path: string[] };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id] = parts;
  if (!head || head === 'desk') return { name: 'desk' };
  if (head === 'trash') return { name: 'trash' };
  if (head === 'article' && id) return { name: 'article', id };
  if (head === 'settings') return { name: 'settings' };
  if (head === 'tagger') return { name: 'tagger' };
  if (head === 'taxonomy') return { name: 'taxonomy' };
  if (head === 'calendar') return { name: 'calendar' };
  if (head === 'export') return { name: 'export' };
  if (head === 'preview' && id) return { name: 'preview', id };
  if (head === 'board') return { name: 'board' };
  return { name: 'other', path: parts };
}

export function navigate(path: string): void {
  window.location.hash = `#/${path}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
