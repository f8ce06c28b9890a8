/** Minimal typing of the citation.js packages the atlas uses: CSL-JSON in, BibTeX/RIS/CSL-JSON out. */
declare module '@citation-js/core' {
  /** A set of citations, read from CSL-JSON (or any format a loaded plugin parses). */
  export class Cite {
    constructor(data: unknown);
    /** The citations as CSL-JSON items. */
    data: Record<string, unknown>[];
    /** Output in a format such as 'bibtex', 'ris' or 'data' (CSL-JSON). */
    format(format: string, options?: Record<string, unknown>): string;
  }
  /** Plugin registry, with each plugin's settings. */
  export const plugins: {
    config: { get(name: string): Record<string, Record<string, unknown>> };
    /** Output dictionaries ('text', 'html') that writers lay their output out with. */
    dict: { get(name: string): unknown };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-bibtex/lib/output/value.js' {
  /** citation.js's BibTeX value formatter: `value` escaped as the type of `field` (lower-case name) requires; a list field (`language`) takes a list. */
  export function format(field: string, value: string | readonly string[]): string;
}
declare module '@citation-js/plugin-bibtex/lib/output/bibtex.js' {
  /** citation.js's BibTeX writer: entries whose values are already escaped, laid out with an output dictionary. */
  export function format(entries: readonly { type: string; label: string; properties: Record<string, string> }[], dict: unknown): string;
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/name' {
  /** A personal name split into CSL parts (given, family, particles). */
  export function parse(name: string): Record<string, string>;
}
