/**
 * A registry file → the public feed, its text and the publish report: what the CLI
 * (`binome publish`) and the « Publier l'annuaire » page both do, in one place. The
 * feed is checked against its own schema before it is handed out: what goes online
 * must be what the widgets (and any other reader) accept.
 */
import type { Locale } from '../i18n/locale';
import { type PublishReport, publish } from '../publish/publish';
import { type PublicFeed, PublicFeedSchema } from '../schemas/public-feed';
import type { PartnerRegistry } from '../schemas/registry';
import type { RegistryProblem } from './problem';
import { type ReadRegistryOptions, type RegistryFormat, readRegistryFile } from './read-file';

export interface PublishFileOptions extends ReadRegistryOptions {
  /** ISO 8601 date-time with offset; the feed's `generatedAt`. */
  readonly generatedAt: string;
  /** The feed's `$schema` (default: the schema file's name, served beside the feed). */
  readonly schemaUrl?: string;
}

export type PublishFileResult =
  | {
      readonly ok: true;
      readonly format: RegistryFormat;
      readonly feed: PublicFeed;
      /** The file to put online, as written (2-space JSON, final newline). */
      readonly text: string;
      readonly report: PublishReport;
      /** The registry read, for what is published beside the feed from the same file (the summary). */
      readonly registry: PartnerRegistry;
    }
  | { readonly ok: false; readonly problems: readonly RegistryProblem[]; readonly format?: RegistryFormat };

export async function publishRegistryFile(
  bytes: Uint8Array,
  fileName: string,
  locale: Locale,
  options: PublishFileOptions,
): Promise<PublishFileResult> {
  const read = await readRegistryFile(bytes, fileName, locale, { ...options, requireEstablishment: true });
  if (!read.ok) return read;
  const { feed, report } = publish(read.registry, {
    generatedAt: options.generatedAt,
    ...(options.schemaUrl ? { schemaUrl: options.schemaUrl } : {}),
  });
  if (!PublicFeedSchema.safeParse(feed).success) {
    const message =
      locale === 'en'
        ? 'the public file produced does not match its schema: nothing was produced (please report this problem)'
        : 'le fichier public produit ne respecte pas son schéma : rien n’a été produit (merci de signaler ce problème)';
    return { ok: false, problems: [{ code: 'invalid', message }], format: read.format };
  }
  return { ok: true, format: read.format, feed, report, registry: read.registry, text: `${JSON.stringify(feed, null, 2)}\n` };
}
