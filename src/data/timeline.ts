/**
 * The timeline built from the knowledge base, shared by /timeline.json and the /timeline/ page so
 * both show exactly the same items.
 */
import { loadKnowledgeBase } from './knowledge-base.ts';
import { buildTimeline, latestAccessed, type TimelineData } from '../lib/timeline.ts';
import { entryCheck } from '../lib/entry-check.ts';

let cached: Promise<TimelineData> | undefined;

/** The timeline, with each fact's verdict and verification from its entry; open spans run to the last day any source was read, so the build is deterministic. */
export function loadTimeline(): Promise<TimelineData> {
  cached ??= (async () => {
    const kb = await loadKnowledgeBase();
    const asOf = latestAccessed([...kb.entities.values()].map((entity) => entity.data));
    if (!asOf) throw new Error('content/: no source has an "accessed" date, so the timeline has no "now" to draw open spans to');
    return buildTimeline(kb.dated, new Date(`${asOf}T00:00:00Z`), (id) => entryCheck(kb.get(id)));
  })();
  return cached;
}
