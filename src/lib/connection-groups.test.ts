import { describe, expect, test } from 'vitest';
import { connectionKindName } from './connection-groups.ts';
import { GRAPH_EDGE_TYPES } from './graph.ts';
import { t } from '../i18n/index.ts';

describe('connectionKindName', () => {
  test('names a kind as entry pages head it, capital first', () => {
    expect(connectionKindName('authored')).toBe(t('relation.authored.out'));
    expect(connectionKindName('authored')).toBe('Authored');
    expect(connectionKindName('cites')).toBe('Cites');
    expect(connectionKindName('does_not_cite')).toBe(t('entry.absences'));
    for (const type of GRAPH_EDGE_TYPES) expect(connectionKindName(type), type).toMatch(/^\p{Lu}/u);
  });

  test('names no two kinds alike', () => {
    expect(new Set(GRAPH_EDGE_TYPES.map(connectionKindName)).size).toBe(GRAPH_EDGE_TYPES.length);
  });
});
