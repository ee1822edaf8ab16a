/**
 * Statuses under which a patient partner acts, and the "offer" a project
 * makes to partners.
 *
 * Guide 3.7 (l.670–673): two modes are identified in France — partners who
 * sign a work contract or a "lettre de mission" and are paid (« le plus
 * souvent la qualification de salarié ou parfois de prestataire »), and
 * volunteers, who may get their expenses reimbursed (« indemnisation/
 * défraiement »). Table 7 (l.500) adds recruiting « des salariés ou des
 * vacataires »; the CNOM report cites paid "vacations" (001:1280).
 * Section 3.6 (l.613) recommends a charter whatever the status.
 */
import { type GenderedText, type Locale, type LocalizedText, localized } from '../i18n/locale';
import { STATUS_LABELS, type StatusId } from './status-labels';

// The ids and names live apart (what the partner widgets need); this module adds the descriptions and offers.
export * from './status-labels';

export interface Status {
  readonly id: StatusId;
  readonly label: GenderedText;
  readonly description: LocalizedText;
  /** Paid for the work (salary, fee, sessional pay). */
  readonly paid: boolean;
  /** May receive reimbursement of expenses (travel, lodging, meals). */
  readonly defraiement: boolean;
}

export const STATUSES = [
  {
    id: 'benevole',
    label: STATUS_LABELS.benevole,
    description: {
      fr: 'Intervient à titre bénévole ou renonce à la rémunération ; peut être défrayé de ses frais de participation (déplacement, hébergement, repas...).',
      en: 'Acts as a volunteer or waives payment; may have participation expenses reimbursed (travel, lodging, meals...).',
    },
    paid: false,
    defraiement: true,
  },
  {
    id: 'salarie',
    label: STATUS_LABELS.salarie,
    description: {
      fr: "Signataire d'un contrat de travail avec l'établissement ou le service, rémunéré selon les règles de celui-ci.",
      en: 'Has signed an employment contract with the establishment or service and is paid under its rules.',
    },
    paid: true,
    defraiement: false,
  },
  {
    id: 'prestataire',
    label: STATUS_LABELS.prestataire,
    description: {
      fr: "Intervient au titre d'une lettre de mission ou d'un contrat de prestation, rémunéré sur facture.",
      en: 'Acts under a mission letter or a service contract and is paid on invoice.',
    },
    paid: true,
    defraiement: false,
  },
  {
    id: 'vacataire',
    label: STATUS_LABELS.vacataire,
    description: {
      fr: "Rémunéré à la vacation (à l'heure ou à la séance), par exemple comme enseignant vacataire.",
      en: 'Paid per session or per hour ("vacations"), for instance as a sessional teacher.',
    },
    paid: true,
    defraiement: false,
  },
] as const satisfies readonly Status[];

export function statusById(id: string): Status | undefined {
  return (STATUSES as readonly Status[]).find((s) => s.id === id);
}

/** What a project offers the partners it seeks (ProjectNeed.offer). */
export interface Offer {
  readonly id: OfferId;
  readonly label: LocalizedText;
  /** The partner's status the offer corresponds to. */
  readonly status: StatusId;
}

/** The ids, in the list's order (literal, so that a schema checking them does not carry the texts). */
export const OFFER_IDS = ['benevolat_defraiement', 'vacation', 'salariat', 'prestation'] as const;
export type OfferId = (typeof OFFER_IDS)[number];

export const OFFERS = [
  {
    id: 'benevolat_defraiement',
    label: { fr: 'Bénévolat avec défraiement', en: 'Volunteering, expenses reimbursed' },
    status: 'benevole',
  },
  { id: 'vacation', label: { fr: 'Vacations', en: 'Sessional pay' }, status: 'vacataire' },
  { id: 'salariat', label: { fr: 'Salariat', en: 'Employment' }, status: 'salarie' },
  { id: 'prestation', label: { fr: 'Prestation de service', en: 'Service contract' }, status: 'prestataire' },
] as const satisfies readonly Offer[];

export function isOfferId(value: unknown): value is OfferId {
  return typeof value === 'string' && (OFFER_IDS as readonly string[]).includes(value);
}
export function offerById(id: string): Offer | undefined {
  return (OFFERS as readonly Offer[]).find((o) => o.id === id);
}
export function offerLabel(id: string, locale: Locale): string {
  const offer = offerById(id);
  return offer ? localized(offer.label, locale) : id;
}
/** The partner status an offer corresponds to (e.g. 'vacation' → 'vacataire'). */
export function statusOfOffer(id: OfferId): StatusId {
  return (OFFERS as readonly Offer[]).find((o) => o.id === id)?.status ?? 'benevole';
}
