import { describe, expect, test } from 'vitest';
import { edgeTypeVisible, findNode, nodeVisible, parseViewState, revealNode, serializeViewState, withoutEdge, type GraphViewState } from './graph-view-state.ts';

const DEFAULT: GraphViewState = { hiddenKinds: [], hiddenEdges: [] };

describe('view state in the URL', () => {
  test('the default view has an empty query string, and an empty query is the default view', () => {
    expect(serializeViewState(DEFAULT)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT);
  });

  test('writes focus, hidden kinds and types in a fixed order, and years; reads them back', () => {
    const state: GraphViewState = { focus: 'dario-amodei', hiddenKinds: ['event', 'person'], hiddenEdges: ['cites', 'authored'], from: 2010, to: 2020 };
    const query = serializeViewState(state);
    expect(query).toBe('?focus=dario-amodei&hideKinds=person,event&hideEdges=authored,cites&from=2010&to=2020');
    expect(parseViewState(query)).toEqual({ ...state, hiddenKinds: ['person', 'event'], hiddenEdges: ['authored', 'cites'] });
  });

  test('writes the connection the panel shows by its edge id, readable in the address, and reads it back', () => {
    const state: GraphViewState = { ...DEFAULT, edge: 'cites:kaplan-2020-scaling-laws->hestness-2017-scaling-predictable' };
    const query = serializeViewState(state);
    expect(query).toBe('?edge=cites:kaplan-2020-scaling-laws-%3Ehestness-2017-scaling-predictable');
    expect(parseViewState(query)).toEqual(state);
  });

  test('closing the connection drops it from the address and keeps the focused entry and the filters', () => {
    const state = parseViewState('?focus=dario-amodei&edge=authored:dario-amodei->kaplan-2020-scaling-laws&hideKinds=event&from=2010');
    expect(serializeViewState(withoutEdge(state))).toBe('?focus=dario-amodei&hideKinds=event&from=2010');
    expect(withoutEdge(DEFAULT)).toEqual(DEFAULT);
  });

  test('ignores unknown kinds and types and malformed years in a shared link', () => {
    expect(parseViewState('?hideKinds=person,robot&hideEdges=likes,cites&from=soon&to=2020x')).toEqual({ hiddenKinds: ['person'], hiddenEdges: ['cites'] });
  });
});

describe('filters', () => {
  test('hide a node of a hidden kind', () => {
    expect(nodeVisible({ type: 'person' }, { ...DEFAULT, hiddenKinds: ['person'] })).toBe(false);
    expect(nodeVisible({ type: 'work', year: 2017 }, { ...DEFAULT, hiddenKinds: ['person'] })).toBe(true);
  });

  test('hide a dated node outside the year range, both ends included, and never an undated one', () => {
    const range = { ...DEFAULT, from: 2014, to: 2017 };
    expect([2013, 2014, 2017, 2018].map((year) => nodeVisible({ type: 'work', year }, range))).toEqual([false, true, true, false]);
    expect(nodeVisible({ type: 'person' }, range)).toBe(true);
    expect(nodeVisible({ type: 'work', year: 1993 }, { ...DEFAULT, to: 2000 })).toBe(true);
  });

  test('revealing a node shows its hidden kind again and says so, keeping the other filters', () => {
    const state: GraphViewState = { ...DEFAULT, hiddenKinds: ['person', 'event'], hiddenEdges: ['cites'], focus: 'x' };
    const reveal = revealNode({ type: 'person' }, state);
    expect(reveal).toEqual({ state: { ...state, hiddenKinds: ['event'] }, kindShown: 'person' });
    expect(nodeVisible({ type: 'person' }, reveal.state)).toBe(true);
  });

  test('revealing a dated node widens the year range just to its year, at whichever end left it out', () => {
    const range: GraphViewState = { ...DEFAULT, from: 2018, to: 2020 };
    expect(revealNode({ type: 'work', year: 2014 }, range)).toEqual({ state: { ...range, from: 2014 }, yearIncluded: 2014 });
    expect(revealNode({ type: 'work', year: 2024 }, range)).toEqual({ state: { ...range, to: 2024 }, yearIncluded: 2024 });
    const both = revealNode({ type: 'work', year: 2014 }, { ...range, hiddenKinds: ['work'] });
    expect(both).toEqual({ state: { ...range, from: 2014 }, kindShown: 'work', yearIncluded: 2014 });
  });

  test('revealing a node the filters already show changes nothing', () => {
    const state: GraphViewState = { ...DEFAULT, hiddenKinds: ['event'], from: 2010 };
    expect(revealNode({ type: 'work', year: 2017 }, state)).toEqual({ state });
    expect(revealNode({ type: 'person' }, state), 'an undated node passes any year range').toEqual({ state });
  });

  test('hide an edge of a hidden type', () => {
    expect(edgeTypeVisible('cites', { ...DEFAULT, hiddenEdges: ['cites'] })).toBe(false);
    expect(edgeTypeVisible('influenced', { ...DEFAULT, hiddenEdges: ['cites'] })).toBe(true);
  });
});

