import { describe, expect, test } from 'vitest';
import { halfWidthPunctuation, looksLikePinyinName } from './recommendations.ts';
import { checkFiles, validFiles, withEdit } from './test-fixtures.ts';

describe('looksLikePinyinName', () => {
  test('recognises Chinese names written in pinyin', () => {
    for (const name of ['Wei Xu', 'Kai Yu', 'Yanqi Zhou', 'Yang Yang', 'Fei-Fei Li', 'Zhang Xiaoming']) expect(looksLikePinyinName(name), name).toBe(true);
  });
  test('leaves other names alone', () => {
    for (const name of ['Dario Amodei', 'Joel Hestness', 'Greg Diamos', 'Sharan Narang', 'Yann LeCun', 'Andrew Ng', 'Plato']) expect(looksLikePinyinName(name), name).toBe(false);
  });
});

describe('halfWidthPunctuation', () => {
  test('finds half-width marks in Chinese text, each once, but not inside a 《title》', () => {
    expect(halfWidthPunctuation('百度最先发现,比OpenAI早;见《Deep Learning Scaling Is Predictable, Empirically》')).toEqual([',', ';']);
    expect(halfWidthPunctuation('《震惊!发现大模型规律的原来是百度》一文出自大咖科技（Tech Chic），发表于2024年11月')).toEqual([]);
  });
});

describe('recommended fields are warnings, not errors', () => {
  const PERSON = 'content/people/joel-hestness.md';
  const warnings = (files: Record<string, string>) => checkFiles(files).issues.filter((i) => i.severity === 'warning' && i.file === PERSON);

  test('a pinyin name without its original script, a missing Wikidata id and sources without archive', () => {
    const found = warnings(withEdit(PERSON, (t) => t.replace('name: Joel Hestness', 'name: Wei Xu')));
    expect(found.map((w) => w.path)).toEqual(['nativeName', 'links.wikidata', 'sources[0]']);
    expect(found[0]!.message).toContain('add the name in its original script');
    expect(found[2]!.message).toContain('add archive: https://web.archive.org/');
    expect(found[2]!.line).toBe(10);
  });

  test('an affiliation role carrying remarks, and a Chinese statement in half-width punctuation', () => {
    const role = warnings(withEdit(PERSON, (t) => t.replace('    from: 2017\n', '    role: Research scientist; first author of the 2017 paper\n    from: 2017\n')));
    expect(role.find((w) => w.path === 'affiliations[0].role')?.message).toContain('put remarks (such as the papers that show the tie) in note');
    const authorship = warnings(withEdit(PERSON, (t) => t.replace('    from: 2017\n', '    role: Co-author of Hestness et al. 2017\n    from: 2017\n')));
    expect(authorship.map((w) => w.path)).toContain('affiliations[0].role');
    const title = warnings(withEdit(PERSON, (t) => t.replace('    from: 2017\n', '    role: Research scientist\n    from: 2017\n')));
    expect(title.map((w) => w.path)).not.toContain('affiliations[0].role');
    const CLAIM = 'content/claims/baidu-first.mdx';
    const statement = (text: string) => checkFiles(withEdit(CLAIM, (t) => t.replace('claimant:', `statementZh: ${text}\nclaimant:`))).issues.filter((i) => i.file === CLAIM && i.path === 'statementZh');
    expect(statement('百度最先发现,比OpenAI早')[0]?.message).toContain('full-width');
    expect(statement('百度最先发现，比OpenAI早')).toEqual([]);
  });

  test('a claim made in Chinese without its reasoning in Chinese', () => {
    const CLAIM = 'content/claims/baidu-first.mdx';
    const claimWarnings = (files: Record<string, string>) => checkFiles(files).issues.filter((i) => i.severity === 'warning' && i.file === CLAIM).map((w) => w.path);
    expect(claimWarnings(validFiles())).toContain('reasoningZh');
    expect(claimWarnings(withEdit(CLAIM, (t) => t.replace('reasoning: The 2017 preprint came first, but not first of all.', 'reasoning: The 2017 preprint came first, but not first of all.\nreasoningZh: 2017年的预印本更早，但并非最早。')))).not.toContain('reasoningZh');
  });

  test('unverified parts of a claim with a Chinese summary, only in English or in half-width punctuation', () => {
    const CLAIM = 'content/claims/baidu-first.mdx';
    const claimWarnings = (extra: string) =>
      checkFiles(withEdit(CLAIM, (t) => t.replace('reasoning: The 2017 preprint came first, but not first of all.', `reasoning: The 2017 preprint came first, but not first of all.\nreasoningZh: 2017年的预印本更早，但并非最早。\nunverifiedParts: [The exact day]${extra}`))).issues.filter((i) => i.severity === 'warning' && i.file === CLAIM);
    expect(claimWarnings('').find((w) => w.path === 'unverifiedPartsZh')?.message).toContain('add unverifiedPartsZh, one Chinese line for each');
    expect(claimWarnings('\nunverifiedPartsZh: ["确切日期(未核实)"]').find((w) => w.path === 'unverifiedPartsZh[0]')?.message).toContain('full-width');
    expect(claimWarnings('\nunverifiedPartsZh: [确切日期（未核实）]').filter((w) => w.path.startsWith('unverifiedPartsZh'))).toEqual([]);
  });

  test('go away when the fields are there', () => {
    const files = withEdit(PERSON, (t) =>
      t
        .replace('name: Joel Hestness', 'name: Wei Xu\nnativeName: { text: 徐伟, lang: zh }\nlinks: { wikidata: Q1 }')
        .replace('sources:\n  - { url: "https://arxiv.org/abs/1712.00409", accessed: 2026-11-29 }', 'sources:\n  - { url: "https://arxiv.org/abs/1712.00409", accessed: 2026-11-29, archive: "https://web.archive.org/web/2026/https://arxiv.org/abs/1712.00409" }')
    );
    expect(warnings(files)).toEqual([]);
  });
});
