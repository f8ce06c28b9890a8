/**
 * `npm run check [-- --json] [-- --warnings] [-- files…]`: validate content/ and report every problem,
 * grouped by file with the line of the field. Named files are reported alone, but their references
 * are still resolved against all of content/. Exit code 0 when there is no error, 1 otherwise.
 */
import { existsSync } from 'node:fs';
import { checkContentFolder } from '../src/lib/content-check.ts';
import { summarizeCounts } from '../src/lib/integrity.ts';
import { formatReport, githubAnnotations, issuesOfFiles, jsonReport, parseCheckArgs, wantsColour } from '../src/lib/check-report.ts';

const root = process.cwd();
const args = parseCheckArgs(process.argv.slice(2), root);
if (args.unknown.length > 0) {
  console.error(`unknown option ${args.unknown.join(', ')}: use --json, --warnings, or name content files`);
  process.exit(2);
}
const missing = args.files.filter((file) => !existsSync(file));
const outside = args.files.filter((file) => existsSync(file) && file !== 'content' && !file.startsWith('content/'));
for (const file of missing) console.error(`${file}: no such file (deleted files need no check)`);
for (const file of outside) console.error(`${file}: not a content file; name files under content/`);
const files = args.files.filter((file) => !missing.includes(file) && !outside.includes(file));
if (args.files.length > 0 && files.length === 0) process.exit(outside.length > 0 ? 2 : 0);

const { entries, issues: all } = checkContentFolder(root);
const issues = issuesOfFiles(all, files);
const errors = issues.filter((issue) => issue.severity === 'error').length;

if (args.json) {
  console.log(jsonReport(issues, entries.length));
} else {
  const report = formatReport(issues, {
    colour: wantsColour(process.stdout.isTTY, process.env),
    warnings: args.warnings || files.length > 0 ? 'all' : 'count',
  });
  if (report) console.log(report);
  // On GitHub Actions, also annotate each problem on its file and line in the pull request.
  if (process.env.GITHUB_ACTIONS === 'true' && issues.length > 0) console.log(githubAnnotations(args.warnings || files.length > 0 ? issues : issues.filter((i) => i.severity === 'error')));
  if (errors === 0) console.log(files.length > 0 ? `No errors in ${files.join(', ')} (references resolved against all ${entries.length} entries).` : `Content OK: ${entries.length} entries (${summarizeCounts(entries)}).`);
}
process.exit(errors > 0 ? 1 : 0);
