import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { extractMetadata, type PageMetadata } from '../../shared/library/metadata';

export const pagesDir = resolve(import.meta.dirname, '../fixtures/pages');

/** A fixture page parsed by happy-dom as if served at `url`. */
export function fixtureDocument(file: string, url: string): Document {
  const window = new Window({ url });
  const html = readFileSync(resolve(pagesDir, file), 'utf8');
  window.document.write(html);
  return window.document as unknown as Document;
}

export function fixtureMetadata(file: string, url: string): PageMetadata {
  return extractMetadata(fixtureDocument(file, url), url);
}
