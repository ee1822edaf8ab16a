import { defineConfig } from 'wxt';
import { unzipInThread } from './scripts/vite-unzip-in-thread';

// The extension lives in extension/ (entrypoints thin, features in modules).
// Permissions are the fewest the library needs: no host permissions at install.
// `tabs` is optional (asked in the options, revocable): only for the "already saved"
// badge on every page without opening the extension.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Icons and _locales live with the extension (the repository's layout has no top-level public/).
  publicDir: 'extension/public',
  imports: false,
  vite: () => ({ plugins: [unzipInThread()] }),
  // The sources zip reviewers rebuild from (AMO): the sources, never what a build made.
  zip: {
    excludeSources: ['dist/**', '.output/**', '.cache/**', '.wxt/**', 'coverage/**', 'bench/**', 'test/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    // Name, description and shortcut labels in the browser's language: extension/public/_locales.
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // chrome.sidePanel.open (from the toolbar button and the context menu) exists from Chrome 116.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
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
        description: '__MSG_commandSavePage__',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+B' },
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // A GUID (AMO accepts it, and it names no domain we do not own); the tests read it from the built manifest.
              id: '{e6240037-55d9-44f9-bd94-24ceac736afb}',
              // data_collection_permissions (we collect nothing) is read from Firefox 140, an ESR.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    action: { default_title: '__MSG_extShortName__' },
  }),
});
