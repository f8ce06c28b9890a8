import { describe, expect, test } from 'vitest';
import { labelText, notVerifiedLabel, verdictLabel } from './check-labels.ts';
import { NOT_VERIFIED_SYMBOL, VERDICT_STYLES } from './visual.ts';

describe('verdictLabel', () => {
  test('gives every verdict the symbol of the visual language, its word and its definition', () => {
    for (const verdict of Object.keys(VERDICT_STYLES) as (keyof typeof VERDICT_STYLES)[]) {
      const label = verdictLabel(verdict);
      expect(label.symbol, verdict).toBe(VERDICT_STYLES[verdict].symbol);
      expect(label.text, verdict).toMatch(/^[A-Z]/);
      expect(label.help.length, verdict).toBeGreaterThan(20);
    }
    expect(labelText(verdictLabel('partly-supported'))).toBe('◐ Partly supported');
  });

  test('words a verdict in Chinese when asked, the symbol unchanged', () => {
    expect(verdictLabel('false', 'zh')).toMatchObject({ symbol: '✗', text: '不实' });
  });
});

describe('notVerifiedLabel', () => {
  test('marks an entry read only in secondary sources, or not checked, with the dagger and says which', () => {
    expect(labelText(notVerifiedLabel('secondary'))).toBe(`${NOT_VERIFIED_SYMBOL} Not fully verified: only secondary sources`);
    expect(labelText(notVerifiedLabel('unverified'))).toBe(`${NOT_VERIFIED_SYMBOL} Not fully verified: central facts not checked`);
    expect(notVerifiedLabel('unverified').help).toContain('its page says what');
  });

  test('marks an entry whose date alone is unverified for its date, not as unchecked', () => {
    expect(labelText(notVerifiedLabel('date'))).toBe(`${NOT_VERIFIED_SYMBOL} Date not verified`);
    expect(notVerifiedLabel('date').help).toContain('not its date');
  });
});
