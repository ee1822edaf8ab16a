/** Loads the widget elements once per page (widget-elements.ts); resolves when they are defined. */
let loading: Promise<typeof import('./widget-elements')> | undefined;

export function loadWidgets(): Promise<typeof import('./widget-elements')> {
  loading ??= import('./widget-elements').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
