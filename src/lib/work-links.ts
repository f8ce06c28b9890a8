/** Addresses of a work outside the atlas, from its identifiers, in the order citations and JSON-LD prefer them. */
import type { Work } from './schema.ts';

/** The arXiv abstract page of an arXiv id: `https://arxiv.org/abs/<id>`. */
export function arxivUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

/** The resolver address of a DOI: `https://doi.org/<doi>`. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

/** Every address a work's identifiers give, preferred first: the arXiv abstract page, the DOI, then the recorded `url` (an outlet's page, a blog, a mirror), each once. */
export function workAddresses(identifiers: Work['identifiers']): string[] {
  const addresses = [identifiers.arxiv && arxivUrl(identifiers.arxiv), identifiers.doi && doiUrl(identifiers.doi), identifiers.url];
  return [...new Set(addresses.filter((address): address is string => Boolean(address)))];
}

/** The one address a citation gives for a work: its arXiv abstract page or DOI when it records one, else its recorded `url`; undefined without any. */
export function workUrl(identifiers: Work['identifiers']): string | undefined {
  return workAddresses(identifiers)[0];
}
