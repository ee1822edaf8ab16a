/**
 * Contact routes, zod-free so that widgets can build the establishment's route
 * without the registry's code: the establishment is the default way to reach a
 * partner (their own details appear only with their `contact` consent).
 */
import type { Locale } from '../i18n/locale';
import { isHttpUrl, isSafeUrl } from '../schemas/safe-url';

/** One way to reach someone: an href that is always https:, http:, mailto: or tel:, and the text to show. */
export interface ContactRoute {
  readonly kind: 'email' | 'phone' | 'url';
  readonly href: string;
  readonly text: string;
}

/** What the establishment's route needs (registry and public feed share this shape). */
export interface EstablishmentContact {
  readonly name: string;
  readonly contactEmail?: string;
  readonly contactUrl?: string;
}

const SUBJECT: Record<Locale, (who: string, id: string) => string> = {
  fr: (who, id) => `Contact patient partenaire : ${who} (réf. ${id})`,
  en: (who, id) => `Contacting a patient partner: ${who} (ref. ${id})`,
};

/** How a person without the name consent is called in a contact subject. */
export const ANONYMOUS: Record<Locale, string> = { fr: 'profil sans nom', en: 'unnamed profile' };

/** A route, or none when `href` is not a safe URL (data may come from anywhere: checked again here). */
export function route(kind: ContactRoute['kind'], href: string, text: string): ContactRoute[] {
  return isSafeUrl(href) ? [{ kind, href, text }] : [];
}

/** Routes to a person's own email, phone and page. */
export function personalRoutes(contact: { email?: string; phone?: string; url?: string } | undefined): ContactRoute[] {
  if (!contact) return [];
  const { email, phone, url } = contact;
  return [
    ...(email ? route('email', `mailto:${email}`, email) : []),
    ...(phone ? route('phone', `tel:${phone.replace(/[^\d+]/g, '')}`, phone) : []),
    ...(url ? route('url', url, url.replace(/^(?:mailto|tel):/i, '')) : []),
  ];
}

/**
 * The establishment's routes for one person: its address with a subject naming the
 * person's public reference (so the coordination knows whom the visitor means), and its
 * contact page.
 */
export function establishmentRoutes(
  establishment: EstablishmentContact,
  who: string,
  id: string,
  locale: Locale,
): ContactRoute[] {
  const routes: ContactRoute[] = [];
  if (establishment.contactEmail) {
    const subject = encodeURIComponent(SUBJECT[locale](who, id));
    routes.push(...route('email', `mailto:${establishment.contactEmail}?subject=${subject}`, establishment.contactEmail));
  }
  if (establishment.contactUrl && isHttpUrl(establishment.contactUrl)) {
    routes.push(...route('url', establishment.contactUrl, establishment.contactUrl));
  }
  return routes;
}
