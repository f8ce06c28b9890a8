/** A small valid knowledge base as file texts, for tests that break one thing at a time. */
import { parseContentFile, type RawEntry, type ReadProblem } from './content-files.ts';
import { checkEntries, type CheckOptions, type CheckResult } from './integrity.ts';
import type { CollectionName } from './schema.ts';

const SOURCE = '{ url: "https://arxiv.org/abs/1712.00409", accessed: 2026-11-29 }';

/** File path → text of a consistent mini knowledge base. */
export function validFiles(): Record<string, string> {
  return {
    'content/people/joel-hestness.md': `---
name: Joel Hestness
summary: First author of the 2017 Baidu scaling paper.
affiliations:
  - org: baidu-svail
    from: 2017
    to: "2019~"
    source: ${SOURCE}
sources:
  - ${SOURCE}
---

Joel Hestness studied learning curves.
`,
    'content/orgs/baidu-svail.md': `---
name: Baidu Silicon Valley AI Lab
shortName: SVAIL
nativeName: { text: 百度硅谷人工智能实验室, lang: zh }
kind: lab
founded: 2014-05-16
summary: Baidu's lab in Sunnyvale.
sources:
  - ${SOURCE}
---
`,
    'content/works/hestness-2017.mdx': `---
title: Deep Learning Scaling is Predictable, Empirically
type: preprint
date: 2017-12-01
authors:
  - person: joel-hestness
  - Sharan Narang
orgs: [baidu-svail]
identifiers: { arxiv: "1712.00409" }
summary: Power-law learning curves in four domains.
sources:
  - ${SOURCE}
---
`,
    'content/works/kaplan-2020.mdx': `---
title: Scaling Laws for Neural Language Models
type: preprint
date: 2020-01-23
identifiers: { arxiv: "2001.08361" }
cites:
  - work: hestness-2017
    context: Related work, as [HNA+17]
    source: { url: "https://arxiv.org/abs/2001.08361", accessed: 2026-11-29 }
influencedBy:
  - by: hestness-2017
    note: Called the closest prior work.
    evidence:
      - work: kaplan-2020
        note: Section 7.
        source: { url: "https://arxiv.org/abs/2001.08361", accessed: 2026-11-29 }
summary: Loss scales as a power law in parameters, data and compute.
sources:
  - { url: "https://arxiv.org/abs/2001.08361", accessed: 2026-11-29 }
---
`,
    'content/claims/baidu-first.mdx': `---
statement: Baidu found scaling laws before OpenAI.
claimant: kaplan-2020
madeIn: { work: kaplan-2020, locator: "§7" }
date: 2020-01-23
quote: { text: 百度最先发现, lang: zh, translation: Baidu found it first }
about: [baidu-svail, hestness-2017]
verdict: partly-supported
reasoning: The 2017 preprint came first, but not first of all.
evidence:
  - work: hestness-2017
    stance: supports
    note: Preprint of 2017-12-01.
    source: ${SOURCE}
source: ${SOURCE}
---
`,
    'content/events/svail-opens.mdx': `---
title: SVAIL opens
date: 2014-05-16
involved: [baidu-svail]
summary: Baidu opens its Silicon Valley lab.
sources:
  - ${SOURCE}
---
`,
  };
}

/** Collection of a content path such as `content/people/x.mdx`. */
function collectionOf(file: string): CollectionName {
  return file.split('/')[1] as CollectionName;
}

/** Parse and check file texts as the build would, on a fixed day (other check options may be given). */
export function checkFiles(files: Record<string, string>, today = new Date('2026-11-29T12:00:00Z'), options: Omit<CheckOptions, 'today'> = {}): CheckResult {
  const entries: RawEntry[] = [];
  const problems: ReadProblem[] = [];
  for (const [file, text] of Object.entries(files)) {
    const parsed = parseContentFile(collectionOf(file), file, text);
    if ('collection' in parsed) entries.push(parsed);
    else problems.push(parsed);
  }
  return checkEntries(entries, problems, { ...options, today });
}

/** The valid fixture with one file's text changed by `edit`. */
export function withEdit(file: string, edit: (text: string) => string): Record<string, string> {
  const files = validFiles();
  files[file] = edit(files[file]!);
  return files;
}

/** Attacks an entry body might try, each with the start of the message that must reject it (used by the check's and the build's tests). */
export const MDX_ATTACKS: { name: string; body: string; message: string }[] = [
  { name: 'import', body: 'import x from "y"', message: '"import" statements are not allowed' },
  { name: 'export', body: 'export const a = 1', message: '"export" statements are not allowed' },
  { name: 'script', body: '<script>alert(1)</script>', message: '<script> is not allowed' },
  { name: 'iframe', body: '<iframe src="https://example.com"></iframe>', message: '<iframe> is not allowed' },
  { name: 'style', body: '<style>body{}</style>', message: '<style> is not allowed' },
  { name: 'onerror', body: '<img src="x" onerror="alert(1)" />', message: 'event-handler attributes (on…=) are not allowed' },
  { name: 'javascript-url', body: '[click](javascript:alert(1))', message: '"javascript:" URLs are not allowed' },
  { name: 'object', body: '<object data="x.swf"></object>', message: '<object> is not allowed' },
  { name: 'script-uppercase', body: '<SCRIPT src="https://evil.example/x.js"></SCRIPT>', message: '<script> is not allowed' },
  { name: 'on-attribute-on-component', body: '<Quote onClick="alert(1)">x</Quote>', message: 'event-handler attributes (on…=) are not allowed' },
  { name: 'javascript-entity', body: '[click](&#106;avascript:alert(1))', message: '"javascript:" URLs are not allowed' },
  { name: 'javascript-tab', body: '[click](java&Tab;script:alert(1))', message: '"javascript:" URLs are not allowed' },
  { name: 'javascript-reference-link', body: '[click]: javascript:alert(1)', message: '"javascript:" URLs are not allowed' },
  { name: 'data-image', body: '![x](data:image/svg+xml;base64,PHN2Zz4=)', message: '"data:" URLs are not allowed' },
  { name: 'data-href', body: '<a href="data:text/html,hi">x</a>', message: '"data:" URLs are not allowed' },
  { name: 'expression', body: 'Total: {process.exit(1)}', message: 'MDX expressions in braces run code at build time' },
  { name: 'unknown-component', body: '<Evil />', message: '<Evil> is not allowed in entries' },
];

/** What a contributor would write for each placeholder, chosen by its hint. */
const ANSWERS: [RegExp, string][] = [
  [/day you read/, '2026-11-29'],
  [/https:\/\//, 'https://example.org/page'],
  [/Wikidata/, 'Q42'],
  [/^one of (\S+?),/, '$1'],
  [/EDTF/, '2017'],
  [/arXiv id/, '1712.00409'],
  [/id of the organisation|id of an organisation|id of an entry|id of a person, org or work/, 'baidu-svail'],
  [/id of the (work|person, org or work)/, 'hestness-2017'],
  [/^one row/, '{ params: "1.5" }'],
  [/column key/, 'params'],
  [/./, 'Written by the contributor'],
];

/** A new entry's text with every placeholder answered as a contributor would (ids from validFiles() and the real content). */
export function fillPlaceholders(text: string): string {
  return text.replace(/"TODO: ([^"]*)"/g, (_, hint: string) => {
    const [pattern, answer] = ANSWERS.find(([p]) => p.test(hint))!;
    const value = hint.replace(new RegExp(`^.*?(?:${pattern.source}).*$`, 's'), answer);
    return value.startsWith('{') ? value : JSON.stringify(value);
  });
}

