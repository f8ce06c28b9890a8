import { describe, expect, test } from 'vitest';
import { edgeStatus, foundStatus, notFoundStatus } from './graph-find-status.ts';

describe('the explorer’s status line', () => {
  test('names the entry shown and how many connections the panel lists, in one short sentence', () => {
    expect(foundStatus('Dario Amodei', 23)).toBe('Showing Dario Amodei: 23 connections, listed in the panel.');
    expect(foundStatus('SVAIL opens', 1)).toBe('Showing SVAIL opens: 1 connection, listed in the panel.');
    expect(foundStatus('A lone work', 0), 'the filters hide all its connections').toBe('Showing A lone work: none of its connections is shown.');
  });

  test('says when the entry’s kind was hidden and is shown again, and when the years shown were widened to it', () => {
    expect(foundStatus('Dario Amodei', 23, { kindShown: 'person' })).toBe('Showing Dario Amodei: 23 connections, listed in the panel (the kind “Person” was hidden and is shown again).');
    expect(foundStatus('SVAIL opens', 4, { kindShown: 'event', yearIncluded: 2014 })).toBe('Showing SVAIL opens: 4 connections, listed in the panel (the kind “Event” was hidden and is shown again; the years shown now reach 2014).');
  });

  test('names a connection chosen on the drawing by its relation', () => {
    expect(edgeStatus('Dario Amodei authored Scaling Laws')).toBe('Showing the connection “Dario Amodei authored Scaling Laws” in the panel.');
  });

  test('after a failed search names the entry still shown, if any', () => {
    expect(notFoundStatus('Training Compute-Optimal Large Language Models')).toBe('No entry has that name or identifier; still showing Training Compute-Optimal Large Language Models.');
    expect(notFoundStatus(undefined)).toBe('No entry has that name or identifier.');
  });
});
