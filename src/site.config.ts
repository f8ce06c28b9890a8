/**
 * Site-wide settings, set in one place: where the site is published and where its source lives
 * (used for canonical URLs, "edit this entry" links and citations).
 */
export const siteConfig = {
  /** Name shown in the header, titles and citations. */
  title: 'Scaling Atlas',
  /** Public address of the deployed site, without a trailing slash. */
  site: 'https://scaling-atlas.github.io',
  /** Base path the site is served under ('/' at a domain root). */
  base: '/',
  /** Repository that holds the source, for "edit this entry" links. */
  repository: 'https://github.com/scaling-atlas/scaling-atlas',
  /** Name of the site that hosts the repository, as links that leave for it say ("Edit this entry on GitHub"). */
  forge: 'GitHub',
  /** Branch that edit links point at. */
  branch: 'main',
} as const;
