import { describe, expect, test } from 'vitest';
import { authorNames, authorSearchNames, printedNameIssues, shortCitation, workByline } from './entry-names.ts';
import type { Entity, KnowledgeBase } from './kb.ts';

/** A work with `authors` (plain names, or people by id) from `year` (null: undated), in a knowledge base that knows Jared Kaplan. */
function work(authors: (string | { person: string; asPrinted?: string })[], year: number | null = 2020, authorList?: 'leading' | 'first' | 'some') {
  const kb = { get: (id: string) => ({ label: id === 'jared-kaplan' ? 'Jared Kaplan' : id }) } as unknown as KnowledgeBase;
  return { kb, entity: { collection: 'works', year: year ?? undefined, data: { authors, authorList } } as unknown as Entity<'works'> };
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

  test('a list known to be incomplete is "et al." however few names it holds; with the first author unknown there is none', () => {
    const cite = (...args: Parameters<typeof work>) => shortCitation(work(...args).kb, work(...args).entity);
    expect(cite(['Tay', 'Sharan Narang'], 2021, 'first')).toBe('Tay et al. 2021');
    expect(cite(['Sam McCandlish', 'Jared Kaplan'], 2018, 'leading')).toBe('McCandlish et al. 2018');
    expect(cite(['Goodman'], 2001, 'leading')).toBe('Goodman et al. 2001');
    expect(cite(['Sharan Narang', 'Yanqi Zhou'], 2019, 'some')).toBeUndefined();
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

  test('search finds the work by its byline as printed and by the atlas name of a person printed otherwise', () => {
    expect(authorSearchNames(kb, entity)).toEqual(['Awni Hannun, J. Kaplan, Jared Kaplan', 'Jared Kaplan']);
    expect(authorSearchNames(kb, work([{ person: 'jared-kaplan', asPrinted: 'J. Kaplan' }], 2020, 'leading').entity)).toEqual(['J. Kaplan et al.', 'Jared Kaplan']);
    expect(authorSearchNames(kb, work([]).entity)).toEqual([]);
  });

  test('a work\'s byline uses the printed names and ends "et al." when its list is incomplete', () => {
    expect(workByline(kb, entity, 2)).toBe('Awni Hannun, J. Kaplan and 1 more');
    expect(workByline(kb, work(['Sharan Narang', { person: 'jared-kaplan' }], 2019, 'some').entity)).toBe('… Sharan Narang, Jared Kaplan et al.');
  });

  test('an asPrinted that repeats the person\'s own name is reported with the field and the fix', () => {
    const nameOf = (id: string) => (id === 'jared-kaplan' ? 'Jared Kaplan' : undefined);
    expect(printedNameIssues([{ person: 'jared-kaplan', asPrinted: 'J. Kaplan' }, 'Jared Kaplan'], nameOf)).toEqual([]);
    expect(printedNameIssues(['A B', { person: 'jared-kaplan', asPrinted: 'Jared Kaplan' }], nameOf)).toEqual([
      { path: 'authors[1].asPrinted', message: '"Jared Kaplan" is already the name of jared-kaplan: remove asPrinted (it is only for a name printed differently on this work)' },
    ]);
  });
});
