/** The names of the groups of /graph/'s list of every connection, by kind: the names entry pages head their connections with, each a group's heading and the toggle that folds it. */
import type { GraphEdgeType } from './graph.ts';
import { t } from '../i18n/index.ts';

/** A kind of connection named as entry pages head it, seen from the connection's source ("Authored", "Cites"); absent citations as a work's page heads them ("Notable absences"). */
export function connectionKindName(type: GraphEdgeType): string {
  return type === 'does_not_cite' ? t('entry.absences') : t(`relation.${type}.out`);
}
