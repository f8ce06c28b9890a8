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

/** Where a work's citation file in `format` is, from the site root: `/works/<id>/<id>.bib`. */
export function citationFilePath(workId: string, format: CitationFormat): string {
  return `${entityPath('works', workId)}${citationFileName(workId, format)}`;
}

/** File name of a work's citation in one format, named after the entry so downloads stay apart: `<id>.bib`. */
export function citationFileName(workId: string, format: CitationFormat): string {
  return `${workId}.${CITATION_FORMATS[format].extension}`;
}

/** Astro route pattern of a work's citation files in `format`, for `astro dev`: `/works/[id]/[file].bib`, where `file` is the id again. */
export function citationRoutePattern(format: CitationFormat): string {
  return `${entityPath('works', '[id]')}[file].${CITATION_FORMATS[format].extension}`;
}
