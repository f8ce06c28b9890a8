import { describe, expect, test } from 'vitest';
import { pinchedViewport, pinchOf, type Pinch } from './graph-pinch.ts';

const limits = { min: 0.02, max: 4 };
const start = { zoom: 0.5, pan: { x: 100, y: 50 } };
/** Where a graph point (model coordinates) is drawn on the canvas under a viewport. */
const drawnAt = ({ zoom, pan }: typeof start, point: { x: number; y: number }) => ({ x: pan.x + point.x * zoom, y: pan.y + point.y * zoom });
/** The graph point drawn at a canvas point under a viewport. */
const pointAt = ({ zoom, pan }: typeof start, at: Pinch) => ({ x: (at.x - pan.x) / zoom, y: (at.y - pan.y) / zoom });

describe('pinchOf', () => {
  test('is the point between the first two fingers, from the canvas corner, and their distance', () => {
    const touches = [{ clientX: 10, clientY: 200 }, { clientX: 40, clientY: 240 }, { clientX: 0, clientY: 0 }];
    expect(pinchOf(touches, { left: 5, top: 100 })).toEqual({ x: 20, y: 120, spread: 50 });
  });
});

describe('pinchedViewport', () => {
  test('two fingers moved together drag the graph as far, at the same zoom', () => {
    expect(pinchedViewport(start, { x: 200, y: 300, spread: 80 }, { x: 140, y: 200, spread: 80 }, limits)).toEqual({ zoom: 0.5, pan: { x: 40, y: -50 } });
  });

  test('fingers spread to three times their distance zoom in three times, about the point between them', () => {
    const from = { x: 200, y: 300, spread: 60 };
    const next = pinchedViewport(start, from, { ...from, spread: 180 }, limits);
    expect(next.zoom).toBeCloseTo(1.5);
    expect(drawnAt(next, pointAt(start, from))).toEqual({ x: expect.closeTo(200), y: expect.closeTo(300) });
  });

  test('a pinch that also moves keeps the graph point between the fingers under their new middle', () => {
    const from = { x: 200, y: 300, spread: 100 };
    const next = pinchedViewport(start, from, { x: 250, y: 280, spread: 50 }, limits);
    expect(next.zoom).toBeCloseTo(0.25);
    expect(drawnAt(next, pointAt(start, from))).toEqual({ x: expect.closeTo(250), y: expect.closeTo(280) });
  });

  test('stops at the zoom limits, still about the point between the fingers', () => {
    const from = { x: 200, y: 300, spread: 10 };
    const next = pinchedViewport(start, from, { ...from, spread: 1000 }, limits);
    expect(next.zoom).toBe(4);
    expect(drawnAt(next, pointAt(start, from))).toEqual({ x: expect.closeTo(200), y: expect.closeTo(300) });
    expect(pinchedViewport(start, { ...from, spread: 1000 }, from, limits).zoom).toBe(0.02);
  });

  test('fingers that start on one spot only drag', () => {
    expect(pinchedViewport(start, { x: 0, y: 0, spread: 0 }, { x: 10, y: 0, spread: 40 }, limits)).toEqual({ zoom: 0.5, pan: { x: 110, y: 50 } });
  });
});
