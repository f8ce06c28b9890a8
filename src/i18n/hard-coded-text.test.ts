import { readFileSync, globSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findHardCodedText } from './hard-coded-text.ts';

const component = (template: string, frontmatter = "import { t } from '../i18n/index.ts';") => `---\n${frontmatter}\n---\n${template}\n`;

describe('findHardCodedText', () => {
  it('finds words written between tags, with their line', () => {
    expect(findHardCodedText(component('<h1>{t("home.title")}</h1>\n<p>Page not found</p>'))).toEqual([{ line: 5, text: 'Page not found', in: 'text' }]);
  });

  it('finds words inside expressions that hold markup', () => {
    expect(findHardCodedText(component('{show && <><dt>Short name</dt><dd>{name}</dd></>}')).map((found) => found.text)).toEqual(['Short name']);
  });

  it('finds readable attributes written as plain strings, not as expressions', () => {
    const found = findHardCodedText(component('<nav aria-label="Main"></nav><span title={t("x")}></span><img alt="A chart" src="a.png" />'));
    expect(found.map((f) => [f.in, f.text])).toEqual([
      ['attribute aria-label', 'Main'],
      ['attribute alt', 'A chart'],
    ]);
  });

  it('leaves alone attributes a reader never sees, symbols, code and the frontmatter', () => {
    const source = component(
      '<a class="permalink" href="/claims/" rel="noopener external">¶ → ·</a>\n<script>console.log("hello there")</script>\n<style>p { color: red }</style>\n<code>/people/dario-amodei/</code>',
      "const label = 'Written in code';"
    );
    expect(findHardCodedText(source)).toEqual([]);
  });
});

describe('the site’s templates', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const files = globSync('src/**/*.astro', { cwd: root });

  it('are found', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('put every piece of interface text through t(), so Chinese can follow', () => {
    const found = files.flatMap((file) => findHardCodedText(readFileSync(`${root}/${file}`, 'utf8')).map((text) => `${file}:${text.line} (${text.in}): "${text.text}" — add it to src/i18n/en-pages.ts and write t('…') here`));
    expect(found).toEqual([]);
  });
});
