import { describe, expect, test } from 'vitest';
import { authorNames, authorSearchNames, printedNameIssues, shortCitation } from './entry-names.ts';
import type { Entity, KnowledgeBase } from './kb.ts';

/** A work with `authors` (plain names, or people by id) from `year` (null: undated), in a knowledge base that knows Jared Kaplan. */
function work(authors: (string | { person: string; asPrinted?: string })[], year: number | null = 2020) {
  const kb = { get: (id: string) => ({ label: id === 'jared-kaplan' ? 'Jared Kaplan' : id }) } as unknown as KnowledgeBase;
  return { kb, entity: { collection: 'works', year: year ?? undefined, data: { authors } } as unknown as Entity<'works'> };
}

describe('shortCitation', () => {
  test('one author by surname, two joined by &, three or more as et al., then the year', () => {
    const cite = (authors: (string | { person: string })[]) => shortCitation(work(authors).kb, work(authors).entity);
    expect(cite(['Goodman'])).toBe('Goodman 2020');
    expect(cite([{ person: 'jared-kaplan' }, 'Sam McCandlish'])).toBe('Kaplan & McCandlish 2020');
    expect(cite([{ person: 'jared-kaplan' }, 'Sam McCandlish', 'Tom Henighan'])).toBe('Kaplan et al. 2020');
  });

  test('an author written "Kolachina et al." stands for a longer list', () => {
    const { kb, entity } = work(['Kolachina et al.']);
    expect(shortCitation(kb, entity)).toBe('Kolachina et al. 2020');
  });

  test('is undefined without authors or a year', () => {
    expect(shortCitation(work([]).kb, work([]).entity)).toBeUndefined();
    expect(shortCitation(work(['Goodman'], null).kb, work(['Goodman'], null).entity)).toBeUndefined();
  });
});

describe('names as printed on the work', () => {
  const { kb, entity } = work(['Awni Hannun', { person: 'jared-kaplan', asPrinted: 'J. Kaplan' }, { person: 'jared-kaplan' }]);

  test('authorNames gives a person\'s name as printed on the work when the entry records one, else the atlas name', () => {
    expect(authorNames(kb, entity)).toEqual(['Awni Hannun', 'J. Kaplan', 'Jared Kaplan']);
  });

  test('search finds the work by the printed name and by the atlas name, each once', () => {
    expect(authorSearchNames(kb, entity)).toEqual(['Awni Hannun', 'J. Kaplan', 'Jared Kaplan']);
    expect(authorSearchNames(kb, work([{ person: 'jared-kaplan', asPrinted: 'J. Kaplan' }]).entity)).toEqual(['J. Kaplan', 'Jared Kaplan']);
  });

  test('an asPrinted that repeats the person\'s own name is reported with the field and the fix', () => {
    const nameOf = (id: string) => (id === 'jared-kaplan' ? 'Jared Kaplan' : undefined);
    expect(printedNameIssues([{ person: 'jared-kaplan', asPrinted: 'J. Kaplan' }, 'Jared Kaplan'], nameOf)).toEqual([]);
    expect(printedNameIssues(['A B', { person: 'jared-kaplan', asPrinted: 'Jared Kaplan' }], nameOf)).toEqual([
      { path: 'authors[1].asPrinted', message: '"Jared Kaplan" is already the name of jared-kaplan: remove asPrinted (it is only for a name printed differently on this work)' },
    ]);
  });
});
