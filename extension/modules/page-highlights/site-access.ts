/**
 * Per-site automatic highlights: the user grants ONE site an optional host permission
 * (from a click: `permissions.request` needs a user gesture), and the highlighter script is
 * registered for that site only (`scripting.registerContentScripts`), so its highlights are
 * drawn on return without opening the extension. Revoking (options, or the browser's own
 * site-access menu) removes the permission; `permissions.onRemoved` unregisters the script.
 *
 * Manifest: `optional_host_permissions: ['http://*\/*', 'https://*\/*']` (Chrome MV3) and,
 * for Firefox MV2, the same patterns in `optional_permissions` (wxt.config.ts).
 */
import { isHttpUrl } from '../../../shared/schemas/common';

/** The match pattern of a page's site: "https://www.example.org/a/b?c" → "https://www.example.org/*". */
export function sitePattern(url: string): string | undefined {
  if (!isHttpUrl(url)) return undefined;
  const { protocol, hostname } = new URL(url);
  // Match patterns have no port: a grant for 127.0.0.1 covers every port of that host.
  return `${protocol}//${hostname}/*`;
}

/** "https://www.example.org/*" → "https://www.example.org" (what the options list shows). */
export function siteLabel(pattern: string): string {
  return pattern.replace(/\/\*$/, '');
}

/** Registered script ids are derived from the pattern: one registration per site, found again after a restart. */
export function scriptIdFor(pattern: string): string {
  return `binome-hl:${pattern}`;
}

export function isSitePattern(origin: string): boolean {
  return /^https?:\/\/[^/*]+\/\*$/.test(origin);
}

export interface PermissionsApi {
  request(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
  /** Host origins granted now (optional ones included). */
  granted(): Promise<string[]>;
}

export interface ScriptingApi {
  registered(): Promise<string[]>;
  register(id: string, pattern: string, file: string): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

/** Sites with automatic highlights: granted host patterns of the site form, sorted. */
export async function grantedSites(permissions: PermissionsApi): Promise<string[]> {
  return (await permissions.granted()).filter(isSitePattern).sort();
}

/**
 * Makes the registered scripts match the granted sites: registers what is missing,
 * unregisters what is no longer granted. Run at start-up and on every permission change.
 */
export async function syncRegistrations(permissions: PermissionsApi, scripting: ScriptingApi, file: string): Promise<void> {
  const sites = await grantedSites(permissions);
  const wanted = new Map(sites.map((site) => [scriptIdFor(site), site]));
  const registered = (await scripting.registered()).filter((id) => id.startsWith('binome-hl:'));
  const stale = registered.filter((id) => !wanted.has(id));
  if (stale.length) await scripting.unregister(stale);
  for (const [id, site] of wanted) {
    if (registered.includes(id)) continue;
    try {
      await scripting.register(id, site, file);
    } catch (error) {
      // Registered meanwhile by a concurrent sync: nothing to do.
      if (!(await scripting.registered()).includes(id)) throw error;
    }
  }
}

/** Asks for one site (call from a click handler). */
export async function requestSite(permissions: PermissionsApi, pattern: string): Promise<boolean> {
  if (!isSitePattern(pattern)) return false;
  try {
    return await permissions.request([pattern]);
  } catch {
    return false;
  }
}

export async function revokeSite(permissions: PermissionsApi, pattern: string): Promise<boolean> {
  if (!isSitePattern(pattern)) return false;
  return permissions.remove([pattern]);
}
