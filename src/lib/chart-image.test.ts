import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { CHART_IMAGE_TEXT, SERIES_COLOUR_PROPERTIES, bodyFonts, chartImageCss, chartImageLayout, lightColours, textWidth, wrapText, type ChartImageContent } from './chart-image.ts';

const css = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');

describe('textWidth', () => {
  test('counts a CJK character as a full em, wider than a Latin letter, and narrow letters as narrower', () => {
    expect(textWidth('百', 10)).toBe(10);
    expect(textWidth('a', 10)).toBeLessThan(textWidth('百', 10));
    expect(textWidth('i', 10)).toBeLessThan(textWidth('a', 10));
    expect(textWidth('M', 10)).toBeGreaterThan(textWidth('a', 10));
  });

  test('grows with the size and with bold type', () => {
    expect(textWidth('Scaling', 20)).toBeCloseTo(2 * textWidth('Scaling', 10));
    expect(textWidth('Scaling', 10, true)).toBeGreaterThan(textWidth('Scaling', 10));
  });
});

describe('wrapText', () => {
  const sentence = 'Lines: fitted power laws from the published exponents only; where they start and how far they run are display choices. They are not measurements.';
  const fits = (line: string) => textWidth(line, CHART_IMAGE_TEXT.note.size) <= 200;

  test('breaks at spaces into lines that each fit, keeping every word whole and in order', () => {
    const lines = wrapText(sentence, 200, 'note');
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every(fits), lines.join(' | ')).toBe(true);
    expect(lines.join(' ')).toBe(sentence);
  });

  test('fills each line: the next line’s first word would not have fitted on it', () => {
    const lines = wrapText(sentence, 200, 'note');
    lines.slice(1).forEach((line, i) => expect(fits(`${lines[i]} ${line.split(' ')[0]}`)).toBe(false));
  });

  test('breaks an address too long for a line after its slashes, and a word without any anywhere, losing no character', () => {
    const address = 'https://docslib.org/doc/6094647/arxiv-1712-00409v1-cs-lg-1-dec-2017-adoption-which-drives-increased-dl-development';
    const lines = wrapText(`Source: ${address}`, 200, 'note');
    expect(lines.every(fits), lines.join(' | ')).toBe(true);
    expect(lines.join('').replace('Source:', 'Source: ')).toBe(`Source: ${address}`);
    expect(lines[1]).toMatch(/^https:\/\/docslib\.org\//);
    const word = 'x'.repeat(100);
    expect(wrapText(word, 200, 'note').join('')).toBe(word);
  });

  test('leaves text that fits on one line', () => {
    expect(wrapText('Table 1', 200, 'note')).toEqual(['Table 1']);
    expect(wrapText('', 200, 'note')).toEqual([]);
  });
});

describe('chartImageLayout', () => {
  const content: ChartImageContent = {
    title: 'Kaplan et al. 2020: loss against parameters, data and compute',
    panels: [
      { width: 460, height: 350, title: 'Parameters' },
      { width: 460, height: 350, title: 'Data' },
    ],
    legend: ['L(N) = (N_c/N)^α_N', 'L(D) = (D_c/D)^α_D', 'A third series with a rather long label that needs its own room'],
    notes: ['Lines: fitted formulas. They are not measurements.', 'Processing: constants and exponents as printed.'],
    sources: ['Source: Scaling Laws for Neural Language Models, Eq. 1.1; read in the paper itself: https://arxiv.org/abs/2001.08361'],
    credit: 'Chart: Scaling Atlas (CC BY 4.0).',
  };
  const layout = chartImageLayout(content);

  test('puts the panels side by side below the title, each with its title centred above it', () => {
    const [first, second] = layout.panels;
    expect(first!.y).toBe(second!.y);
    expect(second!.x).toBeGreaterThanOrEqual(first!.x + 460);
    expect(first!.y).toBeGreaterThan(layout.title.y);
    expect(first!.title).toMatchObject({ x: first!.x + 230, lines: ['Parameters'] });
    expect(first!.title!.y).toBeLessThan(first!.y);
  });

  test('wraps the legend into rows within the image, below the panels', () => {
    const narrow = chartImageLayout({ ...content, panels: [content.panels[0]!] });
    const bottomOfPanels = narrow.panels[0]!.y + 350;
    expect(narrow.legend.every((item) => item.y > bottomOfPanels)).toBe(true);
    for (const item of narrow.legend) expect(item.x + 46 + textWidth(item.label, CHART_IMAGE_TEXT.legend.size)).toBeLessThanOrEqual(narrow.width - 20);
    expect(narrow.legend.map((item) => item.y), 'two short labels share a row, the long one starts the next').toEqual([narrow.legend[0]!.y, narrow.legend[0]!.y, narrow.legend[0]!.y + CHART_IMAGE_TEXT.legend.lineHeight]);
    expect(new Set(layout.legend.map((item) => item.y)).size, 'one row where the panels leave room').toBe(1);
  });

  test('stacks notes, sources and credit in order, each inside the width, the image ending below the last', () => {
    const blocks = [...layout.notes, ...layout.sources, layout.credit];
    blocks.slice(1).forEach((block, i) => expect(block.y).toBeGreaterThan(blocks[i]!.y + (blocks[i]!.lines.length - 1) * CHART_IMAGE_TEXT.note.lineHeight));
    expect(layout.notes[0]!.y).toBeGreaterThan(Math.max(...layout.legend.map((item) => item.y)));
    for (const block of blocks) for (const line of block.lines) expect(block.x + textWidth(line, CHART_IMAGE_TEXT.note.size)).toBeLessThanOrEqual(layout.width - 20);
    expect(layout.height).toBeGreaterThan(layout.credit.y);
  });

  test('is at least wide enough for its notes with one panel, and as wide as its panels with more', () => {
    expect(chartImageLayout({ ...content, panels: [content.panels[0]!] }).width).toBe(680);
    expect(chartImageLayout({ ...content, panels: [...content.panels, ...content.panels] }).width).toBe(4 * 460 + 3 * 16 + 40);
  });
});

describe('the image’s colours and fonts', () => {
  test('are the light theme’s of global.css', () => {
    const colours = lightColours(css);
    expect(colours).toMatchObject({ bg: '#fdfdfb', fg: '#1c1c1a', person: '#0072b2' });
    expect(chartImageCss(css)).toContain('.background { fill: #fdfdfb; }');
    expect(chartImageCss(css)).toContain(`.series-1 { color: ${colours.person}; }`);
    expect(chartImageCss(css)).toContain(`svg { font-family: ${bodyFonts(css)}; }`);
    expect(bodyFonts(css)).toMatch(/^system-ui, .*sans-serif$/);
  });

  test('name the missing property when global.css lacks one', () => {
    expect(() => chartImageCss(css.replace(/--line:.*\n/u, ''))).toThrow('global.css has no light-dark() colour --line');
    expect(() => chartImageCss(css.replace(/--font-body:/u, '--font-other:'))).toThrow('global.css has no --font-body');
  });

  test('colour the series as the charts on the pages do', () => {
    const component = readFileSync(new URL('../components/ScalingChart.astro', import.meta.url), 'utf8');
    const onPages = [...component.matchAll(/\.series-(\d)\) \{ color: var\(--([\w-]+)\); \}/gu)].map((match) => [Number(match[1]), match[2]]);
    expect(onPages).toEqual(SERIES_COLOUR_PROPERTIES.map((name, index) => [index, name]));
  });
});
