import { describe, expect, test } from 'vitest';
import { findPlaceholders, isPlaceholder, isWithin, placeholder } from './placeholders.ts';

describe('placeholders', () => {
  test('are texts starting with TODO, and say what to write', () => {
    expect(placeholder('the name in English')).toBe('TODO: the name in English');
    expect(isPlaceholder('TODO: the name')).toBe(true);
    expect(isPlaceholder('Todo list app')).toBe(false);
    expect(isPlaceholder('A TODO inside text')).toBe(false);
    expect(isPlaceholder(42)).toBe(false);
  });

  test('are found anywhere in frontmatter with their field path and hint', () => {
    const data = { name: 'TODO: name in English', sources: [{ url: 'TODO: https://… address', accessed: new Date('2026-11-29') }], kind: 'lab' };
    expect(findPlaceholders(data)).toEqual([
      { path: 'name', hint: 'name in English' },
      { path: 'sources[0].url', hint: 'https://… address' },
    ]);
  });

  test('cover the fields inside them', () => {
    expect(isWithin('sources[0].url', 'sources[0]')).toBe(true);
    expect(isWithin('sources[0]', 'sources[0]')).toBe(true);
    expect(isWithin('sources[10]', 'sources[1]')).toBe(false);
  });
});
