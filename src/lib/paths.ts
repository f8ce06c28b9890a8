/** Field paths as contributors read them: `affiliations[0].org`. */

/** `a.b[0].c` from a list of keys and indexes. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}
