import { describe, expect, test } from 'vitest';
import { fieldLines, lineOfField } from './field-lines.ts';

const YAML = `name: Joel Hestness
affiliations:
  - org: baidu-svail
    from: 2017
    source: { url: "https://example.org", accessed: 2026-11-29 }
sources:
  - url: https://example.org
    accessed: 2026-11-29
`;

describe('fieldLines', () => {
  test('maps top-level, nested, list and flow-mapping fields to their lines', () => {
    const lines = fieldLines(YAML);
    expect(lines.get('name')).toBe(1);
    expect(lines.get('affiliations')).toBe(2);
    expect(lines.get('affiliations[0]')).toBe(3);
    expect(lines.get('affiliations[0].org')).toBe(3);
    expect(lines.get('affiliations[0].from')).toBe(4);
    expect(lines.get('affiliations[0].source.accessed')).toBe(5);
    expect(lines.get('sources[0].accessed')).toBe(8);
  });

  test('counts from the line the YAML starts on in its file (after the opening ---)', () => {
    expect(fieldLines(YAML, 2).get('name')).toBe(2);
  });

  test('does not throw on broken YAML', () => {
    expect(() => fieldLines('name: [unclosed\n  - x: : y')).not.toThrow();
  });
});

describe('lineOfField', () => {
  test('falls back to the nearest written parent for a missing field', () => {
    const lines = fieldLines(YAML);
    expect(lineOfField(lines, 'affiliations[0].source.url')).toBe(5);
    expect(lineOfField(lines, 'affiliations[0].role')).toBe(3);
    expect(lineOfField(lines, 'summary')).toBeUndefined();
  });
});
