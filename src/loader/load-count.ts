/**
 * Makes "content is read and validated once per build" checkable from outside: when
 * CONTENT_LOAD_LOG names a file, every full read of a content folder appends one line to it
 * (the folder's path). A test runs `npm run build` with it set and counts the lines; any process
 * the build starts inherits the variable, so a second read anywhere would show.
 */
import { appendFileSync } from 'node:fs';

export function countLoad(contentDir: string, env: NodeJS.ProcessEnv = process.env): void {
  const log = env['CONTENT_LOAD_LOG'];
  if (log) appendFileSync(log, `${contentDir}\n`);
}
