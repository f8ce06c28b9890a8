/** The citation formats a work can be downloaded in, and where each file is: no citation.js here, so routes and the build config can name them cheaply. */
import { entityPath } from './urls.ts';

/** Formats offered by "Cite this": citation.js output name, file extension and media type. */
export const CITATION_FORMATS = {
  bibtex: { output: 'bibtex', extension: 'bib', mediaType: 'application/x-bibtex' },
  ris: { output: 'ris', extension: 'ris', mediaType: 'application/x-research-info-systems' },
  csl: { output: 'data', extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json' },
} as const;
/** One citation format. */
export type CitationFormat = keyof typeof CITATION_FORMATS;

/** Every citation format, in the order pages offer them. */
export const CITATION_FORMAT_NAMES = Object.keys(CITATION_FORMATS) as CitationFormat[];

/** Where a work's citation file in `format` is, from the site root: `/works/<id>/citation.bib`. */
export function citationFilePath(workId: string, format: CitationFormat): string {
  return `${entityPath('works', workId)}${citationFileName(format)}`;
}

/** File name of a work's citation in one format, e.g. `citation.bib`. */
export function citationFileName(format: CitationFormat): string {
  return `citation.${CITATION_FORMATS[format].extension}`;
}
