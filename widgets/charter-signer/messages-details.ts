/**
 * Words the lazily loaded parts share (the signatures list, the review step, the verify
 * report, the print and PDF labels): never needed by the first render, so kept out of
 * messages.ts.
 */
import { intlTag, type Locale } from '../../shared/i18n/locale';

/** "2 juin 2026 à 14:03", in the signer's time zone; the ISO form stays in the record. */
export const dateTime = (iso: string, locale: Locale): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeStyle: 'short' }).format(date);
};

const fr = {
  signedOn: (iso: string) => `a signé le ${dateTime(iso, 'fr')}`,
  methodLabel: { typed: 'signature tapée', drawn: 'signature dessinée' } as Record<'typed' | 'drawn', string>,
  modify: 'Modifier',
  organisationShort: 'Organisation',
  mentionShort: 'Mention',
  signedAtShort: 'Signé le',
  quote: (text: string) => `«\u00a0${text}\u00a0»`,
  date: (iso: string) => dateTime(iso, 'fr'),
};

export type DetailMessages = typeof fr;

const en: DetailMessages = {
  signedOn: (iso: string) => `signed on ${dateTime(iso, 'en')}`,
  methodLabel: { typed: 'typed signature', drawn: 'drawn signature' },
  modify: 'Change',
  organisationShort: 'Organisation',
  mentionShort: 'Mention',
  signedAtShort: 'Signed on',
  quote: (text: string) => `“${text}”`,
  date: (iso: string) => dateTime(iso, 'en'),
};

export const DETAILS: Record<Locale, DetailMessages> = { fr, en };
