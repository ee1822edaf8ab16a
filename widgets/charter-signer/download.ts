/**
 * Files offered to the user (the record as JSON, the PDF): loaded with the record view or the
 * PDF export, never with the first render.
 */

/** Offers a file to the user: a temporary Blob URL on an anchor with `download` (no data: URL, fine under a strict CSP). */
export function downloadBlob(blob: Blob, filename: string, parent: Node): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Parcours diabète (2026)" → "parcours-diabete-2026". */
export function slug(text: string): string {
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
