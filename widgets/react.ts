/**
 * The `pp-*` elements in React 19's JSX (attributes, properties, `onpp-*` events, typed from the
 * Custom Elements Manifest by custom-element-jsx-integration: widgets/generated/jsx.d.ts). Types
 * only: `import type {} from 'binome/react';` once in the app (or `"types": ["binome/react"]`).
 */
import type {} from 'react';
import type { CustomElements } from './generated/jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
