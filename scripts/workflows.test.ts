/** The GitHub workflows and templates parse, and pull requests run the same commands as .ci/run. */
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { verdict } from '../src/lib/schema.ts';
import { siteConfig } from '../src/site.config.ts';

const ROOT = resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; container?: string }>;
}

/** The shell commands of a script or a run block, one per line, without comments and line noise. */
function commands(script: string): string[] {
  return script
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').replace(/>\/dev\/null/g, '').trim())
    .filter((line) => /^(npm|apt-get|DEBIAN_FRONTEND)/.test(line))
    .map((line) => line.replace(/\s+/g, ' '));
}

function workflow(name: string): Workflow {
  return yaml.load(read(`.github/workflows/${name}`)) as Workflow;
}

describe('pull-request workflow', () => {
  const pr = workflow('pull-request.yml');
  const steps = Object.values(pr.jobs).flatMap((job) => job.steps);
  const run = steps.flatMap((step) => commands(step.run ?? ''));

  test('runs on pull requests', () => {
    expect(Object.keys(pr.on)).toContain('pull_request');
  });

  test('runs every command of .ci/run, in the same order', () => {
    const ci = commands(read('.ci/run'));
    expect(ci).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm run check', 'npm test']));
    let at = -1;
    for (const command of ci) {
      const found = run.indexOf(command, at + 1);
      expect(found, `"${command}" missing or out of order in pull-request.yml`).toBeGreaterThan(at);
      at = found;
    }
  });

  test('fetches the full history, for "last updated", and fails a missing browser (CI=true)', () => {
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
    expect(read('.github/workflows/pull-request.yml')).toMatch(/CI: "true"/);
  });
});

describe('deploy workflow', () => {
  const deploy = workflow('deploy.yml');
  const steps = Object.values(deploy.jobs).flatMap((job) => job.steps);

  test('builds main after checking the content and publishes dist/ to GitHub Pages', () => {
    expect(deploy.on.push).toEqual({ branches: ['main'] });
    const run = steps.flatMap((step) => commands(step.run ?? ''));
    expect(run).toEqual(['npm ci --no-audit --no-fund', 'npm run check', 'npm run build']);
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    expect(steps.some((step) => step.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });
});

describe('issue and pull-request templates', () => {
  const forms = readdirSync(join(ROOT, '.github/ISSUE_TEMPLATE')).filter((file) => file !== 'config.yml');

  test('offer "add an entry", "dispute a claim" and "report an error" as valid issue forms', () => {
    expect(forms.sort()).toEqual(['add-entry.yml', 'dispute-claim.yml', 'report-error.yml']);
    for (const file of forms) {
      const form = yaml.load(read(`.github/ISSUE_TEMPLATE/${file}`)) as { name: string; description: string; body: { type: string; id?: string }[] };
      expect(form.name, file).toBeTruthy();
      expect(form.description, file).toBeTruthy();
      expect(form.body.filter((field) => field.type !== 'markdown').every((field) => field.id), file).toBe(true);
    }
  });

  test('the dispute form offers exactly the verdict scale', () => {
    const form = yaml.load(read('.github/ISSUE_TEMPLATE/dispute-claim.yml')) as { body: { id?: string; attributes: { options?: string[] } }[] };
    expect(form.body.find((field) => field.id === 'verdict')?.attributes.options).toEqual(verdict.options);
  });

  test('link to the guide in the repository set in src/site.config.ts', () => {
    const config = yaml.load(read('.github/ISSUE_TEMPLATE/config.yml')) as { contact_links: { url: string }[] };
    expect(config.contact_links[0]!.url).toBe(`${siteConfig.repository}/blob/${siteConfig.branch}/CONTRIBUTING.md`);
  });

  test('a pull-request template asks for the check and the evidence rules', () => {
    const template = read('.github/pull_request_template.md');
    expect(template).toContain('npm run check');
    expect(template).toContain('accessed');
  });
});
