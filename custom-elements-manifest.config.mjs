// The Custom Elements Manifest (dist/custom-elements.json, package.json `customElements`) is read
// from the JSDoc of the elements (`@attr`, `@prop`, `@fires {Detail} name`, `@csspart`, `@cssprop
// [--name=default]`, `@slot`) by the analyzer and its Lit plugin. From it: the JSX typings (React 19,
// Preact) and Vue's `GlobalComponents`, made by maintained generators rather than written by hand,
// and the API tables of docs/widgets/*.md (scripts/widget-api.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/**
 * Everything is written to one folder (.cache/cem by default); scripts/widget-api.mjs copies it
 * where it belongs: the manifest to dist/, the typings to widgets/generated/ (committed: the
 * extension type-checks against them before any build) and into the published types.
 */
const OUT = process.env.BINOME_CEM_OUT ?? '.cache/cem';
/** What the generated typings import the element classes and event details from: widgets/index.ts, from widgets/generated/. */
const TYPES_ENTRY = '../index.js';

/** `var(--pp-x, fallback)` in the .ts files of `dir` (first one wins): name → fallback, as written. */
function customPropertyDefaults(files) {
  const defaults = new Map();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/var\(\s*(--pp-[a-z0-9-]+)\s*,/g)) {
      // The fallback runs to the parenthesis that closes this var( — nested var() included.
      let depth = 1;
      let end = match.index + match[0].length;
      while (end < source.length && depth > 0) {
        if (source[end] === '(') depth++;
        else if (source[end] === ')') depth--;
        end++;
      }
      const fallback = source
        .slice(match.index + match[0].length, end - 1)
        .replace(/\s+/g, ' ')
        .trim();
      if (!defaults.has(match[1]) && fallback) defaults.set(match[1], fallback);
    }
  }
  return defaults;
}
const tsFiles = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));

/**
 * The shared theme (widgets/internal/theme.ts) is read by every component: its properties are
 * listed on each element, with the fallback the theme gives them (our property, then the page's
 * DSFR token, then a colour).
 */
const THEME = {
  '--pp-color-primary': 'Buttons, links, headings, focus marks of choices (theme, every component).',
  '--pp-color-on-primary': 'Text on primary buttons (theme).',
  '--pp-color-text': 'Text (theme).',
  '--pp-color-muted': 'Secondary text and hints (theme).',
  '--pp-color-background': 'Background of cards and fields (theme).',
  '--pp-color-surface': 'Background of notices and messages (theme).',
  '--pp-color-border': 'Borders (theme).',
  '--pp-color-error': 'Errors (theme).',
  '--pp-color-success': 'Confirmations (theme).',
  '--pp-color-focus': 'Focus outline (theme).',
  '--pp-radius': 'Corner radius (theme).',
  '--pp-font-family': 'Font (theme: inherited from the page by default).',
  '--pp-font-size': 'Base font size (theme: sizes are in em).',
};
const themeDefaults = customPropertyDefaults(['widgets/internal/theme.ts']);

/** The form-associated API is the platform's: the same words for every element that has it, unless its JSDoc says more. */
const FORM_API = {
  form: 'The `<form>` the element belongs to, as for a native field.',
  validity: 'Its `ValidityState`, as for a native field.',
  validationMessage: 'The message shown when it is invalid, as for a native field.',
  willValidate: 'Whether the form validates it, as for a native field.',
  checkValidity: 'Whether it is valid; fires `invalid` if not, as a native field does.',
  reportValidity: 'Like `checkValidity()`, and shows the message.',
};

/** Members a host never touches: Lit's state (`_x`), private (`#x`), protected, and Lit's statics. */
const internal = (member) =>
  member.name.startsWith('_') ||
  member.name.startsWith('#') ||
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  member.static;

/**
 * Leaves the public API only, where a host finds it: the Lit plugin lists `static properties`
 * entries marked `state: true` as attributes, internal base classes and helpers as modules, and
 * any `new CustomEvent(type)` in a helper as an event named `type`.
 */
function publicApiOnly() {
  return {
    name: 'binome-public-api',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const modules = [];
      for (const mod of manifest.modules) {
        const elements = (mod.declarations ?? []).filter((d) => d.customElement && d.tagName);
        if (elements.length === 0) continue;
        // widgets/<name>/<file>.ts → the built module a host imports: dist/widgets/<name>.js.
        const folder = /^widgets\/([^/]+)\//.exec(mod.path)?.[1];
        if (!folder) throw new Error(`custom element outside widgets/<name>/: ${mod.path}`);
        const path = `dist/widgets/${folder}.js`;
        for (const element of elements) {
          element.members = (element.members ?? []).filter((m) => !internal(m));
          for (const member of element.members) {
            delete member.inheritedFrom;
            if (!member.description && FORM_API[member.name]) member.description = FORM_API[member.name];
          }
          element.attributes = (element.attributes ?? []).filter((a) => !a.fieldName?.startsWith('_'));
          for (const attribute of element.attributes) delete attribute.inheritedFrom;
          element.events = (element.events ?? []).filter((e) => e.name?.startsWith('pp-'));
          for (const event of element.events) {
            // An event documented without its detail type would be typed CustomEvent<CustomEvent>.
            if (!event.type?.text || event.type.text === 'CustomEvent') {
              throw new Error(`${element.tagName}: @fires ${event.name} needs its detail type: @fires {Detail} ${event.name}`);
            }
          }
          if (element.superclass?.module) element.superclass = { name: 'LitElement', package: 'lit' };
          const defaults = customPropertyDefaults(tsFiles(`widgets/${folder}`));
          const properties = new Map((element.cssProperties ?? []).map((p) => [p.name, p]));
          for (const [name, description] of Object.entries(THEME)) {
            if (!properties.has(name) && themeDefaults.has(name)) properties.set(name, { name, description });
          }
          for (const property of properties.values()) {
            property.default ??= defaults.get(property.name) ?? themeDefaults.get(property.name);
          }
          element.cssProperties = [...properties.values()];
        }
        modules.push({
          kind: 'javascript-module',
          path,
          declarations: elements,
          exports: elements.flatMap((element) => [
            { kind: 'js', name: element.name, declaration: { name: element.name, module: path } },
            { kind: 'custom-element-definition', name: element.tagName, declaration: { name: element.name, module: path } },
          ]),
        });
      }
      manifest.modules = modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

export default {
  globs: ['widgets/**/*.ts'],
  outdir: OUT,
  litelement: true,
  dependencies: false,
  // package.json names the published copy (dist/custom-elements.json) itself.
  packagejson: false,
  plugins: [
    publicApiOnly(),
    customElementJsxPlugin({ outdir: OUT, fileName: 'jsx.d.ts', globalTypePath: TYPES_ENTRY, hideLogs: true }),
    customElementVuejsPlugin({ outdir: OUT, fileName: 'vue.d.ts', globalTypePath: TYPES_ENTRY, hideLogs: true }),
  ],
};
