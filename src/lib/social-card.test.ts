import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildKnowledgeBase, type KbEntry } from './kb.ts';
import { checkFiles, validFiles, withEdit } from './test-fixtures.ts';
import { verdict as verdictSchema } from './schema.ts';
import { VERDICT_STYLES } from './visual.ts';
import { CARD_FONTS, CARD_PAGE_COLOURS, SOCIAL_CARD_SIZE, SOCIAL_CARDS, socialCardAlt, socialCardOf, socialCardPath, socialCardTree, type CardElement } from './social-card.ts';

const kbOf = (files: Record<string, string>) => buildKnowledgeBase(checkFiles(files).entries as KbEntry[]);
const CLAIM = 'content/claims/baidu-first.mdx';

/** Every element of a card's tree, the root first. */
const elementsOf = (element: CardElement): CardElement[] => {
  const { children } = element.props;
  const below = typeof children === 'string' || children === undefined ? [] : [children].flat();
  return [element, ...below.flatMap(elementsOf)];
};
/** The texts a card shows, in reading order. */
const textsOf = (element: CardElement) => elementsOf(element).flatMap((each) => (typeof each.props.children === 'string' ? [each.props.children] : []));
/** The one element that shows `text`. */
const showing = (element: CardElement, text: string) => elementsOf(element).find((each) => each.props.children === text);

describe('SOCIAL_CARDS', () => {
  test('are the site’s card and one per verdict, however many entries there are', () => {
    expect(SOCIAL_CARDS).toEqual(['site', ...verdictSchema.options]);
    expect(new Set(SOCIAL_CARDS).size).toBe(verdictSchema.options.length + 1);
  });
});

describe('socialCardOf', () => {
  test('gives a claim its verdict’s card, and follows the verdict when it changes', () => {
    expect(socialCardOf(kbOf(validFiles()).get('baidu-first'))).toBe('partly-supported');
    const contested = kbOf(withEdit(CLAIM, (text) => text.replace('verdict: partly-supported', 'verdict: contested')));
    expect(socialCardOf(contested.get('baidu-first'))).toBe('contested');
  });

  test('gives every other entry the site’s card', () => {
    const kb = kbOf(validFiles());
    for (const id of ['joel-hestness', 'baidu-svail', 'hestness-2017', 'svail-opens']) expect(socialCardOf(kb.get(id)), id).toBe('site');
  });
});

describe('socialCardPath', () => {
  test('names the card’s PNG below /social/', () => {
    expect(socialCardPath('partly-supported')).toBe('/social/partly-supported.png');
    expect(socialCardPath('site')).toBe('/social/site.png');
  });
});

describe('socialCardAlt', () => {
  test('says what a verdict’s card shows', () => {
    expect(socialCardAlt('partly-supported')).toBe('Claim check: Partly supported — Scaling Atlas');
    expect(socialCardAlt('false')).toBe('Claim check: False — Scaling Atlas');
  });

  test('says what the site’s card shows: its name and tagline', () => {
    expect(socialCardAlt('site')).toBe('Scaling Atlas: Who found what about deep-learning scaling laws, when, and on what evidence.');
  });
});

describe('socialCardTree', () => {
  test('fills the whole card, padding inside its size', () => {
    for (const card of SOCIAL_CARDS) {
      expect(socialCardTree(card).props.style, card).toMatchObject({ ...SOCIAL_CARD_SIZE, boxSizing: 'border-box' });
    }
  });

  test('a verdict’s card says "Claim check", the verdict’s symbol and word, and the site’s name', () => {
    expect(textsOf(socialCardTree('partly-supported'))).toEqual(['Claim check', '◐', 'Partly supported', 'Scaling Atlas']);
    expect(textsOf(socialCardTree('unverified'))).toEqual(['Claim check', '?', 'Unverified', 'Scaling Atlas']);
  });

  test('draws each verdict’s symbol in its colour, in the font that has the symbol, and its colour along the top', () => {
    for (const verdict of verdictSchema.options) {
      const { symbol, color } = VERDICT_STYLES[verdict];
      const tree = socialCardTree(verdict);
      expect(showing(tree, symbol)?.props.style, verdict).toMatchObject({ color, fontFamily: CARD_FONTS.symbols });
      expect(elementsOf(tree).filter((each) => each.props.style.backgroundColor === color), verdict).toHaveLength(1);
    }
  });

  test('the site’s card shows its name and tagline over the colours of every verdict', () => {
    const tree = socialCardTree('site');
    expect(textsOf(tree)).toEqual(['Scaling Atlas', 'Who found what about deep-learning scaling laws, when, and on what evidence.']);
    const colours = elementsOf(tree).map((each) => each.props.style.backgroundColor).filter((colour) => colour !== tree.props.style.backgroundColor && colour !== undefined);
    expect(colours).toEqual(verdictSchema.options.map((verdict) => VERDICT_STYLES[verdict].color));
  });
});

describe('CARD_PAGE_COLOURS', () => {
  test('are the light theme’s colours of global.css, so a card looks like the site', () => {
    const css = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');
    const light = (property: string) => css.match(new RegExp(`${property}:\\s*light-dark\\((#[0-9a-f]{6})`, 'i'))?.[1];
    expect(CARD_PAGE_COLOURS).toEqual({ background: light('--bg'), text: light('--fg'), softText: light('--fg-soft') });
  });
});
