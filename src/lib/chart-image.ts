/**
 * A chart as an image file of its own (`/charts/<id>.svg`, also painted as PNG), for a reader to put
 * in an article or a slide: the panels side by side, then the legend, what the lines and markers are,
 * how the numbers were processed, the sources and the credit, all inside the image, so no copy
 * travels without them.
 * Pure layout: where each panel and line of text goes. Text is wrapped by an estimate of its width,
 * as SVG text does not wrap itself.
 */
import globalCss from '../styles/global.css?raw';

/** The formats every drawn chart's image file comes in: SVG to scale and edit, PNG for the sites and apps that take no SVG. */
export const CHART_IMAGE_FORMATS = ['svg', 'png'] as const;

/** A format of CHART_IMAGE_FORMATS. */
export type ChartImageFormat = (typeof CHART_IMAGE_FORMATS)[number];

/** Where the image file of dataset `id`'s chart is, from the site root, as SVG unless `format` says otherwise. */
export const chartImagePath = (id: string, format: ChartImageFormat = 'svg'): string => `/charts/${id}.${format}`;

/** Room around the image's content, in pixels. */
const MARGIN = 20;
/** The narrowest the content may be, so a one-panel chart still has room for its notes. */
const MIN_CONTENT_WIDTH = 640;
/** Space between panels side by side, and between blocks of text. */
const GAP = 16;
/** The legend's keys (a line or marker), as the page draws them, and the space before a label. */
const KEY = { width: 40, height: 14, gap: 6 };
/** Room between two legend items in a row. */
const LEGEND_ITEM_GAP = 20;

/** Font size and line height of each kind of text in the image, in pixels. */
export const CHART_IMAGE_TEXT = {
  title: { size: 18, lineHeight: 24, bold: true },
  panelTitle: { size: 14, lineHeight: 20, bold: true },
  legend: { size: 13, lineHeight: 22, bold: false },
  note: { size: 12, lineHeight: 17, bold: false },
} as const;

/** A kind of text in the image. */
export type ChartImageTextKind = keyof typeof CHART_IMAGE_TEXT;

/** Lines of wrapped text and where the first one's baseline is. */
export interface TextBlock {
  kind: ChartImageTextKind;
  x: number;
  /** Baseline of the first line; each next line is the kind's line height lower. */
  y: number;
  lines: string[];
}

/** What an image shows, in the order it shows it. */
export interface ChartImageContent {
  title: string;
  panels: readonly { width: number; height: number; title?: string }[];
  /** The legend's labels, in order. */
  legend: readonly string[];
  /** Paragraphs under the legend: what is drawn, curves on top of each other, processing. */
  notes: readonly string[];
  /** One paragraph per dataset drawn: its work, place in it and source address. */
  sources: readonly string[];
  /** The last line: who drew it, where it lives and under what licence. */
  credit: string;
}

/** Where everything of a ChartImageContent goes. */
export interface ChartImageLayout {
  width: number;
  height: number;
  title: TextBlock;
  /** Top left corner of each panel's drawing, and its title above it, if any. */
  panels: { x: number; y: number; title?: TextBlock }[];
  /** Each legend item: its key's left edge, the baseline of its label, and the label. */
  legend: { x: number; y: number; label: string }[];
  notes: TextBlock[];
  sources: TextBlock[];
  credit: TextBlock;
}

/**
 * Width of `text` at `size` pixels, over-estimated a little so wrapped lines fit in any sans-serif
 * font: wide letters, narrow ones and CJK characters, which are a full em wide.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u.test(char)) ems += 1;
    else if (/[ilI.,:;'’|!()[\]{}\s]/u.test(char)) ems += 0.32;
    else if (/[mwMW@%—–]/u.test(char)) ems += 0.92;
    else if (/[A-Z0-9]/u.test(char)) ems += 0.7;
    else ems += 0.6;
  }
  return ems * size * (bold ? 1.08 : 1);
}

/** The pieces a word too long for a line breaks into: after each slash, hyphen or ampersand (an address), else anywhere. */
function longWordPieces(word: string, fits: (text: string) => boolean): string[] {
  const pieces = word.split(/(?<=[/\-&?=])/u);
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines.at(-1);
    if (last !== undefined && fits(last + piece)) lines[lines.length - 1] = last + piece;
    else if (fits(piece)) lines.push(piece);
    else {
      for (const char of piece) {
        if (lines.length > 0 && fits(lines.at(-1)! + char)) lines[lines.length - 1] += char;
        else lines.push(char);
      }
    }
  }
  return lines;
}

/** `text` broken into lines no wider than `width` at the size of `kind`: at spaces, and inside a word only when the word alone is too wide. */
export function wrapText(text: string, width: number, kind: ChartImageTextKind): string[] {
  const { size, bold } = CHART_IMAGE_TEXT[kind];
  const fits = (line: string) => textWidth(line, size, bold) <= width;
  const lines: string[] = [];
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else if (fits(word)) lines.push(word);
    else lines.push(...longWordPieces(word, fits));
  }
  return lines;
}

