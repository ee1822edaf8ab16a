/**
 * Offers a file to the user: a temporary Blob URL on an anchor with `download` — no data: URL
 * (fine under a strict CSP), nothing sent anywhere. The anchor is clicked inside `parent` (the
 * widget's shadow root) when given, so the host page's document is never touched.
 */
export function downloadBlob(blob: Blob, filename: string, parent?: Node): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  parent?.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
