import { defineConfig } from 'wxt';

// The extension lives in extension/ (entrypoints thin, features in modules).
// Permissions are the fewest the library needs: no host permissions at install.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  imports: false,
  manifest: ({ browser }) => ({
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
