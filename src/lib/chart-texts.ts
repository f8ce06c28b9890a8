/**
 * The words a chart's image shows, with the entry and field each is written in, and the check that
 * the PNG's font can paint them all: run with the content check, so a text it cannot paint is reported
 * at its file and field before the build draws anything.
 */
import type { ChartSpec } from './schema.ts';
import { chartDatasetIds, type DatasetLookup } from './datasets.ts';

/** The font family every text of a chart's PNG is painted in (src/lib/chart-image-png.ts). */
export const CHART_PNG_FONT = 'DejaVu Sans';

/** Characters CHART_PNG_FONT has no glyph for that chart text might hold: CJK ideographs, kana and full-width forms. */
const UNPAINTABLE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

/** A text a chart's image shows and where it is written: an entry, by id, and the field in it. */
export interface ChartText {
  entry: string;
  field: string;
  text: string;
}

/** Every text the image of dataset `id`'s `chart` shows besides numbers and addresses: its title, panel titles, axes and legend, then each dataset drawn with its locator, processing and work's title (`workTitle`). */
export function chartTexts(id: string, title: string, chart: ChartSpec, lookup: DatasetLookup, workTitle: (work: string) => string | undefined): ChartText[] {
  const texts: ChartText[] = [{ entry: id, field: 'title', text: title }];
  const own = (field: string, text: string | undefined) => text && texts.push({ entry: id, field, text });
  chart.panels.forEach((panel, p) => {
    own(`chart.panels[${p}].title`, panel.title);
    for (const axis of ['x', 'y'] as const) {
      own(`chart.panels[${p}].${axis}.label`, panel[axis].label);
      own(`chart.panels[${p}].${axis}.unit`, panel[axis].unit);
    }
    panel.curves.forEach((curve, c) => own(`chart.panels[${p}].curves[${c}].label`, curve.label));
    panel.points.forEach((points, s) => own(`chart.panels[${p}].points[${s}].label`, points.label));
  });
  for (const used of chartDatasetIds(id, chart)) {
    const dataset = lookup(used);
    if (!dataset) continue;
    texts.push({ entry: used, field: 'origin.locator', text: dataset.origin.locator });
    if (dataset.processing) texts.push({ entry: used, field: 'processing', text: dataset.processing });
    const work = workTitle(dataset.origin.work);
    if (work) texts.push({ entry: dataset.origin.work, field: 'title', text: work });
  }
  return texts;
}

/** The texts among `texts` that CHART_PNG_FONT cannot paint, each with what to say at its entry and field. */
export function unpaintableTexts(texts: readonly ChartText[]): (Omit<ChartText, 'text'> & { message: string })[] {
  return texts.flatMap(({ entry, field, text }) => {
    const found = UNPAINTABLE.exec(text);
    return found ? [{ entry, field, message: `holds "${found[0]}", which the font of the chart's PNG image (${CHART_PNG_FONT}) cannot draw; write this text in Latin script (a text column of the table may keep the original)` }] : [];
  });
}
