/** Types for wawoff2 (WOFF2 fonts to and from TrueType, in WebAssembly), which ships none. */
declare module 'wawoff2' {
  /** The TrueType or OpenType font inside a WOFF2 file. */
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
  /** A TrueType or OpenType font compressed as WOFF2. */
  export function compress(font: Uint8Array): Promise<Uint8Array>;
}
