// The Custom Elements Manifest (dist/custom-elements.json, package.json `customElements`) is read
// from the JSDoc of the elements (`@attr`, `@prop`, `@fires {Detail} name`, `@csspart`, `@cssprop
// [--name=default]`, `@slot`) by the analyzer and its Lit plugin. From it: the JSX typings (React 19,
// Preact) and Vue's `GlobalComponents`, made by maintained generators rather than written by hand,
// and the API tables of docs/widgets/*.md (scripts/widget-api.mjs).
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
          for (const member of element.members) delete member.inheritedFrom;
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
