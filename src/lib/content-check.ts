/** Read and check the whole `content/` folder of a project: what the build and `npm run check` run. */
import { readContent } from './content-files.ts';
import { checkEntries, type CheckOptions, type CheckResult } from './integrity.ts';

/** Read `content/` below `root` and check it; returns valid entries and every issue. */
export function checkContentFolder(root: string, options: CheckOptions = {}): CheckResult {
  const { entries, problems } = readContent(root);
  return checkEntries(entries, problems, options);
}
