import { lazy } from '../internal/lazy';

/**
 * The checklist's one English module (messages-en.ts: the element's and the views' words),
 * fetched by elements shown in English only. The French tables (messages.ts, views-messages.ts)
 * both read it from here, so neither imports the other.
 */
export const english = lazy(() => import('./messages-en'));
