/**
 * The search page in the browser: loads the Pagefind bundle on first use, runs the query from
 * the box and the URL, shows facet filters with counts and result cards, and keeps the URL in step.
 */
import { languageName, t, tCount, tFill, type UiKey } from '../i18n/index.ts';
import { KIND_STYLES, VERDICT_STYLES } from '../lib/visual.ts';
import { ARTICLE_CHECK_TYPE, SEARCH_FACETS, SEARCH_RANKING, type ResultType, type SearchFacet } from '../lib/search-schema.ts';
import { isActive, pagefindOptions, paramsFromState, stateFromParams, type SearchState, type SortOrder } from '../lib/search-state.ts';
import { segmentQuery, showIndexedText } from '../lib/search-text.ts';
import { indexedQuery } from '../lib/search-query.ts';
import { unconfirmedWords, unmatchedWords } from '../lib/search-typo.ts';
import { labelText, notVerifiedLabel } from '../lib/check-labels.ts';
import { verdictBadge } from './verdict-badge.ts';
import { isNotVerified } from '../lib/entry-check.ts';
import { foldWhenNarrow } from './fold-when-narrow.ts';
import type { Verdict, WorkType } from '../lib/schema.ts';

/** The part of Pagefind's browser API this page uses. */
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: object): Promise<{ results: PagefindResult[]; filters: FilterCounts; totalFilters: FilterCounts } | null>;
}
type FilterCounts = Record<string, Record<string, number>>;
/** What Pagefind holds of one result page. */
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}

const PAGE_SIZE = 20;

const app = document.querySelector<HTMLElement>('#search-app');
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');

// The page's layout breakpoint: below it the filters sit above the results.
foldWhenNarrow(document.querySelector<HTMLDetailsElement>('#search-filters'), '48rem');

let pagefind: Promise<Pagefind> | undefined;
let state: SearchState = stateFromParams(new URLSearchParams(location.search));
let generation = 0;

/** Load the Pagefind bundle once, when it is first needed. */
function loadPagefind(bundle: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await module.options({ ranking: SEARCH_RANKING });
    await module.init();
    await module.filters(); // loads the filter index, without which searches return no facet counts
    return module;
  })();
  return pagefind;
}

/** Element helper: a tag with a class and children. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** Every type of result, in the order the type facet lists them: the entry kinds, then the article check. */
const RESULT_TYPES: readonly string[] = [...Object.keys(KIND_STYLES), ARTICLE_CHECK_TYPE];
const isResultType = (value: string | undefined): value is ResultType => value !== undefined && RESULT_TYPES.includes(value);

/** What a result is, as a badge: an entry's kind as symbol + word in its colour (the same badge as on entry pages), or the article check. */
function typeBadge(type: ResultType): HTMLElement {
  if (type === ARTICLE_CHECK_TYPE) return el('span', `kind kind-${type}`, t('search.articleCheck'));
  const symbol = el('span', 'kind-symbol', KIND_STYLES[type].symbol);
  symbol.setAttribute('aria-hidden', 'true');
  return el('span', `kind kind-${type}`, symbol, t(`kind.${type}` as UiKey));
}

/** How a facet value reads: types (as their badge) and verdicts with their symbols, languages by name. */
function facetLabel(facet: SearchFacet, value: string): string | HTMLElement {
  if (facet === 'type' && isResultType(value)) return typeBadge(value);
  if (facet === 'verdict' && value in VERDICT_STYLES) return `${VERDICT_STYLES[value as Verdict].symbol} ${t(`verdict.${value}` as UiKey)}`;
  if (facet === 'language') return languageName(value);
  return value;
}

/** Facet values in reading order: verdicts best first, years newest first, the rest alphabetically. */
function orderValues(facet: SearchFacet, values: string[]): string[] {
  if (facet === 'verdict') return values.sort((a, b) => (VERDICT_STYLES[a as Verdict]?.rank ?? 9) - (VERDICT_STYLES[b as Verdict]?.rank ?? 9));
  if (facet === 'year') return values.sort((a, b) => Number(b) - Number(a));
  if (facet === 'type') return values.sort((a, b) => RESULT_TYPES.indexOf(a) - RESULT_TYPES.indexOf(b));
  return values.sort((a, b) => a.localeCompare(b));
}

