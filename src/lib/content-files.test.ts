import { afterAll, describe, expect, test } from 'vitest';
import { readContent, strayFileMessage } from './content-files.ts';
import { tempFolders } from './temp-folders.ts';

const projects = tempFolders('atlas-content-');
afterAll(projects.removeAll);
const project = projects.folder;

const ENTRY = '---\nname: A\n---\n\nText.\n';

describe('reading content/', () => {
  const root = project({
    'content/works/b.mdx': ENTRY,
    'content/people/z.md': ENTRY,
    'content/people/nested/a.md': ENTRY,
    'content/people/_draft.md': ENTRY,
    'content/people/.hidden.md': ENTRY,
    'content/people/notes.txt': 'not an entry',
    'content/datasets/d.yaml': 'title: D\n',
    'content/datasets/e.md': ENTRY,
    'content/work/foo.md': ENTRY,
    'content/foo.md': ENTRY,
    'content/_drafts/x.md': ENTRY,
    'content/.DS_Store': '',
    'content/README.md': 'About the content.',
  });
  const { entries, problems } = readContent(root);

  test('entries come collection by collection, files in path order, drafts and hidden files skipped', () => {
    expect(entries.map((e) => `${e.collection} ${e.id} ${e.file}`)).toEqual([
      'people a content/people/nested/a.md',
      'people z content/people/z.md',
      'works b content/works/b.mdx',
      'datasets d content/datasets/d.yaml',
    ]);
    expect(entries[0]).toMatchObject({ data: { name: 'A' }, body: '\nText.\n', bodyLine: 4 });
  });

  test('a file a collection does not accept, then every file outside the collection folders, is a problem naming it', () => {
    expect(problems).toEqual([
      { file: 'content/people/notes.txt', path: '(file name)', message: 'not read: people entries end in .md or .mdx' },
      { file: 'content/datasets/e.md', path: '(file name)', message: 'not read: datasets entries end in .yaml or .yml' },
      { file: 'content/foo.md', path: '(file name)', message: strayFileMessage('content/foo.md') },
      { file: 'content/README.md', path: '(file name)', message: strayFileMessage('content/README.md') },
      { file: 'content/work/foo.md', path: '(file name)', message: strayFileMessage('content/work/foo.md') },
    ]);
  });

  test('a project without content/ has nothing to read', () => {
    expect(readContent(project({ 'README.md': 'no content' }))).toEqual({ entries: [], problems: [] });
  });
});

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
