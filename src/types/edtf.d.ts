/** Minimal typing of the `edtf` package: it parses an EDTF string into a date-like object. */
declare module 'edtf' {
  /** Parse an EDTF string; throws on invalid input. */
  export default function edtf(value: string): unknown;
}