/** The filter panel: one fieldset per facet, a checkbox per value with its count under the current query. */
function renderFacets(container: HTMLElement, counts: FilterCounts): void {
  container.replaceChildren(el('h2', 'visually-hidden', t('search.filters')));
  for (const facet of SEARCH_FACETS) {
    const values = orderValues(facet, [...new Set([...Object.keys(counts[facet] ?? {}), ...state.filters[facet]])]);
    if (values.length === 0) continue;
    const fieldset = el('fieldset', 'facet', el('legend', '', t(`facet.${facet}` as UiKey)));
    fieldset.dataset.facet = facet;
    const list = el('ul', 'plain-list facet-values');
    for (const value of values) {
      const box = el('input');
      box.type = 'checkbox';
      box.name = facet;
      box.value = value;
      box.checked = state.filters[facet].includes(value);
      const count = counts[facet]?.[value] ?? 0;
      box.disabled = count === 0 && !box.checked;
      box.addEventListener('change', () => {
        const chosen = state.filters[facet].filter((v) => v !== value);
        update({ ...state, filters: { ...state.filters, [facet]: box.checked ? [...chosen, value] : chosen } });
      });
      list.append(el('li', '', el('label', '', box, ' ', facetLabel(facet, value), ' ', el('span', 'meta facet-count', `(${count})`))));
    }
    fieldset.append(list);
    container.append(fieldset);
  }
  if (SEARCH_FACETS.some((facet) => state.filters[facet].length > 0)) {
    const clear = el('button', 'facet-clear', t('search.clearFilters'));
    clear.type = 'button';
    clear.addEventListener('click', () => update({ ...state, filters: stateFromParams(new URLSearchParams()).filters }));
    container.append(clear);
  }
}

/** One result card: type, title (marked with its language when not English), date, verdict and the matching excerpt. */
function renderCard(data: ResultData): HTMLElement {
  const kind = isResultType(data.meta.kind) ? data.meta.kind : undefined;
  const verdict = data.meta.verdict as Verdict | undefined;
  const link = el('a', 'result-title', showIndexedText(data.meta.title ?? data.url));
  link.href = data.url;
  if (data.meta.lang) link.lang = data.meta.lang;
  const line = el('p', 'result-meta');
  if (kind) line.append(typeBadge(kind), ' ');
  const format = data.meta.format as WorkType | undefined;
  if (format) line.append(el('span', 'meta', t(`workType.${format}`)), ' ');
  if (data.meta.date) line.append(el('span', 'meta', data.meta.date), ' ');
  if (verdict && verdict in VERDICT_STYLES) line.append(verdictBadge(verdict));
  const verification = data.meta.verification;
  if (isNotVerified(verification)) {
    const label = notVerifiedLabel(verification);
    const tag = el('span', 'tag-not-verified', labelText(label));
    tag.title = label.help;
    line.append(' ', tag);
  }
  const excerpt = el('p', 'result-excerpt');
  excerpt.innerHTML = showIndexedText(data.excerpt); // Pagefind escapes the page text and adds only <mark>.
  const card = el('li', `result-card${kind ? ` result-${kind}` : ''}`, el('h3', '', link), line, excerpt);
  return card;
}

