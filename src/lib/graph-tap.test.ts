import { describe, expect, test } from 'vitest';
import { fingerAt, fingerMoved, isTouchInput, nodeTapAction } from './graph-tap.ts';

describe('nodeTapAction', () => {
  test('a mouse click opens the page, whether or not the graph can show the node', () => {
    expect(nodeTapAction({ touch: false, canShow: true, shown: false, moved: false })).toBe('open');
    expect(nodeTapAction({ touch: false, canShow: false, shown: false, moved: false })).toBe('open');
  });

  test('a first touch on a node of a graph that can show it shows it instead of leaving the page', () => {
    expect(nodeTapAction({ touch: true, canShow: true, shown: false, moved: false })).toBe('show');
  });

  test('a touch on the node already shown opens its page', () => {
    expect(nodeTapAction({ touch: true, canShow: true, shown: true, moved: false })).toBe('open');
  });

  test('a touch whose finger moved is a swipe: it neither shows nor opens', () => {
    expect(nodeTapAction({ touch: true, canShow: false, shown: false, moved: true })).toBe('none');
    expect(nodeTapAction({ touch: true, canShow: true, shown: true, moved: true })).toBe('none');
  });

  test('a touch on a graph with nowhere to show a node (a local graph) opens the page', () => {
    expect(nodeTapAction({ touch: true, canShow: false, shown: false, moved: false })).toBe('open');
  });
});

describe('isTouchInput', () => {
  test('touch events and touch or pen pointer events are touch input', () => {
    expect(isTouchInput({ type: 'touchend' })).toBe(true);
    expect(isTouchInput({ type: 'pointerup', pointerType: 'touch' })).toBe(true);
    expect(isTouchInput({ type: 'pointerup', pointerType: 'pen' })).toBe(true);
  });

  test('mouse events, mouse pointer events and no event at all are not', () => {
    expect(isTouchInput({ type: 'mouseup' })).toBe(false);
    expect(isTouchInput({ type: 'pointerup', pointerType: 'mouse' })).toBe(false);
    expect(isTouchInput(undefined)).toBe(false);
  });
});

describe('fingerAt', () => {
  test('reads a touch event’s first finger, down or lifted, and a pointer event’s position', () => {
    expect(fingerAt({ touches: [{ clientX: 1, clientY: 2 }] })).toEqual({ x: 1, y: 2 });
    expect(fingerAt({ touches: [], changedTouches: [{ clientX: 3, clientY: 4 }] })).toEqual({ x: 3, y: 4 });
    expect(fingerAt({ clientX: 5, clientY: 6 })).toEqual({ x: 5, y: 6 });
    expect(fingerAt(undefined)).toBeUndefined();
  });
});

describe('fingerMoved', () => {
  test('is true past the threshold only, and false when either end is unknown', () => {
    expect(fingerMoved({ x: 0, y: 0 }, { x: 0, y: 8 }, 8)).toBe(false);
    expect(fingerMoved({ x: 0, y: 0 }, { x: 6, y: 6 }, 8)).toBe(true);
    expect(fingerMoved(undefined, { x: 0, y: 100 }, 8)).toBe(false);
  });
});
