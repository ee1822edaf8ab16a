/**
 * A component whose code is fetched when it is first rendered, so that a page's first
 * screen does not pay for a section the user may never open (the library's Projects and
 * Contacts, its export/import; the popup's partner offer). Renders `fallback` meanwhile.
 */
import { type ComponentChildren, type ComponentType, Fragment, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: () => ComponentChildren = () => null,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function Lazy(props: P) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      pending ??= load().catch((error: unknown) => {
        pending = null;
        throw error;
      });
      pending.then(
        (component) => {
          loaded = component;
          if (live) setReady(true);
        },
        (error: unknown) => console.error('[binome] module not loaded', error),
      );
      return () => {
        live = false;
      };
    }, []);
    return loaded ? h(loaded, props) : h(Fragment, null, fallback());
  };
}
