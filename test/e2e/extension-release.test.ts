/**
 * What the stores (Chrome Web Store, AMO) review, read from the built extension: icons of our
 * own at the four sizes, name/description/shortcut labels localised (fr default, en), the
 * minimum browser versions the code needs, a Firefox id in GUID form, and a sources archive
 * that holds the sources and nothing a build made. The localisation is checked in Chromium
 * itself: the browser resolves `__MSG_…__` from _locales in the user's language.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { launchWithExtension } from '../helpers/extension';
import { chromeExtensionDist, repoRoot } from '../helpers/paths';

const firefoxDist = resolve(repoRoot, '.output/firefox-mv2');
const version = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')).version as string;
const manifestOf = (dir: string) => JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every `__MSG_name__` the manifest uses. */
function messageKeys(manifest: unknown): string[] {
  return [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] as string);
}

describe('the extension as the stores receive it', () => {
  for (const [browser, dir] of [
    ['chrome', chromeExtensionDist],
    ['firefox', firefoxDist],
  ] as const) {
    it(`${browser}: icons 16/32/48/128 exist at their size`, () => {
      const manifest = manifestOf(dir);
      expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
      for (const [size, file] of Object.entries(manifest.icons as Record<string, string>)) {
        expect(pngSize(resolve(dir, file))).toEqual({ width: Number(size), height: Number(size) });
      }
    });

    it(`${browser}: every __MSG_ key of the manifest exists in fr and en, descriptions within 132 characters`, () => {
      const manifest = manifestOf(dir);
      expect(manifest.default_locale).toBe('fr');
      const keys = messageKeys(manifest);
      expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription', 'extShortName']));
      for (const locale of ['fr', 'en']) {
        const messages = JSON.parse(readFileSync(resolve(dir, '_locales', locale, 'messages.json'), 'utf8'));
        for (const key of keys) expect(messages[key]?.message, `${locale}:${key}`).toMatch(/\S/);
        expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
      }
    });
  }

  it('declares the oldest browsers its code runs in', () => {
    // chrome.sidePanel.open: Chrome 116.
    expect(manifestOf(chromeExtensionDist).minimum_chrome_version).toBe('116');
    const gecko = manifestOf(firefoxDist).browser_specific_settings.gecko;
    expect(gecko.strict_min_version).toBe('140.0');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('the sources archive holds the sources to rebuild from, and nothing a build made', () => {
    const entries = Object.keys(unzipSync(readFileSync(resolve(repoRoot, `.output/binome-${version}-sources.zip`))));
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'extension/entrypoints/background.ts'])
      expect(entries).toContain(needed);
    expect(entries.some((e) => e.startsWith('shared/') && e.endsWith('.ts'))).toBe(true);
    const built = entries.filter((e) => /^(dist|\.output|\.wxt|\.cache|node_modules|coverage)\//.test(e));
    expect(built).toEqual([]);
  });

  // Debian's Chromium ships only its en-US UI (the other languages are in chromium-l10n), so the
  // browser's language here is en-US: the English messages must come out, not the keys nor the
  // French default.
  it('Chromium resolves the name from _locales in its own language (en-US here)', async () => {
    const session = await launchWithExtension();
    try {
      const said = await session.serviceWorker.evaluate(() => [chrome.i18n.getUILanguage(), chrome.i18n.getMessage('extName')]);
      expect(said).toEqual(['en-US', 'Binôme — health partnership library']);
    } finally {
      await session.close();
    }
  }, 60_000);
});
