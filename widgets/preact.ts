/**
 * The `pp-*` elements in Preact's JSX (attributes, properties, `onpp-*` events, typed from the
 * Custom Elements Manifest by custom-element-jsx-integration: widgets/generated/jsx.d.ts). Types
 * only: `import type {} from 'binome/preact';` once in the app. The extension uses it too.
 */
import type {} from 'preact';
import type { CustomElements } from './generated/jsx.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
