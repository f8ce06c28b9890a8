import { expect, test } from 'vitest';
import { venueLine } from './venue.ts';

test('a venue line joins the name with volume, pages and publisher, and puts the remark last', () => {
  expect(venueLine({ type: 'paper', venue: 'NeurIPS 2020', volume: '33', pages: '1877–1901' })).toBe('NeurIPS 2020, vol. 33, pp. 1877–1901');
  expect(venueLine({ type: 'paper', venue: 'NIPS 6', pages: '327 ff.', venueNote: '1993 conference; proceedings 1994' })).toBe('NIPS 6, p. 327 ff. (1993 conference; proceedings 1994)');
  expect(venueLine({ type: 'paper', venue: 'PPoPP \'19', pages: '1–14', publisher: 'ACM' })).toBe('PPoPP \'19, pp. 1–14, ACM');
});

test('a podcast number is an episode; no venue gives the remark alone or nothing', () => {
  expect(venueLine({ type: 'podcast', venue: 'Lex Fridman Podcast', number: '452' })).toBe('Lex Fridman Podcast, episode 452');
  expect(venueLine({ type: 'paper', venueNote: 'never published' })).toBe('never published');
  expect(venueLine({ type: 'paper' })).toBeUndefined();
});
