import { describe, expect, test } from 'vitest';
import { strayFileMessage } from './content-files.ts';

describe('files under content/ that no collection reads', () => {
  test('a folder close to a collection name gets that folder', () => {
    expect(strayFileMessage('content/work/foo.md')).toBe('not read: entries go in content/works/ (did you mean works?)');
    expect(strayFileMessage('content/Events/launch.md')).toBe('not read: entries go in content/events/ (did you mean events?)');
    expect(strayFileMessage('content/person/jane-doe.md'), 'a singular folder name, too far from people to be a typo').toBe('not read: entries go in content/people/ (did you mean people?)');
  });

  test('a file directly in content/ is told the collection folders', () => {
    expect(strayFileMessage('content/foo.md')).toBe(
      'not read: entries go in a collection folder: content/people/, content/orgs/, content/works/, content/claims/, content/events/, content/datasets/'
    );
  });

  test('a folder like no collection is named as not a collection folder', () => {
    expect(strayFileMessage('content/misc/a.md')).toBe(
      'not read: content/misc/ is not a collection folder; entries go in content/people/, content/orgs/, content/works/, content/claims/, content/events/, content/datasets/'
    );
  });
});
