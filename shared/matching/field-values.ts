/**
 * Form values read as data: a ticked box, a list typed with commas, a
 * département code, a whole number. Used by the mappings of the two forms
 * (need-form.ts, candidate-form.ts) when a form is submitted, so they are
 * not part of what a form's first screen downloads (form-fields.ts).
 */
import { type FormFields, one } from './form-fields';

/** A ticked checkbox (any non-empty value but "false"/"off"/"no"). */
export function flag(fields: FormFields, name: string): boolean {
  const v = one(fields, name).toLowerCase();
  return v !== '' && v !== 'false' && v !== 'off' && v !== 'no';
}

/** Free text listing several items: split on commas, semicolons and new lines. */
export function splitList(text: string, max = 200): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]+/)
        .map((s) => s.replace(/\s+/g, ' ').trim())
        .filter((s) => s.length > 0)
        .map((s) => s.slice(0, max)),
    ),
  ];
}

/** "2a" → "2A", "6" → "06": the user's spelling of a département code, tidied. */
export function tidyDepartement(value: string): string {
  const v = value.trim().toUpperCase();
  return /^\d$/.test(v) ? `0${v}` : v;
}

export const DEPARTEMENT_RE = /^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-8]|98[6-8])$/;

/** A whole number in [min, max], or undefined. */
export function wholeNumber(value: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}
