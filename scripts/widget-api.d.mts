// Types of scripts/widget-api.mjs for the tests.
export const root: string;
export const GENERATED: readonly string[];
export const generatedDir: string;
export const START: string;
export const END: string;
/** Runs the analyzer into a fresh folder (a temporary one by default); returns the folder. */
export function analyze(outDir?: string): string;
// biome-ignore lint/suspicious/noExplicitAny: a manifest's declarations, as JSON.
export function apiSection(element: any): string;
// biome-ignore lint/suspicious/noExplicitAny: a manifest, as JSON.
export function elementsOf(manifest: any): any[];
// biome-ignore lint/suspicious/noExplicitAny: a manifest's declaration, as JSON.
export function docWithApi(doc: string, element: any): string | undefined;
export function docPath(tagName: string): string;
export function explicitSpecifiers(file: string, text: string): string;
export function vueTemplateNames(text: string): string;
export function hideInternal(text: string): string;
