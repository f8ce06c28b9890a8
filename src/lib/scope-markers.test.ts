import { describe, expect, test } from 'vitest';
import { withoutScopeMarkers } from './scope-markers.ts';

describe('withoutScopeMarkers', () => {
  test('drops the style-scope markers a caller passes on', () => {
    expect(withoutScopeMarkers({ 'data-astro-cid-kafr2fko': true, 'data-astro-cid-uaghbz3v': true })).toEqual({});
  });

  test('keeps every other attribute, in its order', () => {
    const attributes = withoutScopeMarkers({ 'data-edge-id': 'a->b', 'data-astro-cid-x1': true, class: 'wide', 'data-astro': 'kept' });
    expect(Object.entries(attributes)).toEqual([['data-edge-id', 'a->b'], ['class', 'wide'], ['data-astro', 'kept']]);
  });
});
