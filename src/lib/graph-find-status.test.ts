import { describe, expect, test } from 'vitest';
import { foundStatus, notFoundStatus } from './graph-find-status.ts';

describe('the find box’s status', () => {
  test('names the entry shown', () => {
    expect(foundStatus('Dario Amodei', {})).toBe('Showing the neighbourhood of Dario Amodei.');
  });

  test('says when the entry’s kind was hidden and is shown again, and when the years shown were widened to it', () => {
    expect(foundStatus('Dario Amodei', { kindShown: 'person' })).toBe('Showing the neighbourhood of Dario Amodei (the kind “Person” was hidden and is shown again).');
    expect(foundStatus('SVAIL opens', { kindShown: 'event', yearIncluded: 2014 })).toBe('Showing the neighbourhood of SVAIL opens (the kind “Event” was hidden and is shown again; the years shown now reach 2014).');
  });

  test('after a failed search names the entry still shown, if any', () => {
    expect(notFoundStatus('Training Compute-Optimal Large Language Models')).toBe('No entry has that name or identifier; still showing Training Compute-Optimal Large Language Models.');
    expect(notFoundStatus(undefined)).toBe('No entry has that name or identifier.');
  });
});
