/** Labels of the shared vocabularies in the page's language. */
import { type Locale, localized } from '../../../shared/i18n/locale';
import { DOMAINS, type DomainId, domainById } from '../../../shared/vocab/domains';
import { RESOURCE_TYPES, type ResourceTypeId, resourceTypeLabel } from '../../../shared/vocab/resource-types';

export const DOMAIN_CHOICES = DOMAINS.map((d) => d.id as DomainId);
export const TYPE_CHOICES = RESOURCE_TYPES.map((t) => t.id as ResourceTypeId);

export function domainLabel(id: string, locale: Locale): string {
  const domain = domainById(id);
  return domain ? localized(domain.label, locale) : id;
}

export function typeLabel(id: string, locale: Locale): string {
  return resourceTypeLabel(id, locale);
}

/** "ETP, diabète ; Recherche" → ["ETP", "diabète", "Recherche"] (trimmed, without duplicates). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const tag = part.replace(/\s+/g, ' ').trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}
