/** The sources index built from the knowledge base once per build, shared by /sources/, /sources.json and /sources.csv so all three list the same sources. */
import { loadKnowledgeBase } from './knowledge-base.ts';
import { sourceIndex, type SourceIndex } from '../lib/source-index.ts';

let cached: Promise<SourceIndex> | undefined;

/** The sources index (see `sourceIndex`). */
export function loadSourceIndex(): Promise<SourceIndex> {
  cached ??= loadKnowledgeBase().then(sourceIndex);
  return cached;
}
