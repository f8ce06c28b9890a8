/**
 * Claims made in one work on one date, drawn on the timeline as one item in their place: the article
 * the atlas checks makes fifteen claims that share its date, and stacked one per line they filled a
 * screen with hairlines. The chronology and /timeline.json still hold each claim.
 */
import type { DatedItem } from './kb.ts';
import type { TimelineItem } from './timeline.ts';
import { verdictTally } from './verdict-tally.ts';
import { labelHtml, shorten } from './label-text.ts';
import { KIND_STYLES, VERDICT_STYLES } from './visual.ts';
import { WORK_CLAIMS_ID } from './urls.ts';
import { t, tFill } from '../i18n/index.ts';

/** Fewest claims of one work and one date drawn as one item; fewer are drawn one by one. */
export const BUNDLE_MIN = 3;

/** Longest work title on a bundle's label, which also carries the count, the date and the verdicts. */
const MAX_WORK_TITLE = 40;

/** Longest claim on a line of a bundle's tooltip. */
const MAX_TOOLTIP_CLAIM = 90;

/** What the timeline draws for a fact or a bundle of facts: vis-timeline's fields and what the keyboard's status line says. */
export type DrawnItem = Pick<TimelineItem, 'id' | 'content' | 'spoken' | 'title' | 'start' | 'end' | 'group' | 'type' | 'className' | 'url' | 'text'>;

/** Claims of one work and date drawn as one item: labelled with the work, their number and their verdicts; it opens the work's list of its claims. */
export interface TimelineBundle extends DrawnItem {
  /** Ids of the timeline items it stands for, in the timeline's order. */
  members: string[];
}

/** One bundle: `claims` (one work, one date, at least BUNDLE_MIN) drawn as one item, `work` being the timeline item of the work's publication; its tooltip lists the claims best supported first. */
function bundle(claims: readonly TimelineItem[], work: TimelineItem): TimelineBundle {
  const first = claims[0]!;
  const counts = verdictTally(claims.map((claim) => claim.verdict));
  const text = tFill('timeline.bundle.title', { count: claims.length, work: work.text });
  const drawnTitle = tFill('timeline.bundle.title', { count: claims.length, work: shorten(work.text, MAX_WORK_TITLE) });
  const drawnVerdicts = counts.map(({ verdict, count }) => `${VERDICT_STYLES[verdict].symbol} ${count}`).join(' ');
  const spokenVerdicts = counts.map(({ verdict, count }) => `${t(`verdict.${verdict}`)} ${count}`).join(', ');
  const rank = (claim: TimelineItem) => (claim.verdict ? VERDICT_STYLES[claim.verdict].rank : Infinity);
  const listed = [...claims].sort((a, b) => rank(a) - rank(b));
  const tooltip = [text, ...listed.map((claim) => `${claim.verdict ? VERDICT_STYLES[claim.verdict].symbol : '·'} ${shorten(claim.text, MAX_TOOLTIP_CLAIM)}`), first.date, `EDTF: ${first.edtf}`];
  return {
    id: `claims-in:${work.id.replace(/^published:/, '')}:${first.edtf}`,
    content: labelHtml(`${KIND_STYLES.claim.symbol} ${drawnTitle}${first.uncertain ? ` (${first.date})` : ''} · ${drawnVerdicts}`),
    spoken: { kind: t('collection.claims'), after: `(${first.date}). ${t('timeline.bundle.verdicts')}: ${spokenVerdicts}.` },
    title: labelHtml(tooltip.join('\n')),
    start: first.start,
    ...(first.end === undefined ? {} : { end: first.end }),
    group: first.group,
    type: first.type,
    className: [...first.className.split(' ').filter((name) => name !== 'tl-not-verified'), 'tl-bundle'].join(' '),
    url: `${work.url}#${WORK_CLAIMS_ID}`,
    text,
    members: claims.map((claim) => claim.id),
  };
}

/**
 * The bundles among the timeline's `items`: the claims made in one work (`madeIn` of their dated fact
 * in `dated`) on one date, BUNDLE_MIN or more, whose work has a timeline item of its own to name it.
 */
export function claimBundles(items: readonly TimelineItem[], dated: readonly Pick<DatedItem, 'id' | 'madeIn'>[]): TimelineBundle[] {
  const madeIn = new Map(dated.map((fact) => [fact.id, fact.madeIn]));
  const byId = new Map(items.map((item) => [item.id, item]));
  const workOf = (claim: TimelineItem) => byId.get(`published:${madeIn.get(claim.id)}`);
  const claims = items.filter((item) => item.kind === 'claim' && workOf(item));
  return [...Map.groupBy(claims, (claim) => `${madeIn.get(claim.id)} ${claim.edtf}`).values()]
    .filter((group) => group.length >= BUNDLE_MIN)
    .map((group) => bundle(group, workOf(group[0]!)!));
}
