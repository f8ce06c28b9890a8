/** Site paths with the configured base, and edit links into the repository. */

/** Prefix a root-relative path with the site's base path. */
export function withBase(path: string, base: string): string {
  if (/^[a-z]+:/i.test(path) || path.startsWith('#')) return path;
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Link to edit a file of the repository on its forge (GitHub-style URL layout). */
export function editUrl(repository: string, branch: string, file: string): string {
  return `${repository.replace(/\/$/, '')}/edit/${branch}/${file}`;
}
