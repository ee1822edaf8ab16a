/**
 * Plain form values (what FormData gives: every name → its list of strings)
 * and the errors a form shows, each tied to the field it concerns. Pure: the
 * widget builds the FormFields from its <form>, these modules map them to the
 * shared schemas, unit-tested in Node.
 */

export type FormFields = Readonly<Record<string, readonly string[]>>;

export interface FieldError {
  /** The `name` of the control (or first control of the group) to focus. */
  readonly field: string;
  readonly message: string;
}

export type FormResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** FormData → FormFields (File entries are ignored: the forms have none). */
export function fieldsFromFormData(data: { forEach(cb: (value: unknown, key: string) => void): void }): FormFields {
  const out: Record<string, string[]> = {};
  data.forEach((value, key) => {
    if (typeof value !== 'string') return;
    const list = out[key] ?? [];
    list.push(value);
    out[key] = list;
  });
  return out;
}

/** First value, trimmed ('' when absent). */
export function one(fields: FormFields, name: string): string {
  return (fields[name]?.[0] ?? '').trim();
}

/** Every non-empty value, trimmed, without duplicates, in order. */
export function many(fields: FormFields, name: string): string[] {
  return [...new Set((fields[name] ?? []).map((v) => v.trim()).filter((v) => v.length > 0))];
}

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
