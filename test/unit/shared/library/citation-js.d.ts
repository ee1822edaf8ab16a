// citation-js ships no types: only what the reference-format tests use (CSL-JSON out).
declare module '@citation-js/core' {
  export interface CslName {
    family?: string;
    given?: string;
    literal?: string;
    'non-dropping-particle'?: string;
    'dropping-particle'?: string;
  }
  export interface CslItem {
    type?: string;
    title?: string;
    author?: CslName[];
    DOI?: string;
    URL?: string;
    [field: string]: unknown;
  }
  export class Cite {
    static async(data: string, options?: { forceType?: string }): Promise<Cite>;
    data: CslItem[];
  }
}
declare module '@citation-js/plugin-ris';
