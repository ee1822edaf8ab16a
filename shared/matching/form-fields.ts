/**
 * Plain form values (what FormData gives: every name → its list of strings)
 * and the errors a form shows, each tied to the field it concerns. Pure: the
 * widget builds the FormFields from its <form>, these modules map them to the
 * shared schemas, unit-tested in Node. Reading values as data (numbers,
 * lists, codes) is field-values.ts, needed only when a form is submitted.
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
