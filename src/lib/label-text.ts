/** Text for labels that libraries render as HTML (vis-timeline's `content` and `title`): escaped and shortened. */
import { langRuns } from './text-lang.ts';

/** Longest label drawn on the timeline; the tooltip and the list carry the full title. */
export const MAX_LABEL = 60;

/** Text made safe for vis-timeline, which renders `content` and `title` as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max = MAX_LABEL): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The only markup `labelHtml` writes, as an HTML filter's allowlist (vis-timeline's XSS filter must let it through). */
export const LABEL_MARKUP: Record<string, string[]> = { span: ['lang'] };

/** Text made safe for vis-timeline as `escapeHtml` makes it, each Chinese stretch in a `<span lang="zh">` (see langRuns), so screen readers and fonts treat it as Chinese. */
export function labelHtml(text: string): string {
  return langRuns(text)
    .map((run) => (run.lang ? `<span lang="${run.lang}">${escapeHtml(run.text)}</span>` : escapeHtml(run.text)))
    .join('');
}