/** Run the current state's search and draw facets, count and the first page of results. */
async function run(bundle: string): Promise<void> {
  const current = ++generation;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const results = document.querySelector<HTMLOListElement>('#search-results')!;
  const facets = document.querySelector<HTMLElement>('#search-facets')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  let api: Pagefind;
  try {
    api = await loadPagefind(bundle);
  } catch {
    status.textContent = t('search.failed');
    return;
  }
  if (!isActive(state)) {
    const counts = await api.filters();
    if (current !== generation) return;
    renderFacets(facets, counts);
    results.replaceChildren();
    results.hidden = true;
    more.hidden = true;
    status.textContent = t('search.prompt');
    return;
  }
  const searched = state.query ? indexedQuery(state.query) : '';
  const term = searched ? segmentQuery(searched) : null;
  const response = await api.search(term, pagefindOptions(state));
  if (!response || current !== generation) return;
  // Values of one facet are alternatives: count each facet as if its own selection were cleared.
  const counts = { ...response.filters };
  for (const facet of SEARCH_FACETS.filter((f) => state.filters[f].length > 0)) {
    const others = await api.search(term, pagefindOptions({ ...state, filters: { ...state.filters, [facet]: [] } }));
    counts[facet] = others?.filters[facet] ?? {};
  }
  if (current !== generation) return;
  const firstPage = await Promise.all(response.results.slice(0, PAGE_SIZE).map((result) => result.data()));
  if (current !== generation) return;
  // Pagefind answers a word it lacks with a short start of it ("Amodai" as "a"): such results are not what was asked for.
  const excerpts = firstPage.map((data) => data.excerpt);
  const unmatched = searched ? unmatchedWords(searched, excerpts) : [];
  // Words no excerpt shows found: those only a short start found, every word of a search that found nothing, and a misspelling among words that found pages ("Kaplen 2020" finds what "2020" finds).
  const unconfirmed = searched ? unconfirmedWords(searched, excerpts) : [];
  if (unmatched.length > 0) {
    renderFacets(facets, {});
    results.replaceChildren();
    results.hidden = true;
    more.hidden = true;
    status.textContent = tFill('search.notInIndex', { words: unmatched.join('”, “') });
    void offerSuggestion(status, unconfirmed, current);
    return;
  }
  renderFacets(facets, counts);
  const total = response.results.length;
  let shown = 0;
  const showMore = async (replace: boolean) => {
    const page = shown === 0 ? firstPage : await Promise.all(response.results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (current !== generation) return;
    const cards = page.map(renderCard);
    if (replace) results.replaceChildren(...cards);
    else results.append(...cards);
    shown += cards.length;
    // An empty list is hidden, not announced as a list of no items: the status line says there are none.
    results.hidden = shown === 0;
    more.hidden = shown >= total;
  };
  more.onclick = () => void showMore(false);
  await showMore(true);
  if (current !== generation) return;
  // The count is announced once the cards it describes are on the page.
  const count = total === 0 ? t('search.none') : tCount('search.count', total);
  status.textContent = searched && searched !== state.query ? `${count} ${tFill('search.searchedFor', { query: searched })}` : count;
  if (unconfirmed.length > 0) void offerSuggestion(status, unconfirmed, current);
}

/** Add to `status` the query with those of its `doubtful` words that no name holds corrected from the atlas's names, when close ones exist, as a link that searches for it. */
async function offerSuggestion(status: HTMLElement, doubtful: readonly string[], current: number): Promise<void> {
  const { suggestion } = await import('./search-suggest.ts');
  const corrected = await suggestion(state.query, doubtful, app!.dataset.words!);
  if (!corrected || current !== generation) return;
  const next = { ...state, query: corrected };
  const link = el('a', '', corrected);
  link.href = `?${paramsFromState(next).toString()}`;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    input!.value = corrected;
    update(next);
  });
  status.append(' ', t('search.didYouMean'), ' ', link);
}

/** Switch to a new state: update the URL (without a new history entry per keystroke) and search. */
function update(next: SearchState): void {
  state = next;
  const query = paramsFromState(state).toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  void run(app!.dataset.bundle!);
}

/** Wire the page up: the box searches as you type, the form submits without reloading, sort re-orders. */
function start(): void {
  if (!app || !form || !input) return;
  app.hidden = false;
  input.value = state.query;
  const sort = document.querySelector<HTMLSelectElement>('#search-sort')!;
  sort.value = state.sort;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update({ ...state, query: input.value.trim() }), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update({ ...state, query: input.value.trim() });
  });
  sort.addEventListener('change', () => update({ ...state, sort: sort.value as SortOrder }));
  void run(app.dataset.bundle!);
}

start();
