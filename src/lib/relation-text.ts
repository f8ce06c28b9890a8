/** A relation in words, from the graph's edge labels: for accessible names and the graph panel's buttons. */
import type { GraphEdgeType } from './graph.ts';
import { t, tCount, tFill } from '../i18n/index.ts';

/** The relation as a sentence naming both ends: "Dario Amodei authored Scaling Laws for Neural Language Models"; edge labels that are no verb ("member of") get one. */
export function relationSentence(source: string, type: GraphEdgeType, target: string): string {
  const verb = type === 'member_of' || type === 'part_of' || type === 'involved' ? t(`sentence.${type}`) : t(`edge.${type}`);
  return `${source} ${verb} ${target}`;
}

/** What an evidence disclosure's summary adds for screen readers after "Evidence (n)": which relation the evidence backs. */
export function evidenceContext(source: string, type: GraphEdgeType, target: string): string {
  return tFill('entry.evidenceThat', { relation: relationSentence(source, type, target) });
}

/**
 * A graph panel button's text for a connection seen from one of its ends: the relation first, then an
 * arrow the way the connection runs and the other end, so a long name cut off at the end never hides the relation.
 */
export function connectionButtonText(type: GraphEdgeType, direction: 'out' | 'in', otherEnd: string): string {
  return `${t(`edge.${type}`)} ${direction === 'out' ? '→' : '←'} ${otherEnd}`;
}

/** A number of connections in words: "1 connection", "23 connections". */
export function connectionCount(count: number): string {
  return tCount('graph.connections', count);
}
