/**
 * `npm run changes -- <git ref>`: prints, as Markdown, what changed in the content since that ref:
 * paste it into the pull request's description. Example: npm run changes -- origin/main
 */
import { contentDirFromEnv } from '../src/loader/content-folder.ts';
import { ChangesError, GitRefError, summariseChanges } from '../src/cli/changes/index.ts';
import { guardOutput } from '../src/cli/workflow-commands.ts';

guardOutput();

const ref = process.argv[2];
if (!ref) {
  console.error(
    'Say what to compare with: npm run changes -- <branch, tag or commit>, for example npm run changes -- origin/main',
  );
  process.exit(2);
}
try {
  process.stdout.write(summariseChanges(contentDirFromEnv(), ref));
} catch (error) {
  if (!(error instanceof ChangesError || error instanceof GitRefError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