/** Where the panels, the legend and every paragraph of `content` go, one under the other, and how big the image is. */
export function chartImageLayout(content: ChartImageContent): ChartImageLayout {
  const panelsWidth = content.panels.reduce((sum, panel) => sum + panel.width, 0) + GAP * Math.max(0, content.panels.length - 1);
  const inner = Math.max(MIN_CONTENT_WIDTH, panelsWidth);
  let y = MARGIN;
  /** A paragraph at the current height, moving the height past it and a gap. */
  const block = (text: string, kind: ChartImageTextKind, gap = GAP / 2): TextBlock => {
    const { size, lineHeight } = CHART_IMAGE_TEXT[kind];
    const lines = wrapText(text, inner, kind);
    const placed = { kind, x: MARGIN, y: y + size, lines };
    y += lines.length * lineHeight + gap;
    return placed;
  };
  const title = block(content.title, 'title', GAP);
  const hasPanelTitles = content.panels.some((panel) => panel.title);
  const panelTitleHeight = hasPanelTitles ? CHART_IMAGE_TEXT.panelTitle.lineHeight : 0;
  let x = MARGIN + (inner - panelsWidth) / 2;
  const panels = content.panels.map((panel) => {
    const placed = { x, y: y + panelTitleHeight, title: panel.title ? { kind: 'panelTitle' as const, x: x + panel.width / 2, y: y + CHART_IMAGE_TEXT.panelTitle.size, lines: [panel.title] } : undefined };
    x += panel.width + GAP;
    return placed;
  });
  y += panelTitleHeight + Math.max(0, ...content.panels.map((panel) => panel.height)) + GAP;
  const legendText = CHART_IMAGE_TEXT.legend;
  const legend: ChartImageLayout['legend'] = [];
  let left = MARGIN;
  for (const label of content.legend) {
    const itemWidth = KEY.width + KEY.gap + textWidth(label, legendText.size);
    if (left > MARGIN && left + itemWidth > MARGIN + inner) {
      left = MARGIN;
      y += legendText.lineHeight;
    }
    legend.push({ x: left, y: y + legendText.size, label });
    left += itemWidth + LEGEND_ITEM_GAP;
  }
  if (legend.length > 0) y += legendText.lineHeight + GAP / 2;
  const notes = content.notes.map((note) => block(note, 'note'));
  const sources = content.sources.map((source) => block(source, 'note'));
  const credit = block(content.credit, 'note', 0);
  return { width: inner + 2 * MARGIN, height: Math.ceil(y + MARGIN), title, panels, legend, notes, sources, credit };
}

/** The legend key's box, from a legend item's left edge and baseline: centred on the label's middle. */
export function legendKeyBox(item: { x: number; y: number }): { x: number; y: number; width: number; height: number; labelX: number } {
  return { x: item.x, y: item.y - CHART_IMAGE_TEXT.legend.size / 2 - KEY.height / 2 + 2, width: KEY.width, height: KEY.height, labelX: item.x + KEY.width + KEY.gap };
}

/** The site's custom properties whose light-theme colours an image uses (global.css), in the order of the chart series they colour after the first. */
export const SERIES_COLOUR_PROPERTIES = ['fg', 'person', 'event', 'org', 'claim', 'work', 'dataset'] as const;

/** The light-theme colour of each custom property of global.css (`css`) written `--name: light-dark(light, dark)`: an image file has no page, theme or stylesheet to take them from. */
export function lightColours(css: string): Record<string, string> {
  return Object.fromEntries([...css.matchAll(/--([\w-]+):\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,/giu)].map((match) => [match[1]!, match[2]!]));
}

/** The site's font stack for text (`--font-body` of global.css, `css`), on one line. */
export function bodyFonts(css: string): string {
  const stack = /--font-body:\s*([^;]+);/u.exec(css)?.[1];
  if (!stack) throw new Error('chart images: global.css has no --font-body');
  return stack.replace(/\s+/gu, ' ').trim();
}

/** The image's own stylesheet, from the site's (`css`, global.css unless given): the light theme's colours for the classes the chart panels use, and the fonts of the text. */
export function chartImageCss(css: string = globalCss): string {
  const colours = lightColours(css);
  const colour = (name: string): string => {
    const value = colours[name];
    if (!value) throw new Error(`chart images: global.css has no light-dark() colour --${name}`);
    return value;
  };
  return [
    `svg { font-family: ${bodyFonts(css)}; }`,
    `.background { fill: ${colour('bg')}; }`,
    `.grid { fill: none; stroke: ${colour('line')}; stroke-width: 0.5; }`,
    '.grid.major { stroke-width: 1; }',
    `.frame { fill: none; stroke: ${colour('fg-soft')}; }`,
    `.tick { fill: ${colour('fg-soft')}; font-size: 13px; }`,
    `.axis-title, .title, .panel-title, .legend { fill: ${colour('fg')}; }`,
    '.axis-title { font-size: 14px; }',
    ...Object.entries(CHART_IMAGE_TEXT).map(([kind, text]) => `.${kind === 'panelTitle' ? 'panel-title' : kind} { font-size: ${text.size}px;${text.bold ? ' font-weight: 600;' : ''} }`),
    `.note { fill: ${colour('fg-soft')}; }`,
    '.curve { fill: none; stroke: currentColor; stroke-width: 2; }',
    '.marker { fill: currentColor; stroke: currentColor; stroke-width: 1.5; }',
    `.marker.point { stroke: ${colour('bg')}; stroke-width: 1; }`,
    ...SERIES_COLOUR_PROPERTIES.map((name, index) => `.series-${index} { color: ${colour(name)}; }`),
  ].join('\n');
}
