import { defineConfig } from 'wxt';
import { unzipInThread } from './scripts/vite-unzip-in-thread';

// The extension lives in extension/ (entrypoints thin, features in modules).
// Permissions are the fewest the library needs: no host permissions at install.
// `tabs` is optional (asked in the options, revocable): only for the "already saved"
// badge on every page without opening the extension.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  imports: false,
  vite: () => ({ plugins: [unzipInThread()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Binôme — bibliothèque du partenariat en santé',
    short_name: 'Binôme',
    description: 'Gardez, annotez et retrouvez les ressources du partenariat en santé, dans une bibliothèque privée et locale.',
    default_locale: undefined,
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Firefox MV2 lists optional host permissions with the others; Chrome MV3 separately.
    // Asked for ONE site at a time, from a click in the side panel (docs/highlights.md).
    optional_permissions: manifestVersion === 2 ? ['tabs', 'http://*/*', 'https://*/*'] : ['tabs'],
    ...(manifestVersion === 2 ? {} : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Enregistrer la page dans la bibliothèque Binôme',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Surligner la sélection (barre d’outils Binôme)',
      },
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+B' },
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'binome@binome.invalid',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    action: { default_title: 'Binôme' },
  }),
});