describe('findNode', () => {
  const nodes = [
    { id: 'andrew-ng', label: 'Andrew Ng', native: { text: '吴恩达', lang: 'zh' } },
    { id: 'baidu', label: 'Baidu' },
    { id: 'baidu-svail', label: 'Baidu Silicon Valley AI Lab' },
  ];

  test('prefers an exact id or name in any case, then a name starting with the query, then one containing it', () => {
    expect(findNode(nodes, 'baidu-svail')?.id).toBe('baidu-svail');
    expect(findNode(nodes, 'BAIDU')?.id).toBe('baidu');
    expect(findNode(nodes, 'silicon valley')?.id).toBe('baidu-svail');
    expect(findNode([{ id: 'lab-event', label: 'The Andrew Ng lab opens' }, ...nodes], 'andrew')?.id).toBe('andrew-ng');
  });

  test('among names starting with the query, picks the shortest', () => {
    const events = [{ id: 'career', label: 'Dario Amodei joined Baidu in 2014' }, { id: 'dario-amodei', label: 'Dario Amodei' }];
    expect(findNode(events, 'dario')?.id).toBe('dario-amodei');
  });

  test('a straight apostrophe finds a name written with a typographic one, and the other way round', () => {
    const works = [{ id: 'robin-li-2017-speech', label: 'Robin Li’s speech of 2 March 2017' }, { id: 'robin-li', label: 'Robin Li' }, { id: 'oreilly', label: "O'Reilly AI Conference" }];
    expect(findNode(works, "Robin Li's speech")?.id).toBe('robin-li-2017-speech');
    expect(findNode(works, 'O’Reilly')?.id).toBe('oreilly');
  });

  test('finds a name in its original script', () => {
    expect(findNode(nodes, '吴恩达')?.id).toBe('andrew-ng');
    const withDataset = [{ id: 'hestness-exponents', label: 'Hestness et al. 2017: learning-curve exponents by domain' }, { id: 'joel-hestness', label: 'Joel Hestness' }];
    expect(findNode(withDataset, 'Hestness')?.id, 'a surname finds the person, not a longer name that starts with it').toBe('joel-hestness');
    expect(findNode(withDataset, 'stness')?.id, 'the middle of a word still matches, last').toBe('joel-hestness');
  });

  test('finds a work by another name or its short citation, words in any order of the name', () => {
    const works = [
      { id: 'besiroglu-2024', label: 'Chinchilla Scaling: A replication attempt', aliases: ['Besiroglu et al. 2024'] },
      { id: 'hoffmann-2022', label: 'Training Compute-Optimal Large Language Models', aliases: ['Chinchilla', 'Hoffmann et al. 2022'] },
      { id: 'sharma-kaplan-2020', label: 'A Neural Scaling Law from the Dimension of the Data Manifold', aliases: ['Sharma & Kaplan 2020'] },
      { id: 'kaplan-2020', label: 'Scaling Laws for Neural Language Models', aliases: ['Kaplan et al. 2020'] },
      { id: 'jared-kaplan', label: 'Jared Kaplan' },
    ];
    expect(findNode(works, 'Chinchilla')?.id).toBe('hoffmann-2022');
    expect(findNode(works, 'Kaplan 2020')?.id, 'the paper Kaplan leads, before one he co-wrote').toBe('kaplan-2020');
    expect(findNode(works, 'Sharma Kaplan')?.id).toBe('sharma-kaplan-2020');
    expect(findNode(works, 'kaplan et al. 2020')?.id).toBe('kaplan-2020');
    expect(findNode(works, 'Kaplan')?.id, 'a surname alone still finds the person first').toBe('jared-kaplan');
    expect(findNode(works, 'Kaplan 2019')).toBeUndefined();
  });

  test('finds a work by its arXiv id or DOI in any pasted form, and by its citation key (its id)', () => {
    const works = [
      { id: 'hestness-2017-scaling-predictable', label: 'Deep Learning Scaling is Predictable, Empirically', arxiv: '1712.00409' },
      { id: 'hestness-2019-hpc', label: 'Beyond Human-Level Accuracy', doi: '10.1145/3293883.3295710' },
      { id: 'seung-1992', label: 'Statistical mechanics of learning from examples', arxiv: 'cs/0108005' },
      { id: 'note-1712', label: 'A note citing 1712.00409 in its title' },
    ];
    for (const pasted of ['1712.00409', '1712.00409v2', 'arXiv:1712.00409', 'https://arxiv.org/abs/1712.00409', 'arxiv.org/pdf/1712.00409v1.pdf', 'https://doi.org/10.48550/arXiv.1712.00409']) {
      expect(findNode(works, pasted)?.id, pasted).toBe('hestness-2017-scaling-predictable');
    }
    for (const pasted of ['10.1145/3293883.3295710', 'doi:10.1145/3293883.3295710', 'https://doi.org/10.1145/3293883.3295710', '10.1145/3293883.3295710'.toUpperCase()]) {
      expect(findNode(works, pasted)?.id, pasted).toBe('hestness-2019-hpc');
    }
    expect(findNode(works, 'arXiv:cs/0108005')?.id).toBe('seung-1992');
    const arxivDoiOnly = [{ id: 'amodei-2015', label: 'Deep Speech 2', doi: '10.48550/arXiv.1512.02595' }];
    for (const pasted of ['1512.02595', 'arXiv:1512.02595', 'https://doi.org/10.48550/arXiv.1512.02595']) expect(findNode(arxivDoiOnly, pasted)?.id, pasted).toBe('amodei-2015');
    expect(findNode(works, 'hestness-2017-scaling-predictable')?.id, 'the BibTeX key is the entry id').toBe('hestness-2017-scaling-predictable');
    expect(findNode(works, '1712.00410')?.id, 'another id finds only a name that contains it').toBeUndefined();
  });

  test('finds nothing for an empty or unmatched query', () => {
    expect(findNode(nodes, '  ')).toBeUndefined();
    expect(findNode(nodes, 'DeepMind')).toBeUndefined();
  });
});
