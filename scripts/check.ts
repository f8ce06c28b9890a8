/**
 * `npm run check`: validate every entry of content/ and report all problems at once.
 * Exit code 0 when the content is valid, 1 otherwise.
 */
import { checkContentFolder } from '../src/lib/content-check.ts';
import { formatIssue, summarizeCounts } from '../src/lib/integrity.ts';

const root = process.cwd();
const { entries, issues } = checkContentFolder(root);
const errors = issues.filter((issue) => issue.severity === 'error');
for (const issue of issues) console.log(formatIssue(issue));
if (errors.length > 0) {
  console.log(`\n${errors.length} error${errors.length === 1 ? '' : 's'} in ${new Set(errors.map((e) => e.file)).size} file(s). Fix them and run npm run check again.`);
  process.exit(1);
}
console.log(`Content OK: ${entries.length} entries (${summarizeCounts(entries)}).`);
