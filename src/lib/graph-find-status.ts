/**
 * What the /graph/ find box says once a search is done: the entry shown and what the filters had to
 * give up to show it, or that nothing matched and which entry is still shown, so the words always
 * agree with the drawing.
 */
import type { Reveal } from './graph-view-state.ts';
import { t } from '../i18n/index.ts';

/** "Showing the neighbourhood of Dario Amodei (the kind “Person” was hidden and is shown again)." */
export function foundStatus(label: string, reveal: Omit<Reveal, 'state'>): string {
  const changes = [
    reveal.kindShown ? t('graph.find.kindShown').replace('{kind}', t(`kind.${reveal.kindShown}`)) : '',
    reveal.yearIncluded !== undefined ? t('graph.find.yearIncluded').replace('{year}', String(reveal.yearIncluded)) : '',
  ].filter(Boolean);
  const found = t('graph.find.found').replace('{name}', label);
  return changes.length > 0 ? `${found} (${changes.join('; ')}).` : `${found}.`;
}

/** "No entry has that name or identifier.", with "still showing Chinchilla" when an entry stays focused. */
export function notFoundStatus(stillShowing?: string): string {
  return stillShowing ? t('graph.find.noneStill').replace('{name}', stillShowing) : t('graph.find.none');
}
