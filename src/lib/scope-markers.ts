/** The attribute Astro gives an element to scope its component's styles, and passes as a prop to the components the template uses. */
const SCOPE_MARKER = /^data-astro-cid-/;

/** A component's props as HTML attributes to spread, less its caller's style-scope markers, which a spread would write out as `="true"` on every element. */
export function withoutScopeMarkers<T extends object>(props: T): Partial<T> {
  return Object.fromEntries(Object.entries(props).filter(([name]) => !SCOPE_MARKER.test(name))) as Partial<T>;
}
