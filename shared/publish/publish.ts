/**
 * publish(registry) → { feed, report }: the step between the establishment's
 * private registry and what goes online. Pure and deterministic (the date is
 * given), run by the CLI (`binome publish`), the extension's « Registre des
 * partenaires » and the demo's « Publier l'annuaire » page — the same rule
 * everywhere, applied where the data leaves.
 */

import { PUBLIC_FEED_SCHEMA_FILE, PUBLIC_FEED_VERSION, type PublicFeed } from '../schemas/public-feed';
import type { PartnerRegistry } from '../schemas/registry';
import { type Omission, projectPartner } from './public-view';
import { toFeedEntry } from './terms';

/** One person of the registry in the report: published or not, and what was left out. */
export interface PersonReport {
  readonly id: string;
  /** The name the registry holds, for the coordinator's eyes only (the report is never published). */
  readonly registryName?: string;
  readonly published: boolean;
  /** Everything left out; a single `*` omission when the person is not published at all. */
  readonly omissions: readonly Omission[];
}

export interface PublishReport {
  readonly generatedAt: string;
  readonly total: number;
  readonly published: number;
  readonly people: readonly PersonReport[];
}

export interface PublishOptions {
  /** ISO 8601 date-time with offset; the feed's `generatedAt`. */
  readonly generatedAt: string;
  /** Value of the feed's `$schema` (default: the schema file's name, to be served beside the feed). */
  readonly schemaUrl?: string;
}

export interface Published {
  readonly feed: PublicFeed;
  readonly report: PublishReport;
}

function registryName(profile: PartnerRegistry['partners'][number]): string | undefined {
  const n = profile.name;
  if (!n) return undefined;
  return n.display ?? ([n.given, n.family].filter(Boolean).join(' ') || undefined);
}

export function publish(
  registry: PartnerRegistry,
  { generatedAt, schemaUrl = PUBLIC_FEED_SCHEMA_FILE }: PublishOptions,
): Published {
  const partners: PublicFeed['partners'][number][] = [];
  const people: PersonReport[] = [];
  for (const profile of registry.partners) {
    const { view, omissions } = projectPartner(profile);
    if (view) partners.push(toFeedEntry(view));
    const name = registryName(profile);
    people.push({ id: profile.id, ...(name ? { registryName: name } : {}), published: view !== null, omissions });
  }
  const { name, contactEmail, contactUrl } = registry.establishment;
  const feed: PublicFeed = {
    $schema: schemaUrl,
    schemaVersion: PUBLIC_FEED_VERSION,
    generatedAt,
    establishment: { name, ...(contactEmail ? { contactEmail } : {}), ...(contactUrl ? { contactUrl } : {}) },
    partners,
  };
  return { feed, report: { generatedAt, total: registry.partners.length, published: partners.length, people } };
}
