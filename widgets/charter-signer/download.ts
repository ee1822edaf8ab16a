/**
 * Files offered to the user (the record as JSON, the PDF): loaded with the record view or the
 * PDF export, never with the first render. The download itself is the kit's.
 */
export { downloadBlob } from '../internal/download';

/** "Parcours diabète (2026)" → "parcours-diabete-2026". */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** "charte-partenariat-parcours-diabete-2026-06-02.json": the base, the project's slug and today's date. */
export function fileName(base: string, title: string, ext: string): string {
  return `${[base, slug(title), new Date().toISOString().slice(0, 10)].filter(Boolean).join('-')}${ext}`;
}
