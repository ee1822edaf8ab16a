/**
 * The widget elements in the extension's Preact JSX: the typings generated from the widgets'
 * Custom Elements Manifest (widgets/preact.ts), the same a host app gets from `binome/preact`.
 * Properties are set as DOM properties (Preact does so when the element defines them: the
 * elements are always defined before these are rendered, see widgets.ts); `onpp-*` props listen
 * to the widgets' events.
 */
export type {} from '../../../widgets/preact';
