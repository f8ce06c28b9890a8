/**
 * What the /graph/ status line says (the one live region of the explorer, kept short): the entry
 * the panel shows and how many connections it lists, with what the filters had to give up to show
 * it; the connection it shows; or that nothing matched and which entry is still shown, so the words
 * always agree with the drawing.
 */
import type { Reveal } from './graph-view-state.ts';
import { connectionCount } from './relation-text.ts';
import { t, tFill } from '../i18n/index.ts';

/** "Showing Dario Amodei: 23 connections, listed in the panel (the kind “Person” was hidden and is shown again)." */
export function foundStatus(label: string, connections: number, reveal: Omit<Reveal, 'state'> = {}): string {
  const changes = [
    reveal.kindShown ? tFill('graph.find.kindShown', { kind: t(`kind.${reveal.kindShown}`) }) : '',
    reveal.yearIncluded !== undefined ? tFill('graph.find.yearIncluded', { year: reveal.yearIncluded }) : '',
  ].filter(Boolean);
  const said = connections > 0 ? tFill('graph.find.found', { name: label, connections: connectionCount(connections) }) : tFill('graph.find.foundNone', { name: label });
  return changes.length > 0 ? `${said} (${changes.join('; ')}).` : `${said}.`;
}

/** "Showing the connection “Dario Amodei authored Scaling Laws…” in the panel.", for a connection chosen on the drawing. */
export function edgeStatus(relation: string): string {
  return `${tFill('graph.find.edge', { relation })}.`;
}

/** "No entry has that name or identifier.", with "still showing Chinchilla" when an entry stays focused. */
export function notFoundStatus(stillShowing?: string): string {
  return stillShowing ? tFill('graph.find.noneStill', { name: stillShowing }) : t('graph.find.none');
}
