/**
 * What `npm run new` and `npm run init` print and exit with, worked out from their arguments and
 * environment: scripts/new.ts and scripts/init.ts only hand them the command line and print the
 * outcome, and the tests run them in the test's own process (a Node process for each of their 25
 * or so runs cost most of a CPU second each; issue 15). The exit status: 0 done, 1 refused with a
 * reason, 2 not told what to do. Anything other than a refusal is thrown, as a crash would be.
 */
import path from 'node:path';
import { buildDate } from '../../lib/calendar/index.ts';
import { contentDirFromEnv } from '../../loader/content-folder.ts';
import { readBasis } from './basis.ts';
import { scaffold, ScaffoldError, USAGE } from './index.ts';
import { initCouncil } from './init.ts';

export interface CommandOutcome {
  status: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

const lines = (...text: string[]): string => text.map((line) => `${line}\n`).join('');

/** Runs `body`, turning a refusal into its message and status 1. */
function refusable(body: () => string): CommandOutcome {
  try {
    return { status: 0, stdout: body(), stderr: '' };
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    return { status: 1, stdout: '', stderr: lines(`✗ ${error.message}`) };
  }
}

/** `npm run new -- <type> …`, on the content folder CONTENT_DIR names (content/ by default). */
export function runNew(args: readonly string[], env: NodeJS.ProcessEnv = process.env): CommandOutcome {
  const [type, ...rest] = args;
  if (!type) return { status: 2, stdout: '', stderr: lines(`Say what to start:\n${USAGE}`) };
  const dir = contentDirFromEnv(env);
  return refusable(() => {
    const today = buildDate(env);
    const made = scaffold(readBasis(dir, today), dir, type, rest, today);
    const todo =
      made.todo.length === 0
        ? []
        : [
            '',
            'Replace each "TODO: …" with the real text:',
            ...made.todo.map((t) => `  ${made.shown}:${t.line}:${t.col}  ${t.field}`),
          ];
    return lines(
      `✓ ${made.what} ${made.shown} (line ${made.line}).`,
      ...todo,
      '',
      'Check the other fields too: each has a comment saying what it holds. Then run: npm run check',
    );
  });
}

/** `npm run init -- <folder>`: the folder as given, relative to where the command runs. */
export function runInit(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): CommandOutcome {
  const [folder] = args;
  if (!folder || args.length > 1) {
    return {
      status: 2,
      stdout: '',
      stderr: lines('Say which folder to start the council in: npm run init -- ../my-council/content'),
    };
  }
  return refusable(() => {
    const made = initCouncil(path.resolve(cwd, folder), buildDate(env));
    return lines(
      `✓ Started a new council in ${folder}: ${made.files.length} files.`,
      '',
      'Next:',
      `  CONTENT_DIR=${folder} npm run check    lists each placeholder to replace (warnings, not errors)`,
      `  CONTENT_DIR=${folder} npm run build    builds the site into dist/`,
      '  npm run verify                          checks the built site',
      '',
      'The guide (docs/editors-guide.md, "Start your own council") takes you through each file.',
    );
  });
}

/** Prints an outcome as the command's own output and ends the process with its status. */
export function exitWith(outcome: CommandOutcome): never {
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exit(outcome.status);
}
