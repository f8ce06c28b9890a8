/**
 * Two fingers moving a zoomable graph, as on a map: the point between them drags the graph and their
 * spread zooms it about that point.
 */
import type { Viewport } from './graph-style.ts';

/** Two fingers on a canvas: the point between them, in pixels from the canvas's top left corner, and how far apart they are. */
export interface Pinch {
  x: number;
  y: number;
  spread: number;
}

/** The pinch of the first two of `touches` (in client coordinates) on a canvas whose top left corner is at `origin`. */
export function pinchOf(touches: ArrayLike<{ clientX: number; clientY: number }>, origin: { left: number; top: number }): Pinch {
  const [a, b] = [touches[0]!, touches[1]!];
  return { x: (a.clientX + b.clientX) / 2 - origin.left, y: (a.clientY + b.clientY) / 2 - origin.top, spread: Math.hypot(b.clientX - a.clientX, b.clientY - a.clientY) };
}

/**
 * The viewport after two fingers moved from `from` to `to`: zoomed by as much as their spread changed
 * (within `limits`), the point of the graph that was between them now between them again.
 */
export function pinchedViewport({ zoom, pan }: Viewport, from: Pinch, to: Pinch, limits: { min: number; max: number }): Viewport {
  const scaled = from.spread > 0 ? (zoom * to.spread) / from.spread : zoom;
  const next = Math.min(limits.max, Math.max(limits.min, scaled));
  return { zoom: next, pan: { x: to.x - ((from.x - pan.x) * next) / zoom, y: to.y - ((from.y - pan.y) * next) / zoom } };
}
