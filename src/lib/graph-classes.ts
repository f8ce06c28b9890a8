/** The class names graph scripts put on drawn elements, apart from the stylesheet so the explorer's first load need not carry it. */

/** Class names the scripts put on elements. */
export const GRAPH_CLASSES = {
  /** Outside the highlighted neighbourhood. */
  faded: 'faded',
  /** The node whose neighbourhood is highlighted. */
  focused: 'focused',
  /** The centre of a local graph. */
  centre: 'centre',
  /** Removed by the explorer's filters. */
  filtered: 'filtered',
  /** Its label is drawn: it fits without covering another label or node (see `placeLabels`). */
  labelled: 'labelled',
  /** Under the pointer: its label is drawn whether it fits or not. */
  hovered: 'hovered',
} as const;

/**
 * Whether the explorer's filters leave `element` drawn, told by their class: right after the class
 * changes, Cytoscape's `:visible` still sees the old state until it restyles the element.
 */
export const isShown = (element: { hasClass(name: string): boolean }): boolean => !element.hasClass(GRAPH_CLASSES.filtered);
