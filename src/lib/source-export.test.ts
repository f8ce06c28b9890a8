import { describe, expect, test } from 'vitest';
import { buildKnowledgeBase, type KbEntry } from './kb.ts';
import { checkFiles, validFiles } from './test-fixtures.ts';
import { toCsv } from './exports.ts';
import { sourceIndex } from './source-index.ts';
import { SOURCE_COLUMN_DESCRIPTIONS, SOURCE_COLUMNS, sourceRows, sourcesData } from './source-export.ts';

/** The fixture, with the claim repeated in a work read secondhand at Kaplan et al.'s address (so that source is mixed) and an event citing a second label and day of Hestness et al.'s. */
function exportFiles(): Record<string, string> {
  const files = validFiles();
  files['content/claims/baidu-first.mdx'] = files['content/claims/baidu-first.mdx']!.replace(
    'verdict:',
    'repeatedIn:\n  - work: hestness-2017\n    locator: "§1"\n    source: { url: "https://arxiv.org/abs/2001.08361", accessed: 2026-11-29, reliability: secondary }\nverdict:'
  );
  files['content/events/svail-opens.mdx'] = files['content/events/svail-opens.mdx']!.replace(
    'sources:',
    'sources:\n  - { url: "https://arxiv.org/abs/1712.00409", accessed: 2026-11-28, label: "Hestness et al., §1" }\n  - { url: "https://arxiv.org/abs/1712.00409", accessed: 2026-11-29, label: "Hestness et al., Table 1" }'
  );
  return files;
}

const kb = buildKnowledgeBase(checkFiles(exportFiles()).entries as KbEntry[]);

describe('sourcesData', () => {
  test('is the sources index with each citing entry\'s page address made absolute', () => {
    const data = sourcesData(sourceIndex(kb), 'https://atlas.example');
    const index = sourceIndex(kb);
    expect(data.totals).toEqual(index.totals);
    expect(data.sources.map((source) => source.url)).toEqual(index.sources.map((source) => source.url));
    expect(data.sources[1]!.entries.map((entry) => entry.url)).toEqual(['https://atlas.example/works/kaplan-2020/', 'https://atlas.example/claims/baidu-first/']);
    expect(index.sources[1]!.entries[0]!.url).toBe('/works/kaplan-2020/');
  });
});

describe('sourceRows', () => {
  const rows = sourceRows(sourcesData(sourceIndex(kb), 'https://atlas.example'));

  test('one row per source, its lists one item per line, the entries each with their page address and fields', () => {
    expect(rows[0]).toEqual({
      url: 'https://arxiv.org/abs/1712.00409',
      host: 'arxiv.org',
      labels: 'Hestness et al., §1\nHestness et al., Table 1',
      reliability: 'primary',
      accessed: '2026-11-28\n2026-11-29',
      archives: '',
      uses: 9,
      entries: [
        'https://atlas.example/people/joel-hestness/ affiliations[0].source, sources[0]',
        'https://atlas.example/orgs/baidu-svail/ sources[0]',
        'https://atlas.example/works/hestness-2017/ sources[0]',
        'https://atlas.example/claims/baidu-first/ evidence[0].source, source',
        'https://atlas.example/events/svail-opens/ sources[0], sources[1], sources[2]',
      ].join('\n'),
    });
  });

  test('a source whose uses disagree is mixed, and each field says how it was read', () => {
    expect(rows[1]).toMatchObject({
      reliability: 'mixed',
      entries: 'https://atlas.example/works/kaplan-2020/ cites[0].source (primary), sources[0] (primary), influencedBy[0].evidence[0].source (primary)\nhttps://atlas.example/claims/baidu-first/ repeatedIn[0].source (secondary)',
    });
  });

  test('has every column in order, each described, and the CSV header names them', () => {
    expect(rows.every((row) => Object.keys(row).join() === SOURCE_COLUMNS.join())).toBe(true);
    expect(toCsv(rows, SOURCE_COLUMNS).split('\r\n')[0]).toBe('url,host,labels,reliability,accessed,archives,uses,entries');
    for (const column of SOURCE_COLUMNS) expect(SOURCE_COLUMN_DESCRIPTIONS[column].length, column).toBeGreaterThan(10);
  });
});
