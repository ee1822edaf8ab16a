import type { Drawing, Signatory } from '../../../../shared/schemas/charter';

export const patient: Signatory = { name: 'Jeanne Martin', role: 'patient_partenaire', organisation: 'Association Vivre avec' };
export const doctor: Signatory = { name: 'Dr Karim Benali', role: 'professionnel_sante', organisation: 'CH de Valmont' };
export const director: Signatory = { name: 'Élise Roussel', role: 'direction_etablissement' };

export const drawing: Drawing = { viewBox: '0 0 600 200', paths: ['M10 150L40 120L80 160L120 90', 'M200 100L260 110L300 60'] };

/** A fixed instant, so records built in tests are reproducible. */
export const at = (minute: number) => new Date(Date.UTC(2026, 5, 2, 12, minute, 0));
