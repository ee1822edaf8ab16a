/**
 * When is the charter complete? When every expected signatory has signed and the
 * partnership is really represented: at least one patient partner and at least one
 * professional or the establishment (guide 3.6, l.613: signed by the patients partners
 * and by the establishments/professionals engaged).
 */
import type { Signatory, SignatoryRole, Signature } from '../schemas/charter';
import { normalizeText } from '../text/normalize';

export interface CharterCompletion {
  complete: boolean;
  /** Expected signatories without a signature yet, in the given order. */
  missing: Signatory[];
  hasPatientPartner: boolean;
  hasProfessionalOrEstablishment: boolean;
}

const PROFESSIONAL_SIDE: readonly SignatoryRole[] = ['professionnel_sante', 'direction_etablissement'];

/** Same person: same role and the same name once case, accents and spacing are ignored. */
export function sameSignatory(a: Pick<Signatory, 'name' | 'role'>, b: Pick<Signatory, 'name' | 'role'>): boolean {
  return a.role === b.role && normalizeText(a.name) === normalizeText(b.name);
}

export function charterCompletion(
  expected: readonly Signatory[],
  signatures: readonly Pick<Signature, 'signatory'>[],
): CharterCompletion {
  const missing = expected.filter((person) => !signatures.some((s) => sameSignatory(s.signatory, person)));
  const hasPatientPartner = signatures.some((s) => s.signatory.role === 'patient_partenaire');
  const hasProfessionalOrEstablishment = signatures.some((s) => PROFESSIONAL_SIDE.includes(s.signatory.role));
  return {
    complete: missing.length === 0 && hasPatientPartner && hasProfessionalOrEstablishment,
    missing,
    hasPatientPartner,
    hasProfessionalOrEstablishment,
  };
}
