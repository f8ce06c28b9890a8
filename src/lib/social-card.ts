/**
 * The images link previews show (Open Graph, Twitter cards): a fixed set of cards, one for the site
 * and one per verdict, so their number does not grow with the entries. A claim's page shows its
 * verdict's card and names the claim in its title beside it; every other page shows the site's card.
 */
import type { Entity } from './kb.ts';
import { verdict as verdictSchema, type Verdict } from './schema.ts';
import { VERDICT_STYLES } from './visual.ts';
import { verdictLabel } from './check-labels.ts';
import { t, tFill } from '../i18n/index.ts';
import { siteConfig } from '../site.config.ts';

/** A card: the site's, or that of one verdict. */
export type SocialCard = 'site' | Verdict;

/** Every card, the site's first, then the verdicts from best supported to unverified. */
export const SOCIAL_CARDS: readonly SocialCard[] = ['site', ...verdictSchema.options];

/** Size of every card in pixels: the 1.91:1 that Open Graph and Twitter's large summary card expect. */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

/** Media type of every card's image. */
export const SOCIAL_CARD_TYPE = 'image/png';

/** Font families a card's element tree names; the renderer loads a font file for each. */
export const CARD_FONTS = {
  /** Words, at weights 400 and 700. */
  text: 'Noto Sans',
  /** Verdict symbols (✓ ◐ ⇄ ∅ ✗), which Noto Sans lacks. */
  symbols: 'DejaVu Sans',
} as const;

/** The card of a page's entry: a claim's verdict, the site's for any other entry. */
export function socialCardOf(entity: Entity): SocialCard {
  return entity.collection === 'claims' ? entity.data.verdict : 'site';
}

/** Where `card`'s image is, from the site root (with `[card]`, the route pattern that serves them all in `astro dev`). */
export const socialCardPath = (card: SocialCard | '[card]'): string => `/social/${card}.png`;

/** What a card shows, in words, for the image's alt text: "Claim check: Partly supported — Scaling Atlas". */
export function socialCardAlt(card: SocialCard): string {
  if (card === 'site') return tFill('social.alt.site', { site: siteConfig.title, tagline: t('site.tagline') });
  return tFill('social.alt.verdict', { verdict: t(`verdict.${card}`), site: siteConfig.title });
}

/** An element of a card as satori reads it: a tag, inline styles and children (text or elements). */
export interface CardElement {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardElement | CardElement[] };
}

/** The light theme's page, text and secondary text colours (global.css `--bg`, `--fg`, `--fg-soft`, a test keeps them equal): a card has no page to take them from. */
export const CARD_PAGE_COLOURS = { background: '#fdfdfb', text: '#1c1c1a', softText: '#53534f' } as const;

/** Height of the band of colour along a card's top edge. */
const BAND_HEIGHT = 28;

/** A `div` with `style` around `children`. */
const div = (style: CardElement['props']['style'], children?: CardElement['props']['children']): CardElement => ({ type: 'div', props: children === undefined ? { style } : { style, children } });

/** The band along the top: one colour, or the colours of every verdict side by side. */
function band(colours: readonly string[]): CardElement {
  return div(
    { position: 'absolute', top: 0, left: 0, width: SOCIAL_CARD_SIZE.width, height: BAND_HEIGHT, display: 'flex' },
    colours.map((colour) => div({ flexGrow: 1, height: BAND_HEIGHT, backgroundColor: colour })),
  );
}

/** The element tree of a card, which satori lays out as a 1200 × 630 SVG. */
export function socialCardTree(card: SocialCard): CardElement {
  // Satori adds padding to a box's width and height unless told to count it inside.
  const frame = { width: SOCIAL_CARD_SIZE.width, height: SOCIAL_CARD_SIZE.height, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', paddingTop: 96, paddingRight: 88, paddingBottom: 72, paddingLeft: 88, backgroundColor: CARD_PAGE_COLOURS.background, color: CARD_PAGE_COLOURS.text, fontFamily: CARD_FONTS.text };
  if (card === 'site') {
    return div({ ...frame, justifyContent: 'center' }, [
      band(verdictSchema.options.map((each) => VERDICT_STYLES[each].color)),
      div({ fontSize: 112, fontWeight: 700, lineHeight: 1.1 }, siteConfig.title),
      div({ marginTop: 40, fontSize: 50, lineHeight: 1.3, color: CARD_PAGE_COLOURS.softText }, t('site.tagline')),
    ]);
  }
  const { symbol, text } = verdictLabel(card);
  const { color } = VERDICT_STYLES[card];
  return div(frame, [
    band([color]),
    div({ fontSize: 52, color: CARD_PAGE_COLOURS.softText }, t('social.claimCheck')),
    div({ display: 'flex', alignItems: 'center', marginTop: 'auto', marginBottom: 'auto' }, [
      div({ display: 'flex', justifyContent: 'center', width: 150, marginRight: 32, fontFamily: CARD_FONTS.symbols, fontSize: 140, color }, symbol),
      div({ fontSize: 96, fontWeight: 700, lineHeight: 1.1 }, text),
    ]),
    div({ fontSize: 48, fontWeight: 700 }, siteConfig.title),
  ]);
}
