/**
 * The one `<script type="module" src="…/binome-widgets.js">` of a site (dist/cdn/): each
 * component's code is fetched the first time its tag appears in the page, as Shoelace's and Web
 * Awesome's autoloaders do, so a page pays only for the components it shows (Lit and the shared
 * chunks once). Tags are found in the document when the script runs, then as they are added — in
 * the document and in every open shadow root the loader can see (a closed one it cannot: call
 * `discover(root)` for it). The component modules sit beside this file, whatever the URL of the
 * folder: they are resolved against `import.meta.url`.
 *
 * No component code is imported here: this file stays a few hundred bytes.
 */

/** `pp-<name>` → `./<name>.js`, for every component of the build (vite.widgets.config.ts). */
declare const __BINOME_COMPONENTS__: readonly string[];
const COMPONENTS = new Set(__BINOME_COMPONENTS__);

/** The folder of this file (a variable: Vite would rewrite `new URL(…, import.meta.url)` as an asset). */
const base = import.meta.url;
const urlOf = (name: string) => new URL(`./${name}.js`, base).href;
const requested = new Map<string, Promise<void>>();
const observed = new WeakSet<Node>();

function load(tag: string): Promise<void> | undefined {
  const name = tag.slice(3);
  if (!tag.startsWith('pp-') || !COMPONENTS.has(name)) return undefined;
  let loading = requested.get(tag);
  if (!loading) {
    loading = import(/* @vite-ignore */ urlOf(name)).then(
      () => undefined,
      (error: unknown) => {
        // Forgotten, so that the next appearance of the tag tries again (a network hiccup).
        requested.delete(tag);
        console.warn(`[binome] <${tag}> could not be loaded from ${urlOf(name)}`, error);
      },
    );
    requested.set(tag, loading);
  }
  return loading;
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }
});

function watch(root: Document | ShadowRoot): void {
  if (observed.has(root)) return;
  observed.add(root);
  observer.observe(root, { childList: true, subtree: true });
}

/**
 * Loads the components used in `root` (an element and its subtree, a document or a shadow root),
 * and watches the open shadow roots found there. Resolves once their code is loaded.
 */
export async function discover(root: Element | Document | ShadowRoot): Promise<void> {
  const loads: Promise<void>[] = [];
  const visit = (el: Element) => {
    if (el.localName.startsWith('pp-') && !customElements.get(el.localName)) {
      const loading = load(el.localName);
      if (loading) loads.push(loading);
    }
    if (el.shadowRoot) {
      watch(el.shadowRoot);
      scan(el.shadowRoot);
    }
  };
  const scan = (node: Element | Document | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) visit(el);
  };
  if (root instanceof Element) visit(root);
  else watch(root);
  scan(root);
  await Promise.all(loads);
}

discover(document);
