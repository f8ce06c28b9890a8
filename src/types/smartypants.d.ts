/** Minimal typing of the `smartypants` package: SmartyPants' typographic punctuation for plain text. */
declare module 'smartypants' {
  /** `text` with straight quotes (and, by `attributes`, dashes and ellipses) turned into typographic characters, as Unicode. */
  export function smartypantsu(text: string, attributes?: string): string;
}
