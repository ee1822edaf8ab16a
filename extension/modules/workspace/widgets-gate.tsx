/**
 * Renders its children once the widget elements are defined (widgets.ts): Preact then
 * sets `store`, `partners`… as properties of real elements, never as attributes of
 * unknown ones.
 */
import { signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { wm } from './messages';
import { loadWidgets } from './widgets';

const status = signal<'loading' | 'ready' | 'failed'>('loading');

export function WidgetsGate({ children }: { children: ComponentChildren }) {
  useEffect(() => {
    if (status.value === 'ready') return;
    loadWidgets().then(
      () => (status.value = 'ready'),
      (error: unknown) => {
        console.error('[binome] widgets', error);
        status.value = 'failed';
      },
    );
  }, []);
  if (status.value === 'ready') return <>{children}</>;
  return status.value === 'failed' ? (
    <p class="notice error">{wm.value.widgetsFailed}</p>
  ) : (
    <p class="muted">{wm.value.loadingWidgets}</p>
  );
}
