import { describe, expect, test } from 'vitest';
import { connectionButtonText, connectionCount, evidenceContext, relationSentence } from './relation-text.ts';

describe('relationSentence', () => {
  test('names the source, the relation and the target', () => {
    expect(relationSentence('Dario Amodei', 'authored', 'Scaling Laws')).toBe('Dario Amodei authored Scaling Laws');
    expect(relationSentence('Baidu found scaling laws first', 'about', 'Baidu')).toBe('Baidu found scaling laws first is about Baidu');
    expect(relationSentence('Greg Diamos', 'member_of', 'this entry')).toBe('Greg Diamos is or was a member of this entry');
    expect(relationSentence('A claim', 'part_of', 'An article')).toBe('A claim is part of An article');
    expect(relationSentence('this entry', 'involved', 'An event')).toBe('this entry was involved in An event');
  });
});

describe('evidenceContext', () => {
  test('says which relation a piece of evidence backs', () => {
    expect(evidenceContext('A paper', 'supports', 'A claim')).toBe('that A paper supports A claim');
  });
});

describe('connectionButtonText', () => {
  test('starts with the relation both ways, so cutting off a long name keeps it', () => {
    expect(connectionButtonText('cites', 'out', 'Kaplan 2020')).toBe('cites → Kaplan 2020');
    const incoming = connectionButtonText('about', 'in', 'Dario Amodei joined Baidu’s Silicon Valley AI Lab in 2014 and worked on scaling');
    expect(incoming).toBe('is about ← Dario Amodei joined Baidu’s Silicon Valley AI Lab in 2014 and worked on scaling');
    expect(incoming.startsWith('is about')).toBe(true);
  });
});

describe('connectionCount', () => {
  test('count connections in words, one in the singular', () => {
    expect([0, 1, 23].map(connectionCount)).toEqual(['0 connections', '1 connection', '23 connections']);
  });
});
