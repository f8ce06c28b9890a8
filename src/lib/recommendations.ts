/**
 * Recommended fields: not required, but they make an entry easier to verify and to link.
 * Each missing one is a warning (never an error) with the field to add and an example.
 */
import type { Issue, ValidEntry } from './integrity.ts';
import type { Source } from './schema.ts';

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINAL = '(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|er|in|un|ua|uo|ie|ue|ui|iu|a|o|e|i|u|v)';
const SYLLABLE = new RegExp(`${INITIAL}${FINAL}`, 'y');

/** Fewest pinyin syllables a word splits into, or 0 when it is not pinyin. */
function pinyinSyllables(word: string): number {
  const text = word.toLowerCase();
  // Shortest split by dynamic programming: best[i] = fewest syllables covering text[0..i).
  const best = new Array<number>(text.length + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 0; i < text.length; i++) {
    if (best[i] === Infinity) continue;
    for (let j = i + 1; j <= Math.min(text.length, i + 6); j++) {
      SYLLABLE.lastIndex = 0;
      const piece = text.slice(i, j);
      const match = SYLLABLE.exec(piece);
      if (match && match[0].length === piece.length) best[j] = Math.min(best[j]!, best[i]! + 1);
    }
  }
  return best[text.length] === Infinity ? 0 : best[text.length]!;
}

/** True for a name written in pinyin the Chinese way: given name of one or two syllables, one-syllable family name. */
export function looksLikePinyinName(name: string): boolean {
  const words = name.split(/[\s-]+/).filter(Boolean);
  if (words.length < 2 || words.length > 3) return false;
  const counts = words.map(pinyinSyllables);
  return counts.every((n) => n >= 1 && n <= 2) && (counts[0] === 1 || counts[counts.length - 1] === 1);
}

/** Half-width punctuation in Chinese text the atlas writes, outside 《titles》 (which keep their published form). */
export function halfWidthPunctuation(text: string): string[] {
  return [...new Set(text.replace(/《[^》]*》/g, '').match(/[,;:()!?]/g) ?? [])];
}

/** Sources of an entry with their field paths. */
function sourcesOf(entry: ValidEntry): { path: string; source: Source }[] {
  if (entry.collection === 'datasets') return [{ path: 'origin.source', source: entry.data.origin.source }];
  const own = entry.data.sources.map((source, i) => ({ path: `sources[${i}]`, source }));
  return entry.collection === 'claims' ? [{ path: 'source', source: entry.data.source }, ...own] : own;
}

/** Warnings for recommended fields an entry lacks: original-script names, Wikidata ids, archive links. */
export function recommendations(entry: ValidEntry): Issue[] {
  const issues: Issue[] = [];
  const warn = (path: string, message: string) => issues.push({ file: entry.file, path, message, severity: 'warning' });
  if (entry.collection === 'people') {
    if (!entry.data.nativeName && looksLikePinyinName(entry.data.name)) {
      warn('nativeName', `"${entry.data.name}" looks like a Chinese name in pinyin: add the name in its original script, e.g. nativeName: { text: 吴恩达, lang: zh } (only from a source)`);
    }
    if (!entry.data.links.wikidata) {
      warn('links.wikidata', 'recommended: the Wikidata item id, e.g. links: { wikidata: Q42 } (look it up on wikidata.org)');
    }
  }
  if (entry.collection === 'works' && entry.data.language !== 'en' && !entry.data.nativeTitle) {
    warn('nativeTitle', `the work is in "${entry.data.language}": add its title as published, e.g. nativeTitle: { text: …, lang: ${entry.data.language}, translation: … }`);
  }
  if (entry.collection === 'people') {
    entry.data.affiliations.forEach((affiliation, i) => {
      // Authorship shows the tie, not the role: "Co-author of …" belongs in the note too.
      if (affiliation.role && (/[;(]/.test(affiliation.role) || /^(co-|first )?author of\b/i.test(affiliation.role))) {
        warn(`affiliations[${i}].role`, `"${affiliation.role}": keep the role a short title, e.g. role: Research scientist, and put remarks (such as the papers that show the tie) in note; the timeline labels each stint with its role`);
      }
    });
  }
  if (entry.collection === 'claims') {
    const chinese = [
      ['statementZh', entry.data.statementZh ?? ''],
      ['madeIn.locatorZh', entry.data.madeIn.locatorZh ?? ''],
      ...entry.data.repeatedIn.map((repeat, i) => [`repeatedIn[${i}].locatorZh`, repeat.locatorZh ?? '']),
      ...(entry.data.unverifiedPartsZh ?? []).map((line, i) => [`unverifiedPartsZh[${i}]`, line]),
    ] as const;
    for (const [path, text] of chinese) {
      const marks = halfWidthPunctuation(text);
      if (marks.length > 0) warn(path, `write Chinese punctuation full-width: ${marks.map((mark) => `"${mark}"`).join(' ')} → ，；：（）！？ (titles in 《》 keep their published form)`);
    }
  }
  if (entry.collection === 'claims' && entry.data.quote?.lang.startsWith('zh') && !entry.data.reasoningZh) {
    warn('reasoningZh', 'the claim was made in Chinese: add reasoningZh, the reasoning in brief in your own Chinese words, for readers who come from Chinese reports');
  }
  if (entry.collection === 'claims' && entry.data.reasoningZh && entry.data.unverifiedParts.length > 0 && !entry.data.unverifiedPartsZh) {
    warn('unverifiedPartsZh', 'the claim has a Chinese summary but its unverified parts are only in English: add unverifiedPartsZh, one Chinese line for each, so Chinese readers see what stays unchecked');
  }
  const unarchived = sourcesOf(entry).filter(({ source }) => !source.archive);
  if (unarchived.length > 0) {
    warn(
      unarchived[0]!.path,
      `${unarchived.length} source${unarchived.length === 1 ? ' has' : 's have'} no archive link: add archive: https://web.archive.org/web/… (save the page at web.archive.org/save) so the evidence survives if the page moves`
    );
  }
  return issues;
}
