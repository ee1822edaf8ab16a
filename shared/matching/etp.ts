/**
 * What counts as the training regulation requires to take part in a therapeutic
 * patient education (ETP) programme.
 *
 * The HAS guide, 3.4 note 23 (test/fixtures/has-guide-2026.txt l.588): « dans le domaine
 * de l'éducation thérapeutique, une obligation de formation de 40 heures a été imposée
 * par la réglementation publique (article L. 1161-1 du Code de la santé publique, article
 * R. 1161-1 à 1161-3 du Code de la santé publique, arrêté du 30 décembre 2020 relatif au
 * cahier des charges des programmes d'éducation thérapeutique) ». The requirement is
 * 40 hours of ETP training, not one kind of certificate: a university diploma in ETP
 * (DU, DIU) of 120 h meets it as well as the usual « ETP 40 h » course does.
 *
 * So a training record documents ETP hours when it is of the kind `etp_40h` (taken at its
 * word when it gives no hours: the kind itself says 40 h), or when its title names
 * therapeutic education — « éducation thérapeutique », « ETP », “therapeutic (patient)
 * education”, “TPE” — whatever its kind; its hours then say whether it covers the 40.
 * Reading the title is Binôme's way to recognise the subject of a DU; the establishment
 * validates the record (`validatedBy`) as for any other training.
 */
import type { TrainingRecord } from '../schemas/partner';
import { normalizeText } from '../text/normalize';

/** Minimum ETP training set by regulation (note 23). */
export const ETP_MIN_HOURS = 40;

const ETP_TITLE = /(^|[^\p{L}\p{N}])(etp|tpe|education therapeutique|therapeutic (patient )?education)([^\p{L}\p{N}]|$)/u;

/** True when a training's title names therapeutic patient education. */
export function namesEtp(title: string | undefined): boolean {
  return title !== undefined && ETP_TITLE.test(normalizeText(title));
}

/**
 * The ETP hours a record documents: `undefined` when it is not an ETP training;
 * `{ hours: undefined }` for an ETP training whose length is not given (other than `etp_40h`).
 */
export function etpHours(record: Pick<TrainingRecord, 'kind' | 'label' | 'hours'>): { hours: number | undefined } | undefined {
  if (record.kind === 'etp_40h') return { hours: record.hours ?? ETP_MIN_HOURS };
  return namesEtp(record.label) ? { hours: record.hours } : undefined;
}

/** Does the record meet the 40 h requirement? */
export function meetsEtpRequirement(record: Pick<TrainingRecord, 'kind' | 'label' | 'hours'>): boolean {
  const etp = etpHours(record);
  return etp?.hours !== undefined && etp.hours >= ETP_MIN_HOURS;
}
