/** The names of the groups of /graph/'s list of every connection, by kind: the names entry pages head their connections with. */
import type { GraphEdgeType } from './graph.ts';
import { connectionCount } from './relation-text.ts';
import { t, tFill } from '../i18n/index.ts';

/** A kind of connection named as entry pages head it, seen from the connection's source ("Authored", "Cites"); absent citations as a work's page heads them ("Notable absences"). */
export function connectionKindName(type: GraphEdgeType): string {
  return type === 'does_not_cite' ? t('entry.absences') : t(`relation.${type}.out`);
}

/** The name of a kind's group of connections in the list of every connection: "Authored: 102 connections". */
export function connectionGroupName(type: GraphEdgeType, count: number): string {
  return tFill('graph.list.rows', { kind: connectionKindName(type), connections: connectionCount(count) });
}
